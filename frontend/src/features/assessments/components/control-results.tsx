import { Badge, Button, Card, Group, Modal, Select, Stack, Table, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { ControlStatusValue, EvidenceQuality, type AssessmentDetail, type ControlResult, type ControlStatus } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { controlStatusColors, controlStatusLabels, evidenceLabels } from '@/utils/control-status-labels';
import { enumOptions } from '@/utils/enum-options';
import { useOverrideControlStatus } from '../api/override-control-status';

type ControlResultsProps = { assessment: AssessmentDetail; canOverride: boolean };

/** What completing the assessment will record per control, and the analyst's overrides. */
export function ControlResults({ assessment, canOverride }: ControlResultsProps) {
  const [editing, setEditing] = useState<ControlResult>();
  const reasons = new Map(assessment.overrides.map((o) => [o.controlCode, o]));
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="control-results-title">
      <Title order={2} fz="lg" id="control-results-title">
        Control results
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Completing the assessment records these statuses for the vendor (Unknown ones are left as they are).
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" aria-label="Control results">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Control</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Evidence</Table.Th>
              <Table.Th>From</Table.Th>
              {canOverride && <Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessment.controlResults.map((result) => {
              const override = reasons.get(result.controlCode);
              return (
                <Table.Tr key={result.controlCode} data-control={result.controlCode}>
                  <Table.Td ff="monospace" fw={600}>{result.controlCode}</Table.Td>
                  <Table.Td>
                    <Badge color={controlStatusColors[result.status]} variant="light" radius="sm" tt="none">
                      {controlStatusLabels[result.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td><Text size="sm">{evidenceLabels[result.evidence]}</Text></Table.Td>
                  <Table.Td>
                    {result.source === 'OVERRIDE' ? (
                      <Text size="sm">Override{override ? ` by ${override.overriddenBy}: ${override.reason}` : ''}</Text>
                    ) : (
                      <Text size="sm" c="dimmed" ff="monospace">{result.questionKeys.join(', ') || '—'}</Text>
                    )}
                  </Table.Td>
                  {canOverride && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(result)}
                        aria-label={`Override ${result.controlCode}`}>
                        Override
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <OverrideModal assessmentId={assessment.id} result={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}

// The values an override can set are ControlStatus without UNKNOWN; their labels are shared.
const statusOptions = Object.values(ControlStatusValue).map((value) => ({ value, label: controlStatusLabels[value as string as ControlStatus] }));
const evidenceOptions = enumOptions(EvidenceQuality, evidenceLabels);

function OverrideModal({ assessmentId, result, onClose }: { assessmentId: number; result: ControlResult; onClose: () => void }) {
  const initial = Object.values(ControlStatusValue).find((value) => (value as string) === (result.status as string)) ?? null;
  const [status, setStatus] = useState<ControlStatusValue | null>(initial);
  const [evidence, setEvidence] = useState<EvidenceQuality | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const save = useOverrideControlStatus({ mutationConfig: { onSuccess: onClose } });
  const reasonError = touched && reason.trim() === '' ? 'Say why; the reason is kept with your name' : undefined;
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>Override {result.controlCode} for this assessment</Text>}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!status || reason.trim() === '') return;
          save.mutate({
            assessmentId,
            controlId: result.controlCode,
            controlOverrideInput: { status, reason: reason.trim(), ...(evidence ? { evidence } : {}) },
          });
        }}
      >
        <Stack gap="md">
          {save.isError && <ProblemAlert error={save.error} title="Could not save the override" />}
          <Select label="Status" withAsterisk data={statusOptions} value={status} allowDeselect={false}
            onChange={(value) => setStatus(value as ControlStatusValue | null)} comboboxProps={{ withinPortal: false }}
            error={touched && !status ? 'Choose a status' : undefined} />
          <Select label="Evidence" placeholder="As the answers give it" data={evidenceOptions} value={evidence} clearable
            onChange={(value) => setEvidence(value as EvidenceQuality | null)} comboboxProps={{ withinPortal: false }} />
          <Textarea label="Reason" withAsterisk autosize minRows={3} maxLength={2000} value={reason}
            onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>Save override</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
