import { Alert, Button, Checkbox, Code, CopyButton, NumberInput, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { WebhookEventType, type WebhookSubscription } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useCreateWebhook } from '../api/create-webhook';

const eventLabels: Record<WebhookEventType, string> = {
  [WebhookEventType.VendorScoreChanged]: 'Vendor score changed',
  [WebhookEventType.AssessmentSubmitted]: 'Assessment submitted',
  [WebhookEventType.IncidentPublished]: 'Incident published',
  [WebhookEventType.FindingOverdue]: 'Finding overdue',
};

const schema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'Enter the URL to POST events to')
    .max(2000, 'At most 2000 characters')
    .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/, 'An http or https URL'),
  description: z.string().trim().max(200, 'At most 200 characters'),
  eventTypes: z.array(z.enum(WebhookEventType)).min(1, 'Choose at least one event'),
  minScoreDelta: z.number().min(0).max(100),
});

type FormValues = z.infer<typeof schema>;

/** Subscribes a URL; the signing secret is shown once, right after creation. */
export function CreateWebhookForm() {
  const creation = useCreateWebhook();
  const form = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: { url: '', description: '', eventTypes: [WebhookEventType.VendorScoreChanged], minScoreDelta: 5 },
  });
  const created: WebhookSubscription | undefined = creation.data;

  const submit = form.handleSubmit((values) =>
    creation.mutate(
      { ...values, eventTypes: new Set(values.eventTypes), description: values.description || undefined },
      { onSuccess: () => form.reset() },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="New webhook">
      <Stack gap="sm">
        <TextInput
          label="URL"
          placeholder="https://hooks.example.com/tollgate"
          required
          {...form.register('url')}
          error={form.formState.errors.url?.message}
        />
        <TextInput label="Description" {...form.register('description')} error={form.formState.errors.description?.message} />
        <Controller
          control={form.control}
          name="eventTypes"
          render={({ field, fieldState }) => (
            <Checkbox.Group label="Events" required value={field.value} onChange={field.onChange} error={fieldState.error?.message}>
              <Stack gap={6} mt={6}>
                {Object.values(WebhookEventType).map((type) => (
                  <Checkbox key={type} value={type} label={eventLabels[type]} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        <Controller
          control={form.control}
          name="minScoreDelta"
          render={({ field, fieldState }) => (
            <NumberInput
              label="Smallest score change to report (points)"
              description="A grade change is always reported."
              min={0}
              max={100}
              step={0.5}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
              error={fieldState.error?.message}
            />
          )}
        />
        {creation.isError && <ProblemAlert error={creation.error} title="Could not create the webhook" />}
        {created?.secret && (
          <Alert color="green" title="Webhook created: copy its signing secret now" role="status">
            <Stack gap="xs">
              <Code block aria-label="Signing secret">
                {created.secret}
              </Code>
              <CopyButton value={created.secret}>
                {({ copied, copy }) => (
                  <Button size="compact-sm" variant="light" onClick={copy}>
                    {copied ? 'Copied' : 'Copy secret'}
                  </Button>
                )}
              </CopyButton>
              It is shown only this once. Receivers check each request's Tollgate-Signature header with it.
            </Stack>
          </Alert>
        )}
        <Button type="submit" loading={creation.isPending} style={{ alignSelf: 'flex-start' }}>
          Create webhook
        </Button>
      </Stack>
    </form>
  );
}
