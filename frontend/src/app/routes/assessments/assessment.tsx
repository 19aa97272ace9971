import { Button, Paper, Skeleton, Stack } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { BackLink } from '@/components/back-link';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { PageHeader } from '@/components/page-header';
import { useAssessment } from '@/features/assessments/api/get-assessment';
import { AssessmentActions } from '@/features/assessments/components/assessment-actions';
import { AssessmentReview } from '@/features/assessments/components/assessment-review';
import { ApiError } from '@/lib/api-client';
import { useAuthorization } from '@/lib/auth';

export function AssessmentRoute() {
  const { assessmentId } = useParams();
  const id = Number(assessmentId);
  if (!Number.isSafeInteger(id) || id <= 0) return <AssessmentNotFound />;
  return <AssessmentPage assessmentId={id} />;
}

function AssessmentPage({ assessmentId }: { assessmentId: number }) {
  const { canReviewAssessments } = useAuthorization();
  const { data: assessment, error, refetch } = useAssessment({ assessmentId });
  if (error instanceof ApiError && error.status === 404) return <AssessmentNotFound />;
  if (error) return <ProblemAlert error={error} title="Could not load the assessment" onRetry={() => refetch()} />;
  if (!assessment) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading assessment">
        <Skeleton height={32} width="50%" />
        <Skeleton height={120} radius="md" />
        <Skeleton height={260} radius="md" />
      </Stack>
    );
  }
  return (
    <>
      <title>{`${assessment.vendorName}: ${assessment.templateName} · Tollgate`}</title>
      <PageHeader
        above={<BackLink to="/assessments">Assessments</BackLink>}
        title={`${assessment.vendorName}: ${assessment.templateName}`}
        description={`Assessment #${assessment.id}${assessment.createdBy ? `, sent by ${assessment.createdBy}` : ''}`}
        actions={canReviewAssessments && <AssessmentActions assessment={assessment} />}
      />
      <AssessmentReview assessment={assessment} canReview={canReviewAssessments} />
    </>
  );
}

function AssessmentNotFound() {
  return (
    <Paper withBorder radius="md">
      <EmptyState icon={<IconClipboardList size={24} />} title="Assessment not found"
        action={<Button component={Link} to="/assessments" variant="light">Back to assessments</Button>}>
        The link may be wrong.
      </EmptyState>
    </Paper>
  );
}
