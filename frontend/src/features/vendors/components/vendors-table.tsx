import { Anchor, Skeleton, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { Vendor, VendorSort } from '@/api-client';
import { formatDate, formatExactCount, formatRecordCount } from '@/utils/format';
import { categoryLabels } from '../utils/labels';
import { SortableHeader } from './sortable-header';
import { StatusBadge, TierBadge } from './vendor-badges';

type VendorsTableProps = {
  vendors: Vendor[] | undefined;
  sort: VendorSort;
  onSort: (sort: VendorSort) => void;
  loadingRows?: number;
};

export function VendorsTable({ vendors, sort, onSort, loadingRows = 8 }: VendorsTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover striped="even" stripedColor="gray.0">
        <Table.Thead>
          <Table.Tr>
            <SortableHeader sortKey="name" current={sort} onSort={onSort}>
              Vendor
            </SortableHeader>
            <SortableHeader sortKey="category" current={sort} onSort={onSort}>
              Category
            </SortableHeader>
            <SortableHeader sortKey="tier" current={sort} onSort={onSort}>
              Tier
            </SortableHeader>
            <Table.Th>Status</Table.Th>
            <SortableHeader sortKey="totalRecords" current={sort} onSort={onSort} align="right">
              Records
            </SortableHeader>
            <Table.Th style={{ textAlign: 'right' }}>Data categories</Table.Th>
            <SortableHeader sortKey="nextReviewDate" current={sort} onSort={onSort}>
              Next review
            </SortableHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {vendors
            ? vendors.map((vendor) => <VendorRow key={vendor.id} vendor={vendor} />)
            : Array.from({ length: loadingRows }, (_, i) => <SkeletonRow key={i} />)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function VendorRow({ vendor }: { vendor: Vendor }) {
  return (
    <Table.Tr>
      <Table.Td maw={280}>
        <Anchor component={Link} to={`/vendors/${vendor.id}`} fw={600} size="sm">
          {vendor.name}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {vendor.website.replace(/^https?:\/\//, '')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{categoryLabels[vendor.category]}</Text>
      </Table.Td>
      <Table.Td>
        <TierBadge tier={vendor.tier} />
      </Table.Td>
      <Table.Td>
        <StatusBadge status={vendor.status} />
      </Table.Td>
      <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        <Tooltip label={`${formatExactCount(vendor.totalRecords)} records`} openDelay={300}>
          <Text size="sm" fw={500} component="span">
            {formatRecordCount(vendor.totalRecords)}
          </Text>
        </Tooltip>
      </Table.Td>
      <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        <Text size="sm">{vendor.dataCategoryCount}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(vendor.nextReviewDate)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

function SkeletonRow() {
  return (
    <Table.Tr aria-hidden>
      {[180, 110, 64, 72, 48, 32, 90].map((width, i) => (
        <Table.Td key={i}>
          <Skeleton height={14} width={width} ml={i >= 4 && i <= 5 ? 'auto' : undefined} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
