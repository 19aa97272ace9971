import { Grid, Skeleton, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useDashboardSummary } from '../api/get-dashboard-summary';
import { GradesByTier } from './grades-by-tier';
import { OpenFindings } from './open-findings';
import { RecordsByCategory } from './records-by-category';
import { RiskHeatmap } from './risk-heatmap';
import { RiskiestVendors } from './riskiest-vendors';
import { SummaryStats } from './summary-stats';

// The trend (its chart library) and the panels below the fold with their own inputs (period switch, pagination,
// the cadence editor's number input) are fetched after the summary is on screen, which keeps the dashboard's first load under its 200 KB (gzip) budget.
const PortfolioTrend = lazy(() => import('./portfolio-trend').then((m) => ({ default: m.PortfolioTrend })));
const ReassessmentsDue = lazy(() => import('./reassessments-due').then((m) => ({ default: m.ReassessmentsDue })));
const CadenceSettings = lazy(() => import('./cadence-settings').then((m) => ({ default: m.CadenceSettings })));

type DashboardProps = { categoryLabels: Record<string, string>; canEditCadence: boolean };

/** Where the risk is and what to do: the whole summary comes from one call. */
export function Dashboard({ categoryLabels, canEditCadence }: DashboardProps) {
  const summary = useDashboardSummary();
  if (summary.error) {
    return <ProblemAlert error={summary.error} title="Could not load the dashboard" onRetry={() => summary.refetch()} />;
  }
  if (!summary.data) return <DashboardSkeleton />;
  const data = summary.data;
  return (
    <Stack gap="md">
      <SummaryStats summary={data} />
      <RiskiestVendors vendors={data.riskiest} />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <RiskHeatmap cells={data.heatmap} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <GradesByTier tiers={data.tiers} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Suspense fallback={<Skeleton height={260} radius="md" aria-label="Loading trend" />}>
            <PortfolioTrend />
          </Suspense>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <OpenFindings findings={data.openFindings} />
            <RecordsByCategory categories={data.recordsByCategory} labels={categoryLabels} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Suspense fallback={<Skeleton height={200} radius="md" aria-label="Loading reassessments" />}>
            <ReassessmentsDue summary={data.reassessments} />
          </Suspense>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Suspense fallback={<Skeleton height={200} radius="md" aria-label="Loading cadences" />}>
            <CadenceSettings canEdit={canEditCadence} />
          </Suspense>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function DashboardSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading dashboard">
      <Skeleton height={90} radius="md" />
      <Skeleton height={280} radius="md" />
      <Skeleton height={260} radius="md" />
    </Stack>
  );
}
