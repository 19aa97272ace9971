import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Finding } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useRequestRemediation } from '../api/request-remediation';

type RequestRemediationModalProps = {
  finding: Finding;
  onClose: () => void;
  onSent: (saved: Finding) => void;
};

/** Sends the finding to the vendor's portal (through an assessment whose link still works) with a question. */
export function RequestRemediationModal({ finding, onClose, onSent }: RequestRemediationModalProps) {
  const [message, setMessage] = useState('');
  const request = useRequestRemediation({ mutationConfig: { onSuccess: onSent } });
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>Ask the vendor to remediate {finding.controlCode}</Text>}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          request.mutate({
            findingId: finding.id,
            remediationRequest: { message: message.trim() || undefined, version: finding.version },
          });
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            The request appears in the vendor&apos;s portal, where they answer with a plan and a date.
          </Text>
          {request.isError && <ProblemAlert error={request.error} title="Could not send the request" />}
          <Textarea
            label="Message to the vendor"
            autosize
            minRows={3}
            maxLength={2000}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={request.isPending}>
              Send request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
