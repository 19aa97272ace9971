import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RiskiestVendor } from '@/api-client';
import { formatCompact, formatScore, tierLabels } from '../utils/labels';
import { GradeChip } from './grade-chip';
import { Table } from './plain-table';
import { SectionCard } from './section-card';

/** The ten lowest scores, each with the one missing control that would raise it most. */
export function RiskiestVendors({ vendors }: { vendors: RiskiestVendor[] }) {
  return (
    <SectionCard
      id="riskiest-vendors"
      title="Top 10 riskiest vendors"
      hint="Lowest scores first, with the control that would help each one most."
    >
      {vendors.length === 0 ? (
        <Text size="sm" c="dimmed">
          No vendor has been scored yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} aria-labelledby="riskiest-vendors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Vendor</Table.Th>
                <Table.Th>Tier</Table.Th>
                <Table.Th>Score</Table.Th>
                <Table.Th>Records</Table.Th>
                <Table.Th>Do this first</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vendors.map((v) => (
                <Table.Tr key={v.vendorId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/vendors/${v.vendorId}`} size="sm" fw={600}>
                      {v.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{tierLabels[v.tier]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={700}>
                        {formatScore(v.score)}
                      </Text>
                      <GradeChip grade={v.grade} size="xs" />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatCompact(v.totalRecords)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {v.bestControl ? (
                      <Text size="sm">
                        Meet{' '}
                        <Text span ff="monospace" fw={700}>
                          {v.bestControl.controlCode}
                        </Text>{' '}
                        {v.bestControl.controlName} → {formatScore(v.bestControl.scoreIfMet)} ({v.bestControl.gradeIfMet})
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        No missing control costs points.
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
