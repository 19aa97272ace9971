import { Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type SectionCardProps = { id: string; title: string; hint?: ReactNode; actions?: ReactNode; children: ReactNode };

/** A titled dashboard panel; the title labels the region for screen readers. */
export function SectionCard({ id, title, hint, actions, children }: SectionCardProps) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={id} h="100%">
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <div>
          <Title order={2} fz="md" id={id}>
            {title}
          </Title>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
