import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import type { Grade, RiskHistoryEntry } from '@/api-client';
import { formatDateTime } from '@/utils/format';
import { formatPoints } from '../utils/format-risk';

type Point = { at: number; score: number; grade: Grade; reason: string };

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/**
 * The score over time, oldest left. Its own module so recharts (the largest dependency in the app) is
 * fetched only when a vendor page has a history worth drawing.
 */
export function RiskHistoryChart({ entries }: { entries: RiskHistoryEntry[] }) {
  const data: Point[] = [...entries]
    .reverse()
    .map((entry) => ({ at: entry.scoredAt.getTime(), score: entry.score, grade: entry.grade, reason: entry.reason }));
  return (
    <LineChart
      h={220}
      data={data}
      dataKey="at"
      series={[{ name: 'score', label: 'Score', color: 'indigo.7' }]}
      curveType="stepAfter"
      withDots
      gridAxis="y"
      yAxisProps={{ domain: [0, 100], ticks: [0, 50, 65, 80, 90, 100], width: 32 }}
      xAxisProps={{
        type: 'number',
        scale: 'time',
        domain: ['dataMin', 'dataMax'],
        tickFormatter: (value: number) => day.format(new Date(value)),
      }}
      referenceLines={[
        { y: 90, label: 'A', color: 'gray.5' },
        { y: 80, label: 'B', color: 'gray.5' },
        { y: 65, label: 'C', color: 'gray.5' },
        { y: 50, label: 'D', color: 'gray.5' },
      ]}
      tooltipAnimationDuration={0}
      tooltipProps={{
        content: ({ active, payload }) => {
          const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
          if (!point) return null;
          return (
            <Paper withBorder shadow="md" p="xs" maw={320} radius="md">
              <Text size="xs" c="dimmed">
                {formatDateTime(new Date(point.at))}
              </Text>
              <Text size="sm" fw={700}>
                {formatPoints(point.score)} · grade {point.grade}
              </Text>
              <Text size="xs" lineClamp={4}>
                {point.reason}
              </Text>
            </Paper>
          );
        },
      }}
    />
  );
}
