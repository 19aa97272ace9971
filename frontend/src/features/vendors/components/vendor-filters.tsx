import { CloseButton, Grid, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { VendorCategory, VendorSort, VendorStatus, VendorTier } from '@/api-client';
import type { VendorListParams } from '../hooks/use-vendor-list-params';
import { categoryOptions, sortOptions, statusOptions, tierOptions } from '../utils/labels';

type VendorFiltersProps = {
  params: VendorListParams;
  onChange: (changes: Partial<VendorListParams>) => void;
};

export function VendorFilters({ params, onChange }: VendorFiltersProps) {
  return (
    // Phones: search on its own row, the selects two by two, to keep the list in view.
    <Grid gutter="sm">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <SearchInput value={params.q} onSearch={(q) => onChange({ q })} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4, md: 3 }}>
        <Select
          label="Category"
          placeholder="All categories"
          data={categoryOptions}
          value={params.category ?? null}
          onChange={(value) => onChange({ category: (value as VendorCategory) ?? undefined })}
          clearable
          searchable
          nothingFoundMessage="No such category"
          comboboxProps={{ shadow: 'md' }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4, md: 3 }}>
        <Select
          label="Tier"
          placeholder="All tiers"
          data={tierOptions}
          value={params.tier ?? null}
          onChange={(value) => onChange({ tier: (value as VendorTier) ?? undefined })}
          clearable
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4, md: 3 }}>
        <Select
          label="Status"
          placeholder="All statuses"
          data={statusOptions}
          value={params.status ?? null}
          onChange={(value) => onChange({ status: (value as VendorStatus) ?? undefined })}
          clearable
        />
      </Grid.Col>
      {/* Phones have no column headers to click, so sorting gets its own control there. */}
      <Grid.Col span={6} hiddenFrom="sm">
        <Select
          label="Sort by"
          data={sortOptions}
          value={params.sort}
          onChange={(value) => value && onChange({ sort: value as VendorSort })}
          allowDeselect={false}
        />
      </Grid.Col>
    </Grid>
  );
}

function SearchInput({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 300);

  // Follow the URL when it changes from outside (back button, "clear filters").
  useEffect(() => setText(value), [value]);

  useEffect(() => {
    if (debounced.trim() !== value.trim()) onSearch(debounced);
    // Only a settled change in the text should search, not a change of the URL.
  }, [debounced]);

  return (
    <TextInput
      label="Search"
      placeholder="Name or website"
      type="search"
      value={text}
      maxLength={100}
      onChange={(event) => setText(event.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => setText('')} /> : null
      }
    />
  );
}
