import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TierGrades } from '@/api-client';
import { formatCount, grades, tierLabels } from '../utils/labels';
import { GradeChip } from './grade-chip';
import { Table } from './plain-table';
import { SectionCard } from './section-card';

/** Vendors by tier (rows) and grade (columns); a tier's name opens the vendor list filtered to it. */
export function GradesByTier({ tiers }: { tiers: TierGrades[] }) {
  return (
    <SectionCard id="grades-by-tier" title="Vendors by tier and grade" hint="How many vendors of each tier have each grade.">
      <Table.ScrollContainer minWidth={360}>
        <Table verticalSpacing={6} aria-labelledby="grades-by-tier" ta="right">
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="left">Tier</Table.Th>
              {grades.map((grade) => (
                <Table.Th key={grade} ta="right">
                  <GradeChip grade={grade} size="xs" />
                </Table.Th>
              ))}
              <Table.Th ta="right">Not scored</Table.Th>
              <Table.Th ta="right">All</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tiers.map((tier) => {
              const count = (grade?: string) => tier.grades.find((g) => g.grade === grade)?.count ?? 0;
              return (
                <Table.Tr key={tier.tier}>
                  <Table.Th scope="row" ta="left">
                    <Anchor component={Link} to={`/vendors?tier=${tier.tier}`} size="sm" fw={600}>
                      {tierLabels[tier.tier]}
                    </Anchor>
                  </Table.Th>
                  {grades.map((grade) => (
                    <Table.Td key={grade}>
                      <Text size="sm" c={count(grade) ? undefined : 'dimmed'}>
                        {formatCount(count(grade))}
                      </Text>
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatCount(count(undefined))}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ fontWeight: 700 }}>{formatCount(tier.vendorCount)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
