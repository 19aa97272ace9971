import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ApiToken } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useRevokeApiToken } from '../api/revoke-api-token';

export function RevokeApiTokenButton({ token }: { token: ApiToken }) {
  const [opened, { open, close }] = useDisclosure(false);
  const revoke = useRevokeApiToken({
    mutationConfig: {
      onSuccess: () => {
        close();
        notifications.show({ color: 'teal', title: 'Token revoked', message: token.name });
      },
    },
  });
  return (
    <>
      <Button size="compact-sm" variant="subtle" color="red" onClick={open} aria-label={`Revoke ${token.name}`}>
        Revoke
      </Button>
      <Modal opened={opened} onClose={close} title={`Revoke “${token.name}”?`}>
        <Stack gap="md">
          <Text size="sm">
            Requests with this token ({token.prefix}…) fail from now on. This cannot be undone; create a new token to
            replace it.
          </Text>
          {revoke.isError && <ProblemAlert error={revoke.error} title="Could not revoke the token" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate({ apiTokenId: token.id })}>
              Revoke token
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
