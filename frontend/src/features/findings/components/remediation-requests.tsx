import { Alert, Button, Card, Container, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { parseDate, type PortalFinding } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import { formatDate, toDateInputValue } from '@/utils/format';
import { usePortalFindings } from '../api/get-portal-findings';
import { useRespondToRemediationRequest } from '../api/respond-to-remediation-request';
import { FindingStatusBadge, SeverityBadge } from './finding-badges';

/** The vendor's side: each remediation request sent through this assessment, answered with a plan and a date. */
export function RemediationRequests() {
  const requests = usePortalFindings();
  if (requests.isPending || (!requests.isError && requests.data.length === 0)) return null;
  return (
    <Container size="sm" px={{ base: 'xs', sm: 'md' }} pt="lg">
      <Stack gap="md" component="section" aria-labelledby="remediation-title">
        <div>
          <Title order={2} fz="lg" id="remediation-title">
            Remediation requests
          </Title>
          <Text size="sm" c="dimmed">
            Controls we found unmet. Tell us how and by when each will be met.
          </Text>
        </div>
        {requests.isError ? (
          <ProblemAlert error={requests.error} title="Could not load the remediation requests" onRetry={() => requests.refetch()} />
        ) : (
          requests.data.map((finding) => <RemediationRequestCard key={finding.id} finding={finding} />)
        )}
      </Stack>
    </Container>
  );
}

function RemediationRequestCard({ finding }: { finding: PortalFinding }) {
  const [plan, setPlan] = useState(finding.plan ?? '');
  const [plannedDate, setPlannedDate] = useState(toDateInputValue(finding.plannedDate));
  const [localError, setLocalError] = useState<{ plan?: string; plannedDate?: string }>({});
  const respond = useRespondToRemediationRequest();
  const serverErrors = respond.error instanceof ApiError ? (respond.error.problem.errors ?? []) : [];
  const serverError = (field: string) => serverErrors.find((e) => e.field === field)?.message;
  const answerable = finding.status === 'OPEN' || finding.status === 'REMEDIATION_PLANNED';
  const planId = `plan-${finding.id}`;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`${planId}-title`}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={650} id={`${planId}-title`}>
            <Text span ff="monospace" fw={700}>
              {finding.controlCode}
            </Text>{' '}
            {finding.title}
          </Text>
          <Group gap={4}>
            <SeverityBadge severity={finding.severity} />
            <FindingStatusBadge status={finding.status} />
          </Group>
        </Group>
        {finding.controlDescription && (
          <Text size="sm" c="dimmed">
            {finding.controlDescription}
          </Text>
        )}
        {finding.requestMessage && (
          <Alert variant="light" color="blue" title="Our question">
            {finding.requestMessage}
          </Alert>
        )}
        <Text size="sm">Requested {formatDate(finding.remediationRequestedAt)}; please fix by {formatDate(finding.dueDate)}.</Text>
        {answerable ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const errors: { plan?: string; plannedDate?: string } = {};
              if (!plan.trim()) errors.plan = 'Describe how the control will be met';
              if (!/^\d{4}-\d{2}-\d{2}$/.test(plannedDate)) errors.plannedDate = 'Enter the date it will be done';
              setLocalError(errors);
              if (errors.plan || errors.plannedDate) return;
              respond.mutate({
                findingId: finding.id,
                remediationResponse: { plan: plan.trim(), plannedDate: parseDate(plannedDate), version: finding.version },
              });
            }}
          >
            <Stack gap="sm">
              {respond.isError && serverErrors.length === 0 && (
                <ProblemAlert error={respond.error} title="Could not send your plan" />
              )}
              {respond.isSuccess && (
                <Text size="sm" c="teal" role="status">
                  Plan sent. You can update it until the finding is closed.
                </Text>
              )}
              <Textarea
                label="Your remediation plan"
                withAsterisk
                autosize
                minRows={3}
                maxLength={4000}
                value={plan}
                onChange={(event) => setPlan(event.currentTarget.value)}
                error={localError.plan ?? serverError('plan')}
              />
              <TextInput
                label="Done by"
                type="date"
                withAsterisk
                value={plannedDate}
                onChange={(event) => setPlannedDate(event.currentTarget.value)}
                error={localError.plannedDate ?? serverError('plannedDate')}
                maw={220}
              />
              <Group justify="flex-end">
                <Button type="submit" loading={respond.isPending}>
                  {finding.plan ? 'Update plan' : 'Send plan'}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          finding.plan && (
            <Text size="sm">
              Your plan (by {formatDate(finding.plannedDate)}): {finding.plan}
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}
