import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSend } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Controller, useForm } from 'react-hook-form';
import type { AssessmentInvitation } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import { applyServerFieldErrors } from '@/lib/form-errors';
import { useCreateAssessment } from '../api/create-assessment';
import { usePublishedTemplates } from '../api/get-published-templates';
import { sendDefaults, sendFormSchema, toAssessmentCreate, type SendFormValues } from '../utils/send-schema';
import { PortalLinkOnce } from './portal-link-once';

type SendQuestionnaireButtonProps = { vendorId: number; vendorName: string; defaultEmail?: string };

/** "Send questionnaire": pick a template, a due date and the respondent; then the one-time portal link. */
export function SendQuestionnaireButton({ vendorId, vendorName, defaultEmail }: SendQuestionnaireButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const create = useCreateAssessment();
  const onClose = () => {
    close();
    // Forget the token as soon as the dialog closes: it must not linger in memory or reappear.
    create.reset();
  };
  return (
    <>
      <Button leftSection={<IconSend size={16} aria-hidden />} onClick={open}>
        Send questionnaire
      </Button>
      <Modal opened={opened} onClose={onClose} size="lg" title={<Text fw={650}>Send a questionnaire to {vendorName}</Text>}>
        {create.data ? (
          <SentInvitation invitation={create.data} email={create.variables?.respondentEmail} onClose={onClose} />
        ) : (
          <SendForm vendorId={vendorId} defaultEmail={defaultEmail} create={create} onCancel={onClose} />
        )}
      </Modal>
    </>
  );
}

function SentInvitation({ invitation, email, onClose }: { invitation: AssessmentInvitation; email?: string; onClose: () => void }) {
  return (
    <Stack gap="md">
      <PortalLinkOnce portalUrl={invitation.portalUrl} portalToken={invitation.portalToken}
        tokenExpiresAt={invitation.tokenExpiresAt} respondentEmail={email} />
      <Group justify="flex-end">
        <Button variant="default" component={Link} to={`/assessments/${invitation.id}`}>
          Open the assessment
        </Button>
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}

type SendFormProps = {
  vendorId: number;
  defaultEmail?: string;
  create: ReturnType<typeof useCreateAssessment>;
  onCancel: () => void;
};

function SendForm({ vendorId, defaultEmail, create, onCancel }: SendFormProps) {
  const templates = usePublishedTemplates();
  const { control, register, handleSubmit, setError, formState: { errors } } = useForm<SendFormValues>({
    resolver: zodResolver(sendFormSchema),
    defaultValues: sendDefaults(defaultEmail),
  });
  const fieldErrors = create.error instanceof ApiError && (create.error.problem.errors?.length ?? 0) > 0;
  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) =>
        create.mutate(toAssessmentCreate(vendorId, values), {
          onError: (error) =>
            applyServerFieldErrors<SendFormValues>(error, setError, (path) =>
              path === 'templateId' || path === 'dueDate' || path === 'respondentEmail' ? path : undefined,
            ),
        }),
      )}
    >
      <Stack gap="md">
        {create.isError && !fieldErrors && <ProblemAlert error={create.error} title="Could not send the questionnaire" />}
        {templates.error && <ProblemAlert error={templates.error} title="Could not load the questionnaires" onRetry={() => templates.refetch()} />}
        <Controller
          control={control}
          name="templateId"
          render={({ field }) => (
            <Select
              label="Questionnaire"
              withAsterisk
              placeholder={templates.isPending ? 'Loading…' : 'Choose a questionnaire'}
              data={(templates.data ?? []).map((t) => ({
                value: String(t.id),
                label: `${t.name} (v${t.version}, ${t.questionCount} questions)`,
              }))}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={errors.templateId?.message}
              searchable
              comboboxProps={{ withinPortal: false }}
            />
          )}
        />
        <Group grow align="flex-start">
          <TextInput type="date" label="Due date" withAsterisk error={errors.dueDate?.message} {...register('dueDate')} />
          <TextInput type="email" label="Respondent email" withAsterisk autoComplete="off" maxLength={254}
            description="Who answers for the vendor" error={errors.respondentEmail?.message} {...register('respondentEmail')} />
        </Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Send
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
