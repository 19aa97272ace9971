import { Box, Button, Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFilterOff } from '@tabler/icons-react';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useIncidents } from '../api/get-incidents';
import { toListIncidentsRequest, useIncidentListParams } from '../hooks/use-incident-list-params';
import { IncidentCards } from './incident-cards';
import { IncidentFilters } from './incident-filters';
import { IncidentsTable } from './incidents-table';

/** The incident registry: filters, table (cards on phones) and paging, all in the URL. */
export function IncidentsList() {
  const { params, update, hasFilters, clearFilters } = useIncidentListParams();
  const { data, error, isPending, isFetching, refetch } = useIncidents({ params: toListIncidentsRequest(params) });

  const items = isPending ? undefined : data?.items;
  const isEmpty = data !== undefined && data.items.length === 0;

  return (
    <Stack gap="md">
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
        <IncidentFilters params={params} onChange={update} />
      </Paper>

      {error ? (
        <ProblemAlert error={error} title="Could not load incidents" onRetry={() => refetch()} />
      ) : isEmpty ? (
        <Paper withBorder radius="md">
          {hasFilters ? (
            <EmptyState
              icon={<IconFilterOff size={24} />}
              title="No incidents match these filters"
              action={
                <Button variant="light" onClick={clearFilters}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <EmptyState icon={<IconAlertTriangle size={24} />} title="No incidents recorded">
              Campaigns against your vendors’ platforms appear here once recorded.
            </EmptyState>
          )}
        </Paper>
      ) : (
        <>
          <Group justify="space-between" gap="xs" aria-live="polite">
            <Text size="sm" c="dimmed">
              {data ? `${data.totalItems} ${data.totalItems === 1 ? 'incident' : 'incidents'}` : 'Loading incidents…'}
            </Text>
            {isFetching && !isPending && <Loader size="xs" aria-label="Updating" />}
          </Group>
          <Paper withBorder radius="md" visibleFrom="sm" style={{ overflow: 'hidden' }}>
            <IncidentsTable incidents={items} />
          </Paper>
          <Box hiddenFrom="sm">
            <IncidentCards incidents={items} />
          </Box>
          {data && data.totalPages > 1 && (
            <Pagination
              total={data.totalPages}
              value={params.page}
              onChange={(page) => update({ page })}
              size="sm"
              siblings={1}
              getControlProps={(control) => ({
                'aria-label': control === 'previous' ? 'Previous page' : control === 'next' ? 'Next page' : undefined,
              })}
              getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
