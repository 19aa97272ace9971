import { Group, Progress, Stack, Text } from '@mantine/core';
import type { CategoryRecords } from '@/api-client';
import { formatCompact, formatCount } from '../utils/labels';
import { SectionCard } from './section-card';

type RecordsByCategoryProps = { categories: CategoryRecords[]; labels: Record<string, string> };

/** Records held by third parties per data category, largest first. */
export function RecordsByCategory({ categories, labels }: RecordsByCategoryProps) {
  const largest = Math.max(1, ...categories.map((c) => c.totalRecords));
  return (
    <SectionCard id="records-by-category" title="Records held by third parties" hint="Summed over vendors, per data category.">
      {categories.length === 0 ? (
        <Text size="sm" c="dimmed">
          No vendor holds personal data yet.
        </Text>
      ) : (
        <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="records-by-category">
          {categories.map((c) => (
            <li key={c.dataCategory}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" truncate>
                  {labels[c.dataCategory] ?? c.dataCategory}
                </Text>
                <Text size="sm" fw={700} title={formatCount(c.totalRecords)} style={{ whiteSpace: 'nowrap' }}>
                  {formatCompact(c.totalRecords)}{' '}
                  <Text span size="xs" c="dimmed" fw={400}>
                    · {formatCount(c.vendorCount)} vendor{c.vendorCount === 1 ? '' : 's'}
                  </Text>
                </Text>
              </Group>
              <Progress value={(c.totalRecords / largest) * 100} size="sm" color="indigo.7" aria-hidden mt={2} />
            </li>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
