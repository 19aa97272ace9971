import { Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDatabase, IconPencil } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { formatExactCount, formatRecordCount } from '@/utils/format';
import { useDataCategories } from '../api/get-data-categories';
import { useDataHoldings } from '../api/get-data-holdings';
import { DataHoldingsEditor } from './data-holdings-editor';
import { DataHoldingsTable } from './data-holdings-table';

type DataHoldingsSectionProps = {
  vendorId: number;
  canEdit: boolean;
  /** Called after a save: the vendor's own totals are derived from this list. */
  onSaved?: () => void;
};

export function DataHoldingsSection({ vendorId, canEdit, onSaved }: DataHoldingsSectionProps) {
  const [editing, setEditing] = useState(false);
  const holdings = useDataHoldings({ vendorId });
  const categories = useDataCategories();
  const byCode = useMemo(() => new Map((categories.data ?? []).map((c) => [c.code as string, c])), [categories.data]);

  const items = holdings.data?.items ?? [];
  const largest = items.reduce((max, h) => Math.max(max, h.recordCount), 0);
  const sum = items.reduce((total, h) => total + h.recordCount, 0);
  const error = holdings.error ?? categories.error;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="data-held-title">
      <Group justify="space-between" mb="md" gap="xs">
        <Title order={2} fz="lg" id="data-held-title">
          Data held
        </Title>
        {canEdit && !editing && holdings.data && categories.data && (
          <Button variant="light" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>
            Edit data held
          </Button>
        )}
      </Group>

      {error ? (
        <ProblemAlert error={error} title="Could not load the data held" onRetry={() => { holdings.refetch(); categories.refetch(); }} />
      ) : !holdings.data || !categories.data ? (
        <Stack gap="xs" aria-label="Loading data held">
          <Skeleton height={18} />
          <Skeleton height={18} />
          <Skeleton height={18} />
        </Stack>
      ) : editing ? (
        <DataHoldingsEditor
          vendorId={vendorId}
          holdings={holdings.data}
          categories={categories.data}
          onDone={() => setEditing(false)}
          onSaved={() => onSaved?.()}
          onReload={async () => (await holdings.refetch()).data}
        />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconDatabase size={24} />} title="No data recorded">
          Record which categories of personal data this vendor holds, and how many people&apos;s records.
        </EmptyState>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Total label="People affected if breached" value={largest} hint="The largest single category" />
            <Total label="Records across categories" value={sum} hint="Sum of every row" />
            <Total label="Data categories" value={items.length} plain />
          </SimpleGrid>
          <DataHoldingsTable holdings={items} categories={byCode} />
        </Stack>
      )}
    </Card>
  );
}

function Total({ label, value, hint, plain }: { label: string; value: number; hint?: string; plain?: boolean }) {
  return (
    <Stack gap={2} p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz={22} fw={700} lh={1.2} title={plain ? undefined : `${formatExactCount(value)} records`}>
        {plain ? value : formatRecordCount(value)}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
