import { Card, Group, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useVendorReassessment } from '../api/get-vendor-reassessment';
import { cadenceText, formatDay, tierLabels } from '../utils/labels';
import { ReassessmentBadge } from './reassessment-badge';

/** When the vendor was last assessed and when it is due again. */
export function VendorReassessmentCard({ vendorId }: { vendorId: number }) {
  const reassessment = useVendorReassessment({ vendorId });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="reassessment-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="reassessment-title">
          Reassessment
        </Title>
        {reassessment.data && <ReassessmentBadge state={reassessment.data.state} />}
      </Group>
      {reassessment.error ? (
        <ProblemAlert error={reassessment.error} title="Could not load the reassessment" onRetry={() => reassessment.refetch()} />
      ) : !reassessment.data ? (
        <Skeleton height={48} aria-label="Loading reassessment" />
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" component="dl" m={0}>
          <div>
            <Text component="dt" size="xs" c="dimmed">
              Cadence
            </Text>
            <Text component="dd" size="sm" m={0}>
              {tierLabels[reassessment.data.tier]}: {cadenceText(reassessment.data.cadenceMonths)}
            </Text>
          </div>
          <div>
            <Text component="dt" size="xs" c="dimmed">
              Last assessed
            </Text>
            <Text component="dd" size="sm" m={0}>
              {reassessment.data.lastAssessedOn ? formatDay(reassessment.data.lastAssessedOn) : 'Never'}
            </Text>
          </div>
          <div>
            <Text component="dt" size="xs" c="dimmed">
              Due
            </Text>
            <Text component="dd" size="sm" m={0} fw={700}>
              {reassessment.data.dueOn ? formatDay(reassessment.data.dueOn) : 'Not required'}
            </Text>
          </div>
        </SimpleGrid>
      )}
    </Card>
  );
}
