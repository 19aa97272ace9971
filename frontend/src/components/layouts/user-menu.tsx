import { Avatar, Badge, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { primaryRole, useCurrentUser, useLogout } from '@/lib/auth';

const roleLabels = { ADMIN: 'Admin', ANALYST: 'Analyst', VIEWER: 'Viewer' } as const;

export function UserMenu() {
  const { data: user, isPending } = useCurrentUser();
  const signOut = useLogout();
  const [signingOut, setSigningOut] = useState(false);

  const role = user && primaryRole(user);
  return (
    <Group gap="sm" wrap="nowrap">
      {isPending ? (
        <Skeleton height={28} width={120} />
      ) : (
        user && (
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} color="indigo" radius="xl" aria-hidden visibleFrom="xs">
              {user.username.slice(0, 2).toUpperCase()}
            </Avatar>
            <Stack gap={0}>
              <Text size="sm" fw={600} lh={1.2} truncate maw={140}>
                {user.username}
              </Text>
              {role && (
                <Badge size="xs" variant="light" color="indigo" c="indigo.9" aria-label={`Role: ${roleLabels[role]}`}>
                  {roleLabels[role]}
                </Badge>
              )}
            </Stack>
          </Group>
        )
      )}
      <Button
        variant="subtle"
        color="gray"
        c="dark.6"
        size="compact-sm"
        leftSection={<IconLogout size={16} aria-hidden />}
        loading={signingOut}
        onClick={() => {
          setSigningOut(true);
          void signOut();
        }}
      >
        Log out
      </Button>
    </Group>
  );
}
