import { Group, Loader, Pagination, Paper, Select, Stack, Text } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { AssessmentStatus } from '@/api-client';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { enumOptions } from '@/utils/enum-options';
import { useAssessments } from '../api/get-assessments';
import { useVendorOptions } from '../api/get-vendor-options';
import { assessmentStatusLabels } from '../utils/labels';
import { AssessmentsTable } from './assessments-table';

const PAGE_SIZE = 25;
const statusOptions = enumOptions(AssessmentStatus, assessmentStatusLabels);
const isStatus = (value: string | null): value is AssessmentStatus =>
  value !== null && (Object.values(AssessmentStatus) as string[]).includes(value);

/** Every assessment, newest first, filtered by status and vendor (kept in the URL so a filtered view can be shared). */
export function AssessmentsList() {
  const [search, setSearch] = useSearchParams();
  const statusParam = search.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const vendorParam = Number(search.get('vendorId'));
  const vendorId = Number.isSafeInteger(vendorParam) && vendorParam > 0 ? vendorParam : undefined;
  const pageParam = Number(search.get('page'));
  const page = Number.isSafeInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const vendors = useVendorOptions();
  const { data, error, isFetching, refetch } = useAssessments({
    params: { status, vendorId, page: page - 1, size: PAGE_SIZE },
  });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  };

  return (
    <Stack gap="md">
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
        <Group grow align="flex-end" wrap="wrap">
          <Select
            label="Status"
            placeholder="Any status"
            data={statusOptions}
            value={status ?? null}
            onChange={(value) => update({ status: value ?? undefined, page: undefined })}
            clearable
            miw={180}
          />
          <Select
            label="Vendor"
            placeholder="Any vendor"
            data={vendors.data ?? []}
            value={vendorId ? String(vendorId) : null}
            onChange={(value) => update({ vendorId: value ?? undefined, page: undefined })}
            searchable
            clearable
            nothingFoundMessage="No vendor by that name"
            miw={220}
          />
        </Group>
      </Paper>
      {error ? (
        <ProblemAlert error={error} title="Could not load the assessments" onRetry={() => refetch()} />
      ) : data && data.items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState icon={<IconClipboardList size={24} />} title={status || vendorId ? 'No assessments match' : 'No assessments yet'}>
            Send a questionnaire from a vendor's page; incidents can send targeted follow-ups.
          </EmptyState>
        </Paper>
      ) : (
        <>
          <Group justify="space-between" gap="xs" aria-live="polite">
            <Text size="sm" c="dimmed">
              {data ? `${data.totalItems} ${data.totalItems === 1 ? 'assessment' : 'assessments'}` : 'Loading assessments…'}
            </Text>
            {isFetching && data && <Loader size="xs" aria-label="Updating" />}
          </Group>
          <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
            <AssessmentsTable assessments={data?.items} label="Assessments" />
          </Paper>
          {data && data.totalPages > 1 && (
            <Pagination
              total={data.totalPages}
              value={page}
              onChange={(next) => update({ page: String(next) })}
              size="sm"
              getControlProps={(control) => ({
                'aria-label': control === 'previous' ? 'Previous page' : control === 'next' ? 'Next page' : undefined,
              })}
              getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
