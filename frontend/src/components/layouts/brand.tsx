import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'react-router';

export function Brand() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="Tollgate home">
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size={30} radius="md" variant="filled" aria-hidden>
          <IconShieldCheck size={20} stroke={1.8} />
        </ThemeIcon>
        <Text fw={700} fz="lg" lh={1}>
          Tollgate
        </Text>
      </Group>
    </UnstyledButton>
  );
}
