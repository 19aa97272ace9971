import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { VendorSort, type PlatformRef } from '@/api-client';
import { useVendors } from '../api/get-vendors';
import { categoryLabels } from '../utils/labels';

type PlatformSelectProps = {
  value: number[];
  onChange: (ids: number[]) => void;
  onBlur?: () => void;
  /** Platforms already linked, so their names show before any search. */
  initial: PlatformRef[];
  /** The vendor being edited cannot be its own platform. */
  excludeId?: number;
  error?: string;
};

/** Picks the vendors this one runs on by searching the registry on the server. */
export function PlatformSelect({ value, onChange, onBlur, initial, excludeId, error }: PlatformSelectProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [known, setKnown] = useState(() => new Map(initial.map((p) => [p.id, p.name])));
  const results = useVendors({ params: { q: debounced || undefined, size: 20, sort: VendorSort.Name } });

  const data = useMemo(() => {
    const options = new Map<string, { value: string; label: string }>();
    for (const id of value) options.set(String(id), { value: String(id), label: known.get(id) ?? `Vendor ${id}` });
    for (const vendor of results.data?.items ?? []) {
      if (vendor.id !== excludeId) {
        options.set(String(vendor.id), { value: String(vendor.id), label: vendor.name });
      }
    }
    return [...options.values()];
  }, [value, known, results.data, excludeId]);

  const descriptions = useMemo(
    () => new Map((results.data?.items ?? []).map((v) => [String(v.id), categoryLabels[v.category]])),
    [results.data],
  );

  const change = (ids: string[]) => {
    const next = new Map(known);
    for (const option of data) next.set(Number(option.value), option.label);
    setKnown(next);
    onChange(ids.map(Number));
  };

  return (
    <MultiSelect
      label="Runs on"
      description="Vendors this one runs on or connects to (its fourth parties). Type to search."
      placeholder={value.length === 0 ? 'Search vendors…' : undefined}
      data={data}
      value={value.map(String)}
      onChange={change}
      onBlur={onBlur}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched name and website; filtering again here would hide website matches.
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No vendor found'}
      maxValues={50}
      hidePickedOptions
      clearable
      error={error}
      renderOption={({ option }) => (
        <div>
          <div>{option.label}</div>
          {descriptions.get(option.value) && (
            <div style={{ fontSize: 12, color: 'var(--mantine-color-dimmed)' }}>{descriptions.get(option.value)}</div>
          )}
        </div>
      )}
    />
  );
}
