import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { VisuallyHidden } from '@mantine/core';
import type { TrendPoint } from '@/api-client';
import { formatDay } from '../utils/labels';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Its own module so recharts loads only when there is a trend to draw. */
export function PortfolioTrendChart({ points }: { points: TrendPoint[] }) {
  const data = points.map((p) => ({
    day: day.format(p.day),
    average: p.averageScore ?? null,
    poor: p.grades.filter((g) => g.grade === 'D' || g.grade === 'F').reduce((n, g) => n + g.count, 0),
  }));
  const last = points[points.length - 1];
  return (
    <>
      <LineChart
        h={220}
        data={data}
        dataKey="day"
        withRightYAxis
        series={[
          { name: 'average', label: 'Average score', color: 'indigo.7' },
          { name: 'poor', label: 'Grade D or F', color: 'red.7', yAxisId: 'right' },
        ]}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        yAxisProps={{ domain: [0, 100], width: 32 }}
        rightYAxisProps={{ width: 40 }}
        curveType="monotone"
        tooltipAnimationDuration={0}
      />
      <VisuallyHidden>
        {`On ${formatDay(last.day)}: average score ${last.averageScore ?? 'not available'}, ${data[data.length - 1].poor} vendors with grade D or F.`}
      </VisuallyHidden>
    </>
  );
}
