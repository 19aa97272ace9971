import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useAssessments } from '../api/get-assessments';
import { AssessmentsTable } from './assessments-table';
import { SendQuestionnaireButton } from './send-questionnaire';

type VendorAssessmentsSectionProps = {
  vendorId: number;
  vendorName: string;
  securityContact?: string;
  canSend: boolean;
};

const HISTORY_SIZE = 50;

/** The vendor page's assessment history, newest first, with "Send questionnaire". */
export function VendorAssessmentsSection({ vendorId, vendorName, securityContact, canSend }: VendorAssessmentsSectionProps) {
  const { data, error, refetch } = useAssessments({ params: { vendorId, size: HISTORY_SIZE } });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="vendor-assessments-title">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="vendor-assessments-title">
            Assessments{data ? ` (${data.totalItems})` : ''}
          </Title>
          <Text size="sm" c="dimmed">
            Questionnaires sent to this vendor. Completing one records its control statuses.
          </Text>
        </Stack>
        {canSend && <SendQuestionnaireButton vendorId={vendorId} vendorName={vendorName} defaultEmail={securityContact} />}
      </Group>
      {error ? (
        <ProblemAlert error={error} title="Could not load the assessments" onRetry={() => refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState icon={<IconClipboardList size={24} />} title="No assessments yet">
          Send a questionnaire to learn how this vendor protects the data it holds.
        </EmptyState>
      ) : (
        <AssessmentsTable assessments={data?.items} showVendor={false} label={`Assessments of ${vendorName}`} />
      )}
    </Card>
  );
}
