import { Badge, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { WebhookDeliveryStatus } from '@/api-client';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useWebhookDeliveries } from '../api/get-webhook-deliveries';

const statusColor: Record<WebhookDeliveryStatus, string> = {
  [WebhookDeliveryStatus.Pending]: 'gray',
  [WebhookDeliveryStatus.Failed]: 'orange',
  [WebhookDeliveryStatus.Delivered]: 'green',
  [WebhookDeliveryStatus.Dead]: 'red',
};

const when = (date?: Date) => (date ? date.toLocaleString() : '—');

/** The delivery log of one subscription, newest first, refreshed while retries run. */
export function WebhookDeliveries({ webhookId }: { webhookId: number }) {
  const [page, setPage] = useState(0);
  const deliveries = useWebhookDeliveries({ params: { webhookId, page, size: 20 } });

  if (deliveries.isError) return <ProblemAlert error={deliveries.error} onRetry={() => deliveries.refetch()} />;
  if (!deliveries.data) return <Text size="sm">Loading deliveries…</Text>;
  if (deliveries.data.items.length === 0) {
    return (
      <EmptyState icon={<IconSend size={24} />} title="No deliveries yet">
        Events and test pings sent to this URL appear here.
      </EmptyState>
    );
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label="Deliveries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Delivery</Table.Th>
              <Table.Th>Event</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Attempts</Table.Th>
              <Table.Th>Last answer</Table.Th>
              <Table.Th>Next attempt</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.data.items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  #{d.id}
                  <Text size="xs" c="dimmed">
                    {when(d.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>{d.eventType}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor[d.status]} variant="light">
                    {d.status}
                  </Badge>
                </Table.Td>
                <Table.Td>{d.attempts}</Table.Td>
                <Table.Td>{d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : '—')}</Table.Td>
                <Table.Td>{when(d.nextAttemptAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {deliveries.data.totalPages > 1 && (
        <Group justify="center">
          <Pagination
            total={deliveries.data.totalPages}
            value={page + 1}
            onChange={(p) => setPage(p - 1)}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          />
        </Group>
      )}
    </Stack>
  );
}
