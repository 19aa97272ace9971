import { Grid, Skeleton, Stack } from '@mantine/core';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useDashboardSummary } from '../api/get-dashboard-summary';
import { CadenceSettings } from './cadence-settings';
import { GradesByTier } from './grades-by-tier';
import { PortfolioTrend } from './portfolio-trend';
import { ReassessmentsDue } from './reassessments-due';
import { RecordsByCategory } from './records-by-category';
import { RiskHeatmap } from './risk-heatmap';
import { RiskiestVendors } from './riskiest-vendors';
import { SummaryStats } from './summary-stats';

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
          <PortfolioTrend />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <RecordsByCategory categories={data.recordsByCategory} labels={categoryLabels} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <ReassessmentsDue summary={data.reassessments} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CadenceSettings canEdit={canEditCadence} />
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
