import { Alert, Badge, Button, Checkbox, Group, Loader, Modal, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { AssessmentStatus, type AssessmentDetail, type CompletionControl, type ControlObservation } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { controlStatusColors, controlStatusLabels, evidenceLabels } from '@/utils/control-status-labels';
import { useChangeAssessmentStatus } from '../api/change-assessment-status';
import { useAssessmentCompletion } from '../api/get-assessment-completion';

const sourceLabels: Record<string, string> = {
  ASSESSMENT: 'assessment',
  OVERRIDE: 'override',
  IMPORT: 'import',
  DEMO: 'demo data',
};

/**
 * Completing an assessment, shown as what it will do: per control, what holds today and where it comes from, what
 * this assessment's answers say, and what will be recorded. Where an analyst's override disagrees with the answer,
 * the analyst keeps the override or takes the answer (the default). Unreviewed answers and pending clarifications
 * block completion unless the analyst completes anyway with a reason.
 */
export function CompleteAssessmentButton({ assessment }: { assessment: AssessmentDetail }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button color="teal" leftSection={<IconCircleCheck size={16} aria-hidden />} onClick={open}>
        Complete
      </Button>
      <Modal opened={opened} onClose={close} size="xl" title={<Text fw={650}>Complete this assessment?</Text>}>
        {opened && <CompletionReview assessment={assessment} onDone={close} />}
      </Modal>
    </>
  );
}

function CompletionReview({ assessment, onDone }: { assessment: AssessmentDetail; onDone: () => void }) {
  const preview = useAssessmentCompletion({ assessmentId: assessment.id });
  const change = useChangeAssessmentStatus({ mutationConfig: { onSuccess: onDone } });
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [force, setForce] = useState(false);
  const [reason, setReason] = useState('');
  if (preview.isPending) {
    return <Loader size="sm" aria-label="Loading what completing will record" />;
  }
  if (preview.isError) {
    return <ProblemAlert error={preview.error} title="Could not load what completing will record" />;
  }
  const { controls, unreviewedQuestions, pendingClarifications } = preview.data;
  const blocked = unreviewedQuestions.length > 0 || pendingClarifications.length > 0;
  const conflicts = controls.filter((c) => c.conflict);
  const toggle = (code: string, keep: boolean) =>
    setKept((previous) => {
      const next = new Set(previous);
      if (keep) next.add(code);
      else next.delete(code);
      return next;
    });
  return (
    <Stack gap="md">
      <Text size="sm">
        {controls.length} control {controls.length === 1 ? 'status' : 'statuses'} will be recorded for {assessment.vendorName},
        dated today, and its risk score recomputed.
        {conflicts.length > 0 &&
          ` ${conflicts.length} ${conflicts.length === 1 ? 'answer disagrees' : 'answers disagree'} with an analyst's override: choose which holds.`}
      </Text>
      {blocked && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title="The review is not finished">
          <Stack gap={4}>
            {unreviewedQuestions.length > 0 && (
              <Text size="sm">Not reviewed yet: {unreviewedQuestions.join(', ')}</Text>
            )}
            {pendingClarifications.length > 0 && (
              <Text size="sm">Clarification pending: {pendingClarifications.join(', ')}</Text>
            )}
            <Checkbox mt="xs" label="Complete anyway (recorded in the audit trail)" checked={force}
              onChange={(e) => setForce(e.currentTarget.checked)} />
            {force && (
              <Textarea label="Why complete before the review is finished?" withAsterisk autosize minRows={2}
                maxLength={1000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            )}
          </Stack>
        </Alert>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" aria-label="What completing records">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Control</Table.Th>
              <Table.Th>Today</Table.Th>
              <Table.Th>This assessment</Table.Th>
              <Table.Th>Will record</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {controls.map((c) => (
              <ControlRow key={c.controlCode} control={c} keep={kept.has(c.controlCode)}
                onKeep={(keep) => toggle(c.controlCode, keep)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {change.isError && <ProblemAlert error={change.error} title="Could not complete the assessment" />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone}>Cancel</Button>
        <Button color="teal" loading={change.isPending} disabled={blocked && (!force || reason.trim() === '')}
          onClick={() => change.mutate({
            assessmentId: assessment.id,
            assessmentStatusChange: {
              status: AssessmentStatus.Completed,
              version: assessment.version,
              keepOverrides: kept,
              ...(blocked ? { force: true, reason: reason.trim() } : {}),
            },
          })}>
          Complete and record statuses
        </Button>
      </Group>
    </Stack>
  );
}

function ControlRow({ control, keep, onKeep }: { control: CompletionControl; keep: boolean; onKeep: (keep: boolean) => void }) {
  const answer = { status: control.assessedStatus, evidence: control.assessedEvidence };
  return (
    <Table.Tr data-control={control.controlCode}>
      <Table.Td>
        <Text size="sm"><Text span ff="monospace" fw={700}>{control.controlCode}</Text> {control.controlName}</Text>
      </Table.Td>
      <Table.Td>
        {control.current ? <Observed observation={control.current} /> : <Text size="sm" c="dimmed">Unknown</Text>}
        {control.currentReason && <Text size="xs" c="dimmed" lineClamp={2}>{control.currentReason}</Text>}
      </Table.Td>
      <Table.Td><StatusBadge status={answer.status} evidence={answer.evidence} /></Table.Td>
      <Table.Td>
        {control.conflict ? (
          <SegmentedControl size="xs" aria-label={`Which holds for ${control.controlCode}`} value={keep ? 'keep' : 'answer'}
            onChange={(value) => onKeep(value === 'keep')}
            data={[{ value: 'answer', label: 'Take the answer' }, { value: 'keep', label: 'Keep the override' }]} />
        ) : (
          <Observed observation={control.recorded} />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Observed({ observation }: { observation: ControlObservation }) {
  return (
    <Group gap={6} wrap="nowrap">
      <StatusBadge status={observation.status} evidence={observation.evidence} />
      <Text size="xs" c="dimmed">{sourceLabels[observation.source] ?? observation.source}</Text>
    </Group>
  );
}

function StatusBadge({ status, evidence }: { status: CompletionControl['assessedStatus']; evidence?: ControlObservation['evidence'] }) {
  return (
    <Badge size="sm" variant="light" color={controlStatusColors[status]} radius="sm">
      {controlStatusLabels[status]}
      {evidence ? ` · ${evidenceLabels[evidence]}` : ''}
    </Badge>
  );
}
