import { Alert, Anchor, Card, Group, Progress, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AssessmentDetail } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { formatDate, formatDateTime } from '@/utils/format';
import { useAssessmentTemplate } from '../api/get-assessment-template';
import { isReviewable } from '../utils/workflow';
import { AnswerReviewList } from './answer-review-list';
import { AssessmentStatusBadge, OverdueBadge } from './assessment-status-badge';
import { ControlResults } from './control-results';

type AssessmentReviewProps = { assessment: AssessmentDetail; canReview: boolean };

/** An assessment for review: where it stands, the answers with their evidence, and what completing it records. */
export function AssessmentReview({ assessment, canReview }: AssessmentReviewProps) {
  const template = useAssessmentTemplate({ templateId: assessment.templateId });
  const reviewable = canReview && isReviewable(assessment.status);
  return (
    <Stack gap="md">
      <AssessmentFacts assessment={assessment} />
      {!isReviewable(assessment.status) && assessment.status !== 'COMPLETED' && (
        <Alert color="blue" variant="light">
          Answers can be reviewed once the vendor submits them.
        </Alert>
      )}
      <ControlResults assessment={assessment} canOverride={reviewable} />
      {template.error ? (
        <ProblemAlert error={template.error} title="Could not load the questions" onRetry={() => template.refetch()} />
      ) : !template.data ? (
        <Skeleton height={240} radius="md" />
      ) : (
        <AnswerReviewList assessment={assessment} template={template.data} canReview={reviewable} />
      )}
    </Stack>
  );
}

function AssessmentFacts({ assessment: a }: { assessment: AssessmentDetail }) {
  const { visibleQuestions, answeredQuestions, requiredQuestions, requiredAnswered } = a.progress;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Assessment status">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Fact label="Status">
          <Group gap={6}>
            <AssessmentStatusBadge status={a.status} />
            <OverdueBadge status={a.status} dueDate={a.dueDate} />
          </Group>
        </Fact>
        <Fact label="Due">{formatDate(a.dueDate)}</Fact>
        <Fact label="Respondent">{a.respondentEmail}</Fact>
        <Fact label="Portal link">
          {a.tokenRevoked ? 'Revoked' : `Valid until ${formatDateTime(a.tokenExpiresAt)}`}
        </Fact>
        <Fact label="Vendor">
          <Anchor component={Link} to={`/vendors/${a.vendorId}`} size="sm">{a.vendorName}</Anchor>
        </Fact>
        <Fact label="Sent">{formatDateTime(a.sentAt)}</Fact>
        <Fact label="Submitted">{formatDateTime(a.submittedAt)}</Fact>
        <Fact label={a.completedAt ? 'Completed' : 'Progress'}>
          {a.completedAt ? (
            formatDateTime(a.completedAt)
          ) : (
            <Stack gap={4}>
              <Text size="sm">{answeredQuestions} of {visibleQuestions} answered ({requiredAnswered}/{requiredQuestions} required)</Text>
              <Progress value={visibleQuestions ? (answeredQuestions / visibleQuestions) * 100 : 0} size="sm"
                aria-label={`${answeredQuestions} of ${visibleQuestions} questions answered`} />
            </Stack>
          )}
        </Fact>
      </SimpleGrid>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text size="sm" component="div">{children}</Text>
    </Stack>
  );
}
