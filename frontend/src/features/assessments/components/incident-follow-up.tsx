import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Text, TextInput, Tooltip, CopyButton, ActionIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconCopy, IconKey, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { IncidentFollowUp } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { toDateInputValue } from '@/utils/format';
import { useCreateIncidentFollowUp } from '../api/create-incident-follow-up';
import { fromDateInputValue } from '../utils/send-schema';

const skipLabels: Record<string, string> = {
  NO_CONTACT_EMAIL: 'No security contact',
  OPEN_FOLLOW_UP: 'Follow-up still open',
  NOT_EXPOSED: 'Not exposed',
};

type IncidentFollowUpButtonProps = { incidentId: number; incidentName: string; exploitedControls: string[] };

/** Issue #5's one click: a questionnaire about only the exploited controls, to every exposed vendor. */
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
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!dueError) followUp.mutate({ incidentId, incidentFollowUpRequest: { dueDate: fromDateInputValue(dueDate) } });
            }}
          >
            <Stack gap="md">
              <Text size="sm">
                Every vendor this incident exposes gets a questionnaire asking only about the controls it exploits (
                {exploitedControls.join(', ')}), sent to the vendor's security contact. Vendors with an open follow-up for
                this incident, or without a contact, are skipped.
              </Text>
              {followUp.isError && <ProblemAlert error={followUp.error} title="Could not send the follow-up" />}
              <TextInput type="date" label="Due date" withAsterisk value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)}
                error={dueError} />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={onClose}>Cancel</Button>
                <Button type="submit" loading={followUp.isPending}>Send to exposed vendors</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}

function FollowUpResult({ result, onClose }: { result: IncidentFollowUp; onClose: () => void }) {
  const origin = window.location.origin;
  return (
    <Stack gap="md">
      <Text size="sm">
        Sent {result.sent.length} {result.sent.length === 1 ? 'questionnaire' : 'questionnaires'} of{' '}
        <Anchor component={Link} to={`/questionnaires/${result.templateId}`}>{result.templateName}</Anchor> ({result.questionCount}{' '}
        questions); skipped {result.skipped.length}.
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
                  <Table.Td><Anchor component={Link} to={`/assessments/${s.assessmentId}`} size="sm">{s.vendorName}</Anchor></Table.Td>
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
