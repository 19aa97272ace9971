import { Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Incident } from '@/api-client';
import { formatDate } from '@/utils/format';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges';

/** The incident list as stacked cards, for screens too narrow for the table. */
export function IncidentCards({ incidents }: { incidents: Incident[] | undefined }) {
  if (!incidents) {
    return (
      <Stack gap="xs" aria-hidden>
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} height={110} radius="md" />
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {incidents.map((incident) => (
        <li key={incident.id}>
          <Card withBorder padding="sm" radius="md" component={Link} to={`/incidents/${incident.id}`}>
            <Text fw={600} c="indigo.7">
              {incident.name}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {incident.threatActor ?? 'Threat actor unknown'}
            </Text>
            <Group justify="space-between" mt="xs" gap="xs">
              <Group gap={6}>
                <SeverityBadge severity={incident.severity} />
                <IncidentStatusBadge status={incident.status} />
              </Group>
              <Text size="xs" c="dimmed">
                First seen {formatDate(incident.firstSeen)}
              </Text>
            </Group>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
