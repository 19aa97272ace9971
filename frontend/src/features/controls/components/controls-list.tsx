import { Box, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useControls } from '../api/get-controls';
import { toListControlsRequest, useControlFilters } from '../hooks/use-control-filters';
import { ControlCards } from './control-cards';
import { ControlDrawer } from './control-drawer';
import { ControlFilters } from './control-filters';
import { ControlsTable } from './controls-table';

/** The control catalogue: filters and table (cards on phones) with a detail drawer, all in the URL. */
export function ControlsList() {
  const [searchParams] = useSearchParams();
  const { filters, update, hasFilters, clearFilters, openControl, setOpenControl } = useControlFilters();
  const { data, error, isPending, isFetching, refetch } = useControls({ params: toListControlsRequest(filters) });
  // The unfiltered catalogue supplies the technique filter's choices; usually already cached.
  const { data: catalogue } = useControls();

  const hrefFor = (code: string) => {
    const next = new URLSearchParams(searchParams);
    next.set('control', code);
    return `?${next}`;
  };
  const controls = isPending ? undefined : data;

  return (
    <Stack gap="md">
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
        <ControlFilters filters={filters} onChange={update} catalogue={catalogue} />
      </Paper>

      {error ? (
        <ProblemAlert error={error} title="Could not load the catalogue" onRetry={() => refetch()} />
      ) : data?.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState
            icon={<IconFilterOff size={24} />}
            title={hasFilters ? 'No control matches these filters' : 'The catalogue is empty'}
            action={
              hasFilters && (
                <Button variant="light" onClick={clearFilters}>
                  Clear filters
                </Button>
              )
            }
          />
        </Paper>
      ) : (
        <>
          <Group justify="space-between" gap="xs" aria-live="polite">
            <Text size="sm" c="dimmed">
              {data ? `${data.length} ${data.length === 1 ? 'control' : 'controls'}` : 'Loading controls…'}
            </Text>
            {isFetching && !isPending && <Loader size="xs" aria-label="Updating" />}
          </Group>
          <Paper withBorder radius="md" visibleFrom="sm" style={{ overflow: 'hidden' }}>
            <ControlsTable controls={controls} hrefFor={hrefFor} />
          </Paper>
          <Box hiddenFrom="sm">
            <ControlCards controls={controls} hrefFor={hrefFor} />
          </Box>
        </>
      )}

      <ControlDrawer
        controlId={openControl}
        fromList={data?.find((control) => control.code === openControl)}
        onClose={() => setOpenControl(undefined)}
      />
    </Stack>
  );
}
