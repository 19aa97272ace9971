import { Anchor, Group, Skeleton, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Assessment } from '@/api-client';
import { formatDate } from '@/utils/format';
import { AssessmentStatusBadge, OverdueBadge } from './assessment-status-badge';

type AssessmentsTableProps = {
  assessments: Assessment[] | undefined;
  /** The vendor page already names the vendor. */
  showVendor?: boolean;
  label: string;
};

export function AssessmentsTable({ assessments, showVendor = true, label }: AssessmentsTableProps) {
  return (
    <Table.ScrollContainer minWidth={showVendor ? 760 : 600}>
      <Table verticalSpacing="sm" aria-label={label} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Assessment</Table.Th>
            {showVendor && <Table.Th>Vendor</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Sent</Table.Th>
            <Table.Th>Submitted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessments === undefined
            ? [0, 1, 2].map((row) => (
                <Table.Tr key={row}>
                  <Table.Td colSpan={showVendor ? 6 : 5}>
                    <Skeleton height={18} />
                  </Table.Td>
                </Table.Tr>
              ))
            : assessments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/assessments/${a.id}`} fw={600} size="sm">
                      {a.templateName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      #{a.id} · {a.respondentEmail}
                    </Text>
                  </Table.Td>
                  {showVendor && (
                    <Table.Td>
                      <Anchor component={Link} to={`/vendors/${a.vendorId}`} size="sm">
                        {a.vendorName}
                      </Anchor>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <AssessmentStatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{formatDate(a.dueDate)}</Text>
                      <OverdueBadge status={a.status} dueDate={a.dueDate} />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(a.sentAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(a.submittedAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

