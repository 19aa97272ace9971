import { Box, Button, CloseButton, Group, Loader, Pagination, Paper, Select, Stack, Text } from '@mantine/core';
import { IconBuildingStore, IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useVendor } from '../api/get-vendor';
import { useVendors } from '../api/get-vendors';
import { PAGE_SIZES, toListVendorsRequest, useVendorListParams } from '../hooks/use-vendor-list-params';
import { VendorCards } from './vendor-cards';
import { VendorFilters } from './vendor-filters';
import { VendorsTable } from './vendors-table';

const pageSizeOptions = PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} per page` }));

/** The "used by" filter has no control of its own: it comes from a vendor's "show all" link, and can only be removed. */
function PlatformFilter({ platformId, onClear }: { platformId: number; onClear: () => void }) {
  const { data: platform } = useVendor({ vendorId: platformId });
  const name = platform?.name ?? `vendor ${platformId}`;
  return (
    <Group gap="xs" mt="sm" wrap="nowrap">
      <Text size="sm">
        Only the vendors that use <strong>{name}</strong>
      </Text>
      <CloseButton size="sm" aria-label={`Show all vendors, not only those that use ${name}`} onClick={onClear} />
    </Group>
  );
}

/** The vendor registry: filters, sortable table (cards on phones) and paging, all in the URL. */
export function VendorsList({ emptyAction }: { emptyAction?: ReactNode }) {
  const { params, update, hasFilters, clearFilters } = useVendorListParams();
  const { data, error, isPending, isFetching, refetch } = useVendors({ params: toListVendorsRequest(params) });

  const items = isPending ? undefined : data?.items;
  const isEmpty = data !== undefined && data.items.length === 0;

  return (
    <Stack gap="md">
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
        <VendorFilters params={params} onChange={update} />
        {params.platformId !== undefined && (
          <PlatformFilter platformId={params.platformId} onClear={() => update({ platformId: undefined })} />
        )}
      </Paper>

      {error ? (
        <ProblemAlert error={error} title="Could not load vendors" onRetry={() => refetch()} />
      ) : isEmpty ? (
        <Paper withBorder radius="md">
          {hasFilters ? (
            <EmptyState
              icon={<IconFilterOff size={24} />}
              title="No vendors match these filters"
              action={
                <Button variant="light" onClick={clearFilters}>
                  Clear filters
                </Button>
              }
            >
              Try a shorter search or fewer filters.
            </EmptyState>
          ) : params.page > 1 ? (
            <EmptyState icon={<IconBuildingStore size={24} />} title="This page is empty"
              action={<Button variant="light" onClick={() => update({ page: 1 })}>Go to the first page</Button>} />
          ) : (
            <EmptyState icon={<IconBuildingStore size={24} />} title="No vendors yet" action={emptyAction}>
              Register the vendors that hold your data to see who could expose it.
            </EmptyState>
          )}
        </Paper>
      ) : (
        <>
          <Group justify="space-between" gap="xs" aria-live="polite">
            <Text size="sm" c="dimmed">
              {data ? `${data.totalItems} ${data.totalItems === 1 ? 'vendor' : 'vendors'}` : 'Loading vendors…'}
            </Text>
            {isFetching && !isPending && <Loader size="xs" aria-label="Updating" />}
          </Group>
          <Paper withBorder radius="md" visibleFrom="sm" style={{ overflow: 'hidden' }}>
            <VendorsTable vendors={items} sort={params.sort} onSort={(sort) => update({ sort })} />
          </Paper>
          <Box hiddenFrom="sm">
            <VendorCards vendors={items} />
          </Box>
          {data && data.totalItems > 0 && (
            <Group justify="space-between" gap="sm">
              <Pagination
                total={Math.max(data.totalPages, 1)}
                value={params.page}
                onChange={(page) => update({ page })}
                size="sm"
                siblings={1}
                getControlProps={(control) => ({
                  'aria-label': control === 'previous' ? 'Previous page' : control === 'next' ? 'Next page' : undefined,
                })}
                getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
              />
              <Select
                aria-label="Vendors per page"
                data={pageSizeOptions}
                value={String(params.size)}
                onChange={(value) => value && update({ size: Number(value) })}
                allowDeselect={false}
                w={150}
                size="xs"
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
