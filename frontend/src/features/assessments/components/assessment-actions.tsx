import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLink, IconLinkOff, IconMessage2 } from '@tabler/icons-react';
import { useState } from 'react';
import { AssessmentStatus, type AssessmentDetail } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useChangeAssessmentStatus } from '../api/change-assessment-status';
import { useReissuePortalToken } from '../api/reissue-portal-token';
import { useRevokePortalToken } from '../api/revoke-portal-token';
import { isClosed, isReviewable } from '../utils/workflow';
import { CompleteAssessmentButton } from './complete-assessment';
import { PortalLinkOnce } from './portal-link-once';

/** The analyst's moves: request changes, complete, and managing the vendor's portal link. */
export function AssessmentActions({ assessment }: { assessment: AssessmentDetail }) {
  const reviewable = isReviewable(assessment.status);
  const open = !isClosed(assessment.status);
  return (
    <Group gap="xs">
      {reviewable && <RequestChangesButton assessment={assessment} />}
      {reviewable && <CompleteAssessmentButton assessment={assessment} />}
      {open && !assessment.tokenRevoked && <RevokeLinkButton assessment={assessment} />}
      {open && <ReissueLinkButton assessment={assessment} />}
    </Group>
  );
}

function RequestChangesButton({ assessment }: { assessment: AssessmentDetail }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [comment, setComment] = useState('');
  const change = useChangeAssessmentStatus({ mutationConfig: { onSuccess: close } });
  return (
    <>
      <Button variant="light" color="orange" leftSection={<IconMessage2 size={16} aria-hidden />} onClick={open}>
        Request changes
      </Button>
      <Modal opened={opened} onClose={close} title={<Text fw={650}>Request changes from {assessment.vendorName}</Text>}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            The portal opens again for the vendor with your comment and the clarifications you asked for per answer.
          </Text>
          {change.isError && <ProblemAlert error={change.error} title="Could not request changes" />}
          <Textarea label="What should the vendor change?" withAsterisk autosize minRows={3} maxLength={2000} value={comment}
            onChange={(e) => setComment(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>Cancel</Button>
            <Button color="orange" disabled={comment.trim() === ''} loading={change.isPending}
              onClick={() => change.mutate({
                assessmentId: assessment.id,
                assessmentStatusChange: { status: AssessmentStatus.ChangesRequested, comment: comment.trim(), version: assessment.version },
              })}>
              Send back to the vendor
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function RevokeLinkButton({ assessment }: { assessment: AssessmentDetail }) {
  const [opened, { open, close }] = useDisclosure(false);
  const revoke = useRevokePortalToken({ mutationConfig: { onSuccess: close } });
  return (
    <>
      <Button variant="default" leftSection={<IconLinkOff size={16} aria-hidden />} onClick={open}>
        Revoke link
      </Button>
      <Modal opened={opened} onClose={close} title={<Text fw={650}>Revoke the portal link?</Text>}>
        <Stack gap="md">
          <Text size="sm">
            The vendor's link stops working at once. Their answers are kept; issue a new link to let them continue.
          </Text>
          {revoke.isError && <ProblemAlert error={revoke.error} title="Could not revoke the link" />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>Cancel</Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(assessment.id)}>
              Revoke
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function ReissueLinkButton({ assessment }: { assessment: AssessmentDetail }) {
  const [opened, { open, close }] = useDisclosure(false);
  const reissue = useReissuePortalToken();
  const onClose = () => {
    close();
    reissue.reset();
  };
  return (
    <>
      <Button variant="default" leftSection={<IconLink size={16} aria-hidden />} onClick={open}>
        New link
      </Button>
      <Modal opened={opened} onClose={onClose} size="lg" title={<Text fw={650}>Issue a new portal link</Text>}>
        {reissue.data ? (
          <Stack gap="md">
            <PortalLinkOnce portalUrl={reissue.data.portalUrl} portalToken={reissue.data.portalToken}
              tokenExpiresAt={reissue.data.tokenExpiresAt} respondentEmail={assessment.respondentEmail} />
            <Group justify="flex-end">
              <Button onClick={onClose}>Done</Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            <Alert color="orange" variant="light">
              The current link stops working; the vendor's answers are kept.
            </Alert>
            {reissue.isError && <ProblemAlert error={reissue.error} title="Could not issue a new link" />}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>Cancel</Button>
              <Button loading={reissue.isPending} onClick={() => reissue.mutate(assessment.id)}>
                Issue new link
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
