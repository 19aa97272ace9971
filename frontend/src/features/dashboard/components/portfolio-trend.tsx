import { SegmentedControl, Skeleton, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { usePortfolioTrend } from '../api/get-portfolio-trend';
import { SectionCard } from './section-card';

// The chart library is fetched with the chart, after the dashboard's numbers are on screen.
const PortfolioTrendChart = lazy(() => import('./portfolio-trend-chart').then((m) => ({ default: m.PortfolioTrendChart })));

export function PortfolioTrend() {
  const [days, setDays] = useState('90');
  const trend = usePortfolioTrend({ days: Number(days) });
  return (
    <SectionCard
      id="portfolio-trend"
      title="Portfolio trend"
      hint="Average score and vendors with grade D or F, one point per day."
      actions={
        <SegmentedControl
          size="xs"
          value={days}
          onChange={setDays}
          aria-label="Period"
          data={[
            { value: '30', label: '30 days' },
            { value: '90', label: '90 days' },
            { value: '365', label: '1 year' },
          ]}
        />
      }
    >
      {trend.error ? (
        <ProblemAlert error={trend.error} title="Could not load the trend" onRetry={() => trend.refetch()} />
      ) : !trend.data ? (
        <Skeleton height={220} aria-label="Loading trend" />
      ) : trend.data.points.length < 2 ? (
        <Text size="sm" c="dimmed">
          The trend starts to draw after the first recorded day; today the average is shown above.
        </Text>
      ) : (
        <Suspense fallback={<Skeleton height={220} aria-label="Loading chart" />}>
          <PortfolioTrendChart points={trend.data.points} />
        </Suspense>
      )}
    </SectionCard>
  );
}
