import { Grid, Select } from '@mantine/core';
import { useMemo } from 'react';
import type { Control, ControlDomain, Framework } from '@/api-client';
import type { ControlFilters as Filters } from '../hooks/use-control-filters';
import { domainOptions, frameworkOptions } from '../utils/labels';

type ControlFiltersProps = {
  filters: Filters;
  onChange: (changes: Filters) => void;
  /** The whole catalogue, whose techniques make the technique filter's choices. */
  catalogue: Control[] | undefined;
};

export function ControlFilters({ filters, onChange, catalogue }: ControlFiltersProps) {
  const techniqueOptions = useMemo(() => {
    const names = new Map<string, string>();
    for (const control of catalogue ?? []) {
      for (const technique of control.techniques) names.set(technique.id, technique.name);
    }
    // A technique from a link (a parent such as T1566) stays selectable even if no control lists it as is.
    if (filters.technique && !names.has(filters.technique)) names.set(filters.technique, '');
    return [...names.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, name]) => ({ value: id, label: name ? `${id} · ${name}` : id }));
  }, [catalogue, filters.technique]);

  return (
    <Grid gutter="sm">
      <Grid.Col span={{ base: 12, xs: 6, md: 4 }}>
        <Select
          label="Framework"
          placeholder="All frameworks"
          data={frameworkOptions}
          value={filters.framework ?? null}
          onChange={(value) => onChange({ framework: (value as Framework) ?? undefined })}
          clearable
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6, md: 4 }}>
        <Select
          label="Domain"
          placeholder="All domains"
          data={domainOptions}
          value={filters.domain ?? null}
          onChange={(value) => onChange({ domain: (value as ControlDomain) ?? undefined })}
          clearable
          searchable
          nothingFoundMessage="No such domain"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Select
          label="ATT&CK technique"
          placeholder="Any technique"
          description="A parent technique also matches its sub-techniques"
          data={techniqueOptions}
          value={filters.technique ?? null}
          onChange={(value) => onChange({ technique: value ?? undefined })}
          clearable
          searchable
          nothingFoundMessage="No control lists this technique"
          comboboxProps={{ shadow: 'md' }}
        />
      </Grid.Col>
    </Grid>
  );
}
