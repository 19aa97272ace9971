import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Finding } from '@/api-client';
import { formatDate } from '@/utils/format';
import { FindingStatusBadge, SeverityBadge } from './finding-badges';

type FindingsTableProps = {
  findings: Finding[];
  onEdit?: (finding: Finding) => void;
  onRequest?: (finding: Finding) => void;
};

export function FindingsTable({ findings, onEdit, onRequest }: FindingsTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label="Findings" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Control</Table.Th>
            <Table.Th scope="col">Severity</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Owner</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            {(onEdit || onRequest) && (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <Text size="sm">
                  <Text span ff="monospace" fw={700}>
                    {f.controlCode}
                  </Text>{' '}
                  {f.title}
                </Text>
                <FindingNotes finding={f} />
              </Table.Td>
              <Table.Td>
                <SeverityBadge severity={f.severity} />
              </Table.Td>
              <Table.Td>
                <FindingStatusBadge status={f.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{f.owner ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={f.overdue ? 'red' : undefined} fw={f.overdue ? 600 : undefined}>
                  {formatDate(f.dueDate)}
                  {f.overdue && ' (overdue)'}
                </Text>
              </Table.Td>
              {(onEdit || onRequest) && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {onEdit && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => onEdit(f)}
                        aria-label={`Edit finding ${f.controlCode}`}
                      >
                        Edit
                      </Button>
                    )}
                    {onRequest && f.status !== 'CLOSED' && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => onRequest(f)}
                        aria-label={`Request remediation for ${f.controlCode}`}
                      >
                        Ask vendor
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FindingNotes({ finding: f }: { finding: Finding }) {
  const notes: string[] = [];
  if (f.status === 'RISK_ACCEPTED' && f.riskAcceptedUntil) {
    notes.push(`Accepted until ${formatDate(f.riskAcceptedUntil)}: ${f.riskAcceptanceReason ?? ''}`);
  }
  if (f.riskAcceptanceExpired && f.riskAcceptedUntil) {
    notes.push(`Risk acceptance expired ${formatDate(f.riskAcceptedUntil)}`);
  }
  if (f.remediationRequestedAt && !f.vendorRespondedAt) {
    notes.push(`Vendor asked on ${formatDate(f.remediationRequestedAt)}, no answer yet`);
  }
  if (f.vendorResponse) notes.push(`Vendor plan (by ${formatDate(f.vendorPlannedDate)}): ${f.vendorResponse}`);
  if (f.status === 'CLOSED' && f.closedReason) notes.push(`Closed: ${f.closedReason}`);
  if (notes.length === 0) return null;
  return (
    <Stack gap={0}>
      {notes.map((note) => (
        <Text key={note} size="xs" c="dimmed">
          {note}
        </Text>
      ))}
    </Stack>
  );
}
