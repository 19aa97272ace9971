import { Badge, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { formatDateTime } from '@/utils/format';
import { useVendorRiskHistory } from '../api/get-vendor-risk-history';
import { formatPoints, formatSignedPoints } from '../utils/format-risk';
import { GradeBadge } from './grade-badge';

// recharts is fetched with the chart, not with the vendor page.
const RiskHistoryChart = lazy(() => import('./risk-history-chart').then((m) => ({ default: m.RiskHistoryChart })));

const SHOWN = 8;

/** Every recorded change of score or grade, with the reason it changed; a chart once there are two. */
export function RiskHistory({ vendorId }: { vendorId: number }) {
  const history = useVendorRiskHistory({ vendorId });

  if (history.error) {
    return <ProblemAlert error={history.error} title="Could not load the score history" onRetry={() => history.refetch()} />;
  }
  if (!history.data) return <Skeleton height={120} aria-label="Loading score history" />;

  const entries = history.data.items;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline">
        <Title order={3} fz="md">
          Score history
        </Title>
        <Text size="xs" c="dimmed">
          {history.data.totalItems} change{history.data.totalItems === 1 ? '' : 's'} recorded
        </Text>
      </Group>
      {entries.length >= 2 && (
        <Suspense fallback={<Skeleton height={220} aria-label="Loading chart" />}>
          <RiskHistoryChart entries={entries} />
        </Suspense>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} aria-label="Score changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Score</Table.Th>
              <Table.Th>Change</Table.Th>
              <Table.Th>Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.slice(0, SHOWN).map((entry, i) => {
              const previous = entries[i + 1]; // newest first: the entry below is the one before
              return (
                <Table.Tr key={entry.scoredAt.toISOString()}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDateTime(entry.scoredAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {formatPoints(entry.score)}
                      </Text>
                      <GradeBadge grade={entry.grade} size="sm" />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {previous ? (
                      <Text size="sm" fw={600} c={entry.score >= previous.score ? 'teal.8' : 'red.8'}>
                        {formatSignedPoints(entry.score - previous.score)}
                      </Text>
                    ) : entries.length === history.data.totalItems ? (
                      <Badge size="xs" variant="default" radius="sm">
                        First
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} title={entry.reason}>
                      {entry.reason}
                    </Text>
                    {entry.modelVersion && previous && previous.modelVersion !== entry.modelVersion && (
                      <Text size="xs" c="dimmed">
                        New model {entry.modelVersion}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
