import { Badge, Group, Loader, Pagination, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiTokenStatus, type ApiToken } from '@/api-client';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { formatDate, formatDateTime } from '@/utils/format';
import { useApiTokens } from '../api/get-api-tokens';
import { RevokeApiTokenButton } from './revoke-api-token-button';

const PAGE_SIZE = 50;
const statusColor: Record<ApiTokenStatus, string> = {
  [ApiTokenStatus.Active]: 'teal',
  [ApiTokenStatus.Expired]: 'gray',
  [ApiTokenStatus.Revoked]: 'red',
};
const filters = [
  { label: 'Active', value: ApiTokenStatus.Active },
  { label: 'Expired', value: ApiTokenStatus.Expired },
  { label: 'Revoked', value: ApiTokenStatus.Revoked },
  { label: 'All', value: 'ALL' },
];

export function ApiTokensList() {
  const [status, setStatus] = useState<string>(ApiTokenStatus.Active);
  const [page, setPage] = useState(0);
  const tokens = useApiTokens({
    params: { page, size: PAGE_SIZE, status: status === 'ALL' ? undefined : (status as ApiTokenStatus) },
  });

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Show tokens"
        data={filters}
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPage(0);
        }}
        style={{ alignSelf: 'flex-start' }}
      />
      {tokens.isPending && <Loader aria-label="Loading API tokens" />}
      {tokens.isError && <ProblemAlert error={tokens.error} title="Could not load API tokens" onRetry={tokens.refetch} />}
      {tokens.data && tokens.data.items.length === 0 && (
        <EmptyState icon={<IconKey />} title="No API tokens here">
          Integrations sign in with API tokens. Create one with the scopes it needs.
        </EmptyState>
      )}
      {tokens.data && tokens.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Token</Table.Th>
                <Table.Th scope="col">Scopes</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Last used</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.items.map((token) => (
                <TokenRow key={token.id} token={token} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {tokens.data && tokens.data.totalPages > 1 && (
        <Pagination
          total={tokens.data.totalPages}
          value={page + 1}
          onChange={(value) => setPage(value - 1)}
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
        />
      )}
    </Stack>
  );
}

function TokenRow({ token }: { token: ApiToken }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={500}>{token.name}</Text>
        <Text size="xs" c="dimmed">
          by {token.createdBy}, {formatDate(token.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text ff="monospace" size="sm">
          {token.prefix}…
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {token.scopes.map((scope) => (
            <Badge key={scope} variant="light" size="sm" tt="none">
              {scope}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Badge color={statusColor[token.status]} variant="light">
          {token.status.toLowerCase()}
        </Badge>
      </Table.Td>
      <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</Table.Td>
      <Table.Td>{formatDate(token.expiresAt)}</Table.Td>
      <Table.Td>{token.status !== ApiTokenStatus.Revoked && <RevokeApiTokenButton token={token} />}</Table.Td>
    </Table.Tr>
  );
}
