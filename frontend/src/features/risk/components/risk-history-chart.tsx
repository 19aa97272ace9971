import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import type { Grade, RiskHistoryEntry } from '@/api-client';
import { formatDateTime } from '@/utils/format';
import { formatPoints } from '../utils/format-risk';

type Point = { at: number; score: number; grade: Grade; reason: string };

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DAY_MS = 86_400_000;

/**
 * The score over time, oldest left. Its own module so recharts (the largest dependency in the app) is
 * fetched only when a vendor page has a history worth drawing.
 */
export function RiskHistoryChart({ entries }: { entries: RiskHistoryEntry[] }) {
  const data: Point[] = [...entries]
    .reverse()
    .map((entry) => ({ at: entry.scoredAt.getTime(), score: entry.score, grade: entry.grade, reason: entry.reason }));
  const scores = data.map((point) => point.score);
  // Down to 10 below the lowest score (and never above the D line), so small moves stay visible.
  const floor = Math.max(0, Math.min(50, Math.floor((Math.min(...scores) - 10) / 10) * 10));
  const span = data[data.length - 1].at - data[0].at;
  const tick = (value: number) => (span < 2 * DAY_MS ? time.format(new Date(value)) : day.format(new Date(value)));
  const bands = [
    { y: 90, label: 'A ≥ 90' },
    { y: 80, label: 'B ≥ 80' },
    { y: 65, label: 'C ≥ 65' },
    { y: 50, label: 'D ≥ 50' },
  ].filter((band) => band.y > floor);
  return (
    <LineChart
      h={220}
      data={data}
      dataKey="at"
      series={[{ name: 'score', label: 'Score', color: 'indigo.7' }]}
      curveType="stepAfter"
      withDots
      gridAxis="y"
      yAxisProps={{ domain: [floor, 100], ticks: [floor, ...bands.map((band) => band.y).reverse(), 100], width: 32 }}
      xAxisProps={{
        type: 'number',
        scale: 'time',
        domain: ['dataMin', 'dataMax'],
        tickFormatter: tick,
        padding: { left: 16, right: 16 },
      }}
      referenceLines={bands.map((band) => ({ ...band, color: 'gray.4', labelPosition: 'insideTopRight' as const }))}
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
