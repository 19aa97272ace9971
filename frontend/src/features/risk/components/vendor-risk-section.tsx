import { Badge, Card, Divider, Grid, Group, Loader, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { VendorRisk } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useVendorRisk } from '../api/get-vendor-risk';
import { ControlCosts } from './control-costs';
import { RiskFactors } from './risk-factors';
import { RiskHeadline } from './risk-headline';
import { RiskHistory } from './risk-history';
import { WhatIfList } from './what-if-list';

type VendorRiskSectionProps = {
  vendorId: number;
  /** Control names by code, for the controls the explanation names by code only. */
  controlNames?: Record<string, string>;
  categoryLabels?: Record<string, string>;
  /**
   * When an input of the score changed (an override's server time). Scores are recomputed in the background,
   * so until one newer than this arrives the section polls and says the score is being updated.
   */
  changedAt?: Date;
};

const POLL_MS = 1000;
const GIVE_UP_MS = 20_000;

export function VendorRiskSection({ vendorId, controlNames = {}, categoryLabels = {}, changedAt }: VendorRiskSectionProps) {
  const queryClient = useQueryClient();
  const waiting = useWaitWindow(changedAt);
  const isStale = (risk: VendorRisk | undefined) =>
    changedAt !== undefined && risk !== undefined && risk.scoredAt.getTime() < changedAt.getTime();
  const risk = useVendorRisk({
    vendorId,
    queryConfig: {
      refetchInterval: (query) =>
        waiting && isStale(query.state.data) ? POLL_MS : false,
    },
  });

  // A new score may have added a line to the history.
  const scoredAt = risk.data?.scoredAt.getTime();
  const seen = useRef(scoredAt);
  useEffect(() => {
    if (scoredAt !== undefined && seen.current !== undefined && scoredAt !== seen.current) {
      queryClient.invalidateQueries({ queryKey: ['risk', 'vendor', vendorId, 'history'] });
    }
    seen.current = scoredAt;
  }, [queryClient, scoredAt, vendorId]);

  const categoryLabel = (code: string) => categoryLabels[code] ?? code.toLowerCase().replaceAll('_', ' ');
  const updating = waiting && isStale(risk.data);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="risk-title">
      <Group justify="space-between" mb="md" gap="xs">
        <Title order={2} fz="lg" id="risk-title">
          Risk score
        </Title>
        {updating && (
          <Badge variant="light" color="indigo" leftSection={<Loader size={10} color="indigo" />} role="status">
            Updating score…
          </Badge>
        )}
      </Group>
      {risk.error ? (
        <ProblemAlert error={risk.error} title="Could not load the risk score" onRetry={() => risk.refetch()} />
      ) : !risk.data ? (
        <Stack gap="sm" aria-label="Loading risk score">
          <Skeleton height={48} width={220} />
          <Skeleton height={90} />
          <Skeleton height={200} />
        </Stack>
      ) : (
        <Stack gap="lg">
          <RiskHeadline risk={risk.data} />
          <Grid gutter="xl">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <RiskFactors risk={risk.data} categoryLabel={categoryLabel} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="lg">
                <ControlCosts costs={risk.data.explanation.controlCosts} controlNames={controlNames} />
                <WhatIfList whatIf={risk.data.explanation.whatIf} score={risk.data.score} grade={risk.data.grade} />
              </Stack>
            </Grid.Col>
          </Grid>
          <Divider />
          <RiskHistory vendorId={vendorId} />
          <Text size="xs" c="dimmed">
            The score weighs what a breach would expose, how exposed the vendor is, the threat campaigns touching it
            and its controls. Likelihood is a relative index, not a yearly probability.
          </Text>
        </Stack>
      )}
    </Card>
  );
}

/** True for a while after each announced change: long enough for the background scorer, not forever. */
function useWaitWindow(changedAt: Date | undefined): boolean {
  const [waiting, setWaiting] = useState(false);
  const key = changedAt?.getTime();
  useEffect(() => {
    if (key === undefined) return;
    setWaiting(true);
    const timer = setTimeout(() => setWaiting(false), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return waiting;
}
