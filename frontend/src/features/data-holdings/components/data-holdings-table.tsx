import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import type { DataCategory, DataHolding } from '@/api-client';
import { formatExactCount, formatRecordCount } from '@/utils/format';
import { accessTypeDescriptions, accessTypeLabels } from '../utils/labels';

type DataHoldingsTableProps = {
  holdings: DataHolding[];
  categories: Map<string, DataCategory>;
};

// Weights run 1-10; the colour is a reading aid, the number is always shown.
function weightColor(weight: number) {
  if (weight >= 7) return 'red';
  if (weight >= 4) return 'orange';
  return 'gray';
}

export function DataHoldingsTable({ holdings, categories }: DataHoldingsTableProps) {
  // Most sensitive first: that is what a reviewer looks for.
  const rows = [...holdings].sort(
    (a, b) =>
      (categories.get(b.dataCategory)?.sensitivityWeight ?? 0) - (categories.get(a.dataCategory)?.sensitivityWeight ?? 0) ||
      b.recordCount - a.recordCount,
  );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Data category</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Sensitivity</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Records</Table.Th>
            <Table.Th>Access</Table.Th>
            <Table.Th>Regions</Table.Th>
            <Table.Th>Vulnerable subjects</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((holding) => {
            const category = categories.get(holding.dataCategory);
            const weight = category?.sensitivityWeight;
            return (
              <Table.Tr key={holding.dataCategory}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {category?.label ?? holding.dataCategory}
                  </Text>
                  {category && (
                    <Text size="xs" c="dimmed">
                      {category.enisaClass}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {weight !== undefined && (
                    <Tooltip label={category?.description} multiline w={260} disabled={!category?.description}>
                      <Badge
                        variant="light"
                        color={weightColor(weight)}
                        c={`${weightColor(weight)}.9`}
                        aria-label={`Sensitivity weight ${weight} of 10`}
                      >
                        {weight.toFixed(1)}
                      </Badge>
                    </Tooltip>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                  <Tooltip label={`${formatExactCount(holding.recordCount)} records`}>
                    <Text size="sm" fw={500} component="span">
                      {formatRecordCount(holding.recordCount)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{accessTypeLabels[holding.accessType]}</Text>
                  <Text size="xs" c="dimmed">
                    {accessTypeDescriptions[holding.accessType]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {holding.regions && holding.regions.size > 0 ? (
                      [...holding.regions].map((region) => (
                        <Badge key={region} variant="outline" color="gray" c="dark.6" size="sm" radius="sm">
                          {region}
                        </Badge>
                      ))
                    ) : (
                      <Text size="sm" c="dimmed">
                        Not recorded
                      </Text>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {holding.vulnerableSubjects ? (
                    <Badge variant="light" color="grape" c="grape.9">
                      Yes
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      No
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
