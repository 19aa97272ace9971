import { Accordion, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconWebhook } from '@tabler/icons-react';
import type { WebhookSubscription } from '@/api-client';
import { EmptyState } from '@/components/empty-state';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useWebhooks } from '../api/get-webhooks';
import { useTestWebhook } from '../api/test-webhook';
import { CreateWebhookForm } from './create-webhook-form';
import { WebhookDeliveries } from './webhook-deliveries';

function WebhookActions({ webhook }: { webhook: WebhookSubscription }) {
  const test = useTestWebhook();
  const removal = useDeleteWebhook();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button size="xs" variant="light" loading={test.isPending} disabled={!webhook.active}
          onClick={() => test.mutate({ webhookId: webhook.id })}>
          Send test ping
        </Button>
        <Button size="xs" variant="outline" color="red" loading={removal.isPending}
          onClick={() => removal.mutate({ webhookId: webhook.id })}>
          Delete
        </Button>
      </Group>
      {test.isError && <ProblemAlert error={test.error} title="Could not queue the ping" />}
      {removal.isError && <ProblemAlert error={removal.error} title="Could not delete" />}
    </Stack>
  );
}

/** Webhook subscriptions with their delivery logs, and the form that adds one. */
export function WebhooksPanel() {
  const webhooks = useWebhooks({ params: { size: 100 } });

  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <Title order={2} fz="lg" mb="sm">
          Add a webhook
        </Title>
        <CreateWebhookForm />
      </Card>
      {webhooks.isError && <ProblemAlert error={webhooks.error} onRetry={() => webhooks.refetch()} />}
      {webhooks.data && webhooks.data.items.length === 0 && (
        <EmptyState icon={<IconWebhook size={24} />} title="No webhooks yet">
          Subscribe a URL to be told when scores move, assessments arrive or campaigns go live.
        </EmptyState>
      )}
      {webhooks.data && webhooks.data.items.length > 0 && (
        <Accordion variant="separated" aria-label="Webhooks">
          {webhooks.data.items.map((webhook) => (
            <Accordion.Item key={webhook.id} value={String(webhook.id)}>
              <Accordion.Control>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {webhook.url}
                  </Text>
                  {!webhook.active && <Badge color="gray">inactive</Badge>}
                </Group>
                <Text size="sm" c="dimmed">
                  {[webhook.description, webhook.eventTypes.join(', ')].filter(Boolean).join(' · ')}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <WebhookActions webhook={webhook} />
                  <WebhookDeliveries webhookId={webhook.id} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
