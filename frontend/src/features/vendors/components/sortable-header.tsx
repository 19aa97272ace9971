import { Center, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { VendorSort } from '@/api-client';

// The ascending keys; "-name" is the descending order of "name".
type SortKey = Exclude<`${VendorSort}`, `-${string}`>;

type SortableHeaderProps = {
  sortKey: SortKey;
  current: VendorSort;
  onSort: (sort: VendorSort) => void;
  children: ReactNode;
  align?: 'left' | 'right';
};

/** A column header that sorts by its key; a second click reverses the order. */
export function SortableHeader({ sortKey, current, onSort, children, align = 'left' }: SortableHeaderProps) {
  const ascending = (current as string) === sortKey;
  const descending = (current as string) === `-${sortKey}`;
  const Icon = ascending ? IconChevronUp : descending ? IconChevronDown : IconSelector;
  const next = (ascending ? `-${sortKey}` : sortKey) as VendorSort;

  return (
    <Table.Th aria-sort={ascending ? 'ascending' : descending ? 'descending' : 'none'} style={{ textAlign: align }}>
      <UnstyledButton onClick={() => onSort(next)} style={{ borderRadius: 4 }}>
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          <Text fw={600} fz="sm" component="span">
            {children}
          </Text>
          <Center c={ascending || descending ? 'indigo.7' : 'gray.6'}>
            <Icon size={14} stroke={2} aria-hidden />
          </Center>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
