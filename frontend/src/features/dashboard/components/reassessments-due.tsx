import { Anchor, Group, Pagination, SegmentedControl, Skeleton, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ReassessmentState, type ReassessmentSummary } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useReassessments } from '../api/get-reassessments';
import { cadenceText, formatCount, formatDay, tierLabels } from '../utils/labels';
import { ReassessmentBadge } from './reassessment-badge';
import { SectionCard } from './section-card';

const SIZE = 8;

/** The reminders: vendors whose reassessment is overdue or due within the window, most overdue first. */
export function ReassessmentsDue({ summary }: { summary: ReassessmentSummary }) {
  const [due, setDue] = useState<ReassessmentState>(ReassessmentState.Overdue);
  const [page, setPage] = useState(1);
  const list = useReassessments({ params: { due, page: page - 1, size: SIZE } });

  return (
    <SectionCard
      id="reassessments-due"
      title="Reassessments due"
      hint="Last completed assessment plus the tier's cadence; never-assessed vendors are due from registration."
      actions={
        <SegmentedControl
          size="xs"
          value={due}
          onChange={(value) => {
            setDue(value as ReassessmentState);
            setPage(1);
          }}
          aria-label="Which reassessments"
          data={[
            { value: ReassessmentState.Overdue, label: `Overdue (${formatCount(summary.overdue)})` },
            { value: ReassessmentState.DueSoon, label: `Next ${summary.dueSoonDays} days (${formatCount(summary.dueSoon)})` },
          ]}
        />
      }
    >
      {list.error ? (
        <ProblemAlert error={list.error} title="Could not load the reassessments" onRetry={() => list.refetch()} />
      ) : !list.data ? (
        <Skeleton height={160} aria-label="Loading reassessments" />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {due === ReassessmentState.Overdue ? 'No reassessment is overdue.' : 'Nothing falls due in this window.'}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing={6} aria-labelledby="reassessments-due">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Vendor</Table.Th>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th>Last assessed</Table.Th>
                  <Table.Th>Due</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((r) => (
                  <Table.Tr key={r.vendorId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/vendors/${r.vendorId}`} size="sm" fw={600}>
                        {r.vendorName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {tierLabels[r.tier]}{' '}
                        <Text span size="xs" c="dimmed">
                          ({cadenceText(r.cadenceMonths)})
                        </Text>
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.lastAssessedOn ? formatDay(r.lastAssessedOn) : 'Never'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDay(r.dueOn)}
                        </Text>
                        <ReassessmentBadge state={r.state} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.data.totalPages > 1 && (
            <Group justify="center" mt="sm">
              <Pagination
                size="sm"
                total={Math.min(list.data.totalPages, 1000)}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({ 'aria-label': `${control} page` })}
              />
            </Group>
          )}
        </>
      )}
    </SectionCard>
  );
}
