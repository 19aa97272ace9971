import { Grid, Select } from '@mantine/core';
import type { IncidentSeverity, IncidentSort, IncidentStatus } from '@/api-client';
import type { IncidentListParams } from '../hooks/use-incident-list-params';
import { severityOptions, sortOptions, statusOptions } from '../utils/labels';

type IncidentFiltersProps = {
  params: IncidentListParams;
  onChange: (changes: Partial<IncidentListParams>) => void;
};

export function IncidentFilters({ params, onChange }: IncidentFiltersProps) {
  return (
    <Grid gutter="sm">
      <Grid.Col span={{ base: 6, sm: 4 }}>
        <Select
          label="Status"
          placeholder="All statuses"
          data={statusOptions}
          value={params.status ?? null}
          onChange={(value) => onChange({ status: (value as IncidentStatus) ?? undefined })}
          clearable
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4 }}>
        <Select
          label="Severity"
          placeholder="All severities"
          data={severityOptions}
          value={params.severity ?? null}
          onChange={(value) => onChange({ severity: (value as IncidentSeverity) ?? undefined })}
          clearable
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Select
          label="Sort by"
          data={sortOptions}
          value={params.sort}
          onChange={(value) => value && onChange({ sort: value as IncidentSort })}
          allowDeselect={false}
        />
      </Grid.Col>
    </Grid>
  );
}
