import { Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Vendor } from '@/api-client';
import { formatRecordCount } from '@/utils/format';
import { categoryLabels } from '../utils/labels';
import { StatusBadge, TierBadge } from './vendor-badges';

/** The vendor list as stacked cards, for screens too narrow for the table. */
export function VendorCards({ vendors }: { vendors: Vendor[] | undefined }) {
  if (!vendors) {
    return (
      <Stack gap="xs" aria-hidden>
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} height={92} radius="md" />
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {vendors.map((vendor) => (
        <li key={vendor.id}>
          <Card withBorder padding="sm" radius="md" component={Link} to={`/vendors/${vendor.id}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} c="indigo.7" truncate>
                  {vendor.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {categoryLabels[vendor.category]}
                </Text>
              </Stack>
              <TierBadge tier={vendor.tier} />
            </Group>
            <Group justify="space-between" mt="xs">
              <StatusBadge status={vendor.status} />
              <Text size="sm">
                <Text span fw={600}>
                  {formatRecordCount(vendor.totalRecords)}
                </Text>{' '}
                records · {vendor.dataCategoryCount} {vendor.dataCategoryCount === 1 ? 'category' : 'categories'}
              </Text>
            </Group>
          </Card>
        </li>
      ))}
    </Stack>
  );
}

