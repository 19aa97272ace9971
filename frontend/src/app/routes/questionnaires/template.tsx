import { Button, Paper, Skeleton, Stack } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { BackLink } from '@/components/back-link';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { PageHeader } from '@/components/page-header';
import { useTemplate } from '@/features/questionnaires/api/get-template';
import { TemplateStatusBadge } from '@/features/questionnaires/components/template-status-badge';
import { TemplateExportButtons, TemplateSections } from '@/features/questionnaires/components/template-detail';
import { ApiError } from '@/lib/api-client';

export function TemplateRoute() {
  const { templateId } = useParams();
  const id = Number(templateId);
  if (!Number.isSafeInteger(id) || id <= 0) return <TemplateNotFound />;
  return <TemplatePage templateId={id} />;
}

function TemplatePage({ templateId }: { templateId: number }) {
  const { data: template, error, refetch } = useTemplate({ templateId });
  if (error instanceof ApiError && error.status === 404) return <TemplateNotFound />;
  if (error) return <ProblemAlert error={error} title="Could not load the questionnaire" onRetry={() => refetch()} />;
  if (!template) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading questionnaire">
        <Skeleton height={32} width="50%" />
        <Skeleton height={260} radius="md" />
      </Stack>
    );
  }
  return (
    <>
      <title>{`${template.name} · Tollgate`}</title>
      <PageHeader
        above={<BackLink to="/questionnaires">Questionnaires</BackLink>}
        title={`${template.name} (v${template.version})`}
        description={
          <Stack gap={4}>
            <span>{template.description ?? `${template.questionCount} questions`}</span>
            <span><TemplateStatusBadge status={template.status} /> {template.questionCount} questions</span>
          </Stack>
        }
        actions={<TemplateExportButtons template={template} />}
      />
      <TemplateSections template={template} />
    </>
  );
}

function TemplateNotFound() {
  return (
    <Paper withBorder radius="md">
      <EmptyState icon={<IconListDetails size={24} />} title="Questionnaire not found"
        action={<Button component={Link} to="/questionnaires" variant="light">Back to questionnaires</Button>}>
        The link may be wrong.
      </EmptyState>
    </Paper>
  );
}
