import { Grid, Skeleton, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { BackLink } from '@/components/back-link';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { PageHeader } from '@/components/page-header';
import { IncidentFollowUpButton } from '@/features/assessments/components/incident-follow-up';
import { useDataCategories } from '@/features/data-holdings/api/get-data-categories';
import { useIncident } from '@/features/incidents/api/get-incident';
import { ExploitedControls } from '@/features/incidents/components/exploited-controls';
import {
  IncidentDataExposed,
  IncidentHeadline,
  IncidentSources,
  IncidentSummary,
  IncidentTargets,
  IncidentTechniques,
} from '@/features/incidents/components/incident-details';
import { IncidentImpactSection } from '@/features/risk/components/incident-impact-section';
import { ApiError } from '@/lib/api-client';
import { useAuthorization } from '@/lib/auth';
import { IncidentNotFound } from './incident-not-found';
import { useIncidentId } from './use-incident-id';

export function IncidentRoute() {
  const incidentId = useIncidentId();
  if (incidentId === undefined) return <IncidentNotFound />;
  return <IncidentPage incidentId={incidentId} />;
}

function IncidentPage({ incidentId }: { incidentId: number }) {
  const { data: incident, error, refetch } = useIncident({ incidentId });
  const { canSendAssessments } = useAuthorization();
  // Names for the exposed data categories; until they arrive (or if they fail) the codes are shown.
  const { data: categories } = useDataCategories();
  const categoryLabels = useMemo(
    () => Object.fromEntries((categories ?? []).map((category) => [category.code, category.label])),
    [categories],
  );

  if (error instanceof ApiError && error.status === 404) return <IncidentNotFound />;
  if (error) return <ProblemAlert error={error} title="Could not load the incident" onRetry={() => refetch()} />;
  if (!incident) return <IncidentPageSkeleton />;

  return (
    <>
      <title>{`${incident.name} · Tollgate`}</title>
      <PageHeader
        above={<BackLink to="/incidents">Incidents</BackLink>}
        title={incident.name}
        description={<IncidentHeadline incident={incident} />}
        actions={
          canSendAssessments &&
          incident.status !== 'ARCHIVED' && (
            <IncidentFollowUpButton
              incidentId={incident.id}
              incidentName={incident.name}
              exploitedControls={incident.exploitedControls.map((c) => c.controlCode)}
            />
          )
        }
      />
      <Stack gap="md">
        <IncidentSummary incident={incident} />
        <IncidentImpactSection incidentId={incident.id} categoryLabels={categoryLabels} />
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ExploitedControls controls={incident.exploitedControls} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <IncidentTargets incident={incident} />
              <IncidentDataExposed incident={incident} labels={categoryLabels} />
            </Stack>
          </Grid.Col>
        </Grid>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <IncidentSources incident={incident} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <IncidentTechniques incident={incident} />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}

function IncidentPageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading incident">
      <Skeleton height={14} width={80} />
      <Skeleton height={32} width="60%" />
      <Skeleton height={18} width="35%" />
      <Skeleton height={180} radius="md" mt="md" />
      <Skeleton height={260} radius="md" />
    </Stack>
  );
}
