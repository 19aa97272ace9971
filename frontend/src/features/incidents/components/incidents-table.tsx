import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Incident } from '@/api-client';
import { formatDate } from '@/utils/format';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges';

export function IncidentsTable({ incidents }: { incidents: Incident[] | undefined }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover striped="even" stripedColor="gray.0">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Incident</Table.Th>
            <Table.Th>Severity</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>First seen</Table.Th>
            <Table.Th>Last seen</Table.Th>
            <Table.Th>Reported</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {incidents
            ? incidents.map((incident) => (
                <Table.Tr key={incident.id}>
                  <Table.Td maw={420}>
                    <Anchor component={Link} to={`/incidents/${incident.id}`} fw={600} size="sm">
                      {incident.name}
                    </Anchor>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {incident.threatActor ?? 'Threat actor unknown'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SeverityBadge severity={incident.severity} />
                  </Table.Td>
                  <Table.Td>
                    <IncidentStatusBadge status={incident.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(incident.firstSeen)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{incident.lastSeen ? formatDate(incident.lastSeen) : 'Ongoing'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(incident.publishedOn)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))
            : Array.from({ length: 6 }, (_, i) => (
                <Table.Tr key={i} aria-hidden>
                  {Array.from({ length: 6 }, (_, j) => (
                    <Table.Td key={j}>
                      <Skeleton height={14} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
