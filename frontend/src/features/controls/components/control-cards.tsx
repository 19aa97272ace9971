import { Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Control } from '@/api-client';
import { domainLabels } from '../utils/labels';
import { FrameworkBadges, WeightMeter } from './control-badges';

/** The catalogue as stacked cards, for screens too narrow for the table. */
export function ControlCards({ controls, hrefFor }: { controls: Control[] | undefined; hrefFor: (code: string) => string }) {
  if (!controls) {
    return (
      <Stack gap="xs" aria-hidden>
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} height={96} radius="md" />
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {controls.map((control) => (
        <li key={control.code}>
          <Card withBorder padding="sm" radius="md" component={Link} to={hrefFor(control.code)}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} c="indigo.7">
                  {control.name}
                </Text>
                <Text size="xs" c="dimmed">
                  <Text span ff="monospace" fw={600} c="dark.6">
                    {control.code}
                  </Text>{' '}
                  · {domainLabels[control.domain]}
                </Text>
              </Stack>
              <WeightMeter weight={control.baseWeight} />
            </Group>
            <Group mt="xs" gap="xs">
              <FrameworkBadges mappings={control.mappings} />
              {control.techniques.length > 0 && (
                <Text size="xs" c="dimmed">
                  {control.techniques.length} ATT&amp;CK {control.techniques.length === 1 ? 'technique' : 'techniques'}
                </Text>
              )}
            </Group>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
