import { Alert, Anchor, Badge, Button, Checkbox, Group, Loader, Modal, Stack, Table, Text, TextInput, Tooltip, CopyButton, ActionIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconCopy, IconKey, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FollowUpRecipient, IncidentFollowUp } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { toDateInputValue } from '@/utils/format';
import { useCreateIncidentFollowUp } from '../api/create-incident-follow-up';
import { useIncidentFollowUpPreview } from '../api/get-incident-follow-up-preview';
import { fromDateInputValue } from '../utils/send-schema';

const skipLabels: Record<string, string> = {
  NO_CONTACT_EMAIL: 'No security contact',
  OPEN_FOLLOW_UP: 'Follow-up still open',
  NOT_EXPOSED: 'Not exposed',
  ALL_EVIDENCED: 'Everything evidenced',
  PLATFORM: 'The campaign’s platform',
  NO_DATA: 'Holds no data',
  PROSPECT: 'Prospect',
};

type IncidentFollowUpButtonProps = { incidentId: number; incidentName: string; exploitedControls: string[] };

/**
 * A targeted follow-up for a live campaign: each chosen vendor is asked only about the controls that break a step of
 * the campaign's chain and that it has not evidenced as met. The analyst chooses the recipients among the exposed
 * vendors; by default those that hold data, are not the campaign's platform and are not prospects.
 */
export function IncidentFollowUpButton({ incidentId, incidentName, exploitedControls }: IncidentFollowUpButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [dueDate, setDueDate] = useState(() => {
    const due = new Date();
    due.setDate(due.getDate() + 14);
    return toDateInputValue(due);
  });
  const followUp = useCreateIncidentFollowUp();
  const onClose = () => {
    close();
    // The portal links are shown once; closing the dialog forgets them.
    followUp.reset();
  };
  const dueError = dueDate < toDateInputValue(new Date()) ? 'The due date cannot be in the past' : undefined;
  return (
    <>
      <Button leftSection={<IconSend size={16} aria-hidden />} onClick={open} disabled={exploitedControls.length === 0}>
        Send follow-up
      </Button>
      <Modal opened={opened} onClose={onClose} size={followUp.data ? 'xl' : 'md'}
        title={<Text fw={650}>Follow-up questionnaire for {incidentName}</Text>}>
        {followUp.data ? (
          <FollowUpResult result={followUp.data} onClose={onClose} />
        ) : (
          <FollowUpForm incidentId={incidentId} dueDate={dueDate} setDueDate={setDueDate} dueError={dueError}
            followUp={followUp} onClose={onClose} />
        )}
      </Modal>
    </>
  );
}

type FollowUpFormProps = {
  incidentId: number;
  dueDate: string;
  setDueDate: (value: string) => void;
  dueError?: string;
  followUp: ReturnType<typeof useCreateIncidentFollowUp>;
  onClose: () => void;
};

function FollowUpForm({ incidentId, dueDate, setDueDate, dueError, followUp, onClose }: FollowUpFormProps) {
  const preview = useIncidentFollowUpPreview({ incidentId });
  const [chosen, setChosen] = useState<Set<number> | null>(null);
  if (preview.isPending) {
    return <Loader size="sm" aria-label="Loading the exposed vendors" />;
  }
  if (preview.isError) {
    return <ProblemAlert error={preview.error} title="Could not load the exposed vendors" />;
  }
  const recipients = preview.data.recipients;
  const selected = chosen ?? new Set(recipients.filter((r) => r.selected).map((r) => r.vendorId));
  const toggle = (vendorId: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(vendorId);
    else next.delete(vendorId);
    setChosen(next);
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!dueError && selected.size > 0) {
          followUp.mutate({ incidentId, incidentFollowUpRequest: { dueDate: fromDateInputValue(dueDate), vendorIds: selected } });
        }
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          Each vendor is asked only about the controls that break a step of this campaign's chain (
          {preview.data.controlCodes.join(', ')}) and that it has not evidenced as met, at its security contact.
        </Text>
        {followUp.isError && <ProblemAlert error={followUp.error} title="Could not send the follow-up" />}
        <Table verticalSpacing={4} aria-label="Recipients">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Send</Table.Th>
              <Table.Th>Vendor</Table.Th>
              <Table.Th>Asked about</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recipients.map((r) => (
              <RecipientRow key={r.vendorId} recipient={r} checked={selected.has(r.vendorId)} onChange={(on) => toggle(r.vendorId, on)} />
            ))}
          </Table.Tbody>
        </Table>
        <TextInput type="date" label="Due date" withAsterisk value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)}
          error={dueError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button type="submit" loading={followUp.isPending} disabled={selected.size === 0}>
            Send to {selected.size} {selected.size === 1 ? 'vendor' : 'vendors'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RecipientRow({ recipient, checked, onChange }: { recipient: FollowUpRecipient; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox aria-label={`Send to ${recipient.vendorName}`} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{recipient.vendorName}</Text>
        {recipient.reason && <Badge size="xs" color="gray" variant="light" radius="sm" tt="none">{skipLabels[recipient.reason] ?? recipient.reason}</Badge>}
      </Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace">{recipient.controlCodes.length > 0 ? recipient.controlCodes.join(', ') : '—'}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

function FollowUpResult({ result, onClose }: { result: IncidentFollowUp; onClose: () => void }) {
  const origin = window.location.origin;
  return (
    <Stack gap="md">
      <Text size="sm">
        Sent {result.sent.length} {result.sent.length === 1 ? 'questionnaire' : 'questionnaires'}; skipped {result.skipped.length}.
      </Text>
      {result.sent.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconKey aria-hidden />} title="Copy the links now: they are shown only once" role="alert">
          Send each link to its respondent through a channel you trust. Lost links can be replaced from the assessment page.
        </Alert>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" aria-label="Follow-up result">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Vendor</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Portal link / reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.sent.map((s) => {
              const link = s.portalUrl.startsWith('/') ? `${origin}${s.portalUrl}` : s.portalUrl;
              return (
                <Table.Tr key={`sent-${s.vendorId}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/assessments/${s.assessmentId}`} size="sm">{s.vendorName}</Anchor>
                    <Text size="xs" c="dimmed">
                      <Anchor component={Link} to={`/questionnaires/${s.templateId}`} size="xs">{s.controlCodes.join(', ')}</Anchor>
                    </Text>
                  </Table.Td>
                  <Table.Td><Badge color="teal" variant="light" radius="sm" tt="none">Sent to {s.respondentEmail}</Badge></Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="xs" ff="monospace" truncate="end" maw={320} title={link}>{link}</Text>
                      <CopyButton value={link}>
                        {({ copied, copy }) => (
                          <Tooltip label={copied ? 'Copied' : 'Copy link'}>
                            <ActionIcon variant="subtle" onClick={copy} aria-label={`Copy the portal link for ${s.vendorName}`}>
                              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </CopyButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {result.skipped.map((s) => (
              <Table.Tr key={`skipped-${s.vendorId}`}>
                <Table.Td>
                  {s.vendorName ? <Anchor component={Link} to={`/vendors/${s.vendorId}`} size="sm">{s.vendorName}</Anchor> : `#${s.vendorId}`}
                </Table.Td>
                <Table.Td><Badge color="gray" variant="light" radius="sm" tt="none">{skipLabels[s.reason] ?? s.reason}</Badge></Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {s.detail}
                    {s.assessmentId && <> <Anchor component={Link} to={`/assessments/${s.assessmentId}`}>Open it</Anchor></>}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end">
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}
