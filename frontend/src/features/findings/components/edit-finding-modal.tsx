import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { FindingStatus, type Finding } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import { applyServerFieldErrors, isStaleVersion } from '@/lib/form-errors';
import { enumOptions } from '@/utils/enum-options';
import { toDateInputValue } from '@/utils/format';
import { useUpdateFinding } from '../api/update-finding';
import { findingDefaults, findingFormSchema, toFindingUpdate, type FindingFormValues } from '../utils/finding-schema';
import { findingStatusLabels } from '../utils/labels';

const statusOptions = enumOptions(FindingStatus, findingStatusLabels);
const formFields = ['status', 'owner', 'dueDate', 'riskAcceptedUntil', 'reason'] as const;

type EditFindingModalProps = {
  finding: Finding;
  onClose: () => void;
  onSaved: (saved: Finding) => void;
};

/** Owner, due date and status of one finding; accepting the risk asks for a reason and an expiry date. */
export function EditFindingModal({ finding, onClose, onSaved }: EditFindingModalProps) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<FindingFormValues>({
    resolver: zodResolver(findingFormSchema),
    defaultValues: findingDefaults(finding, toDateInputValue(new Date())),
  });
  const update = useUpdateFinding({
    mutationConfig: {
      onSuccess: onSaved,
      onError: (error) =>
        applyServerFieldErrors<FindingFormValues>(error, setError, (path) =>
          (formFields as readonly string[]).includes(path) ? (path as (typeof formFields)[number]) : undefined,
        ),
    },
  });
  const status = watch('status');
  const stale = isStaleVersion(update.error);
  const fieldErrors = update.error instanceof ApiError && (update.error.problem.errors?.length ?? 0) > 0;
  const wasClosed = finding.status === 'CLOSED';

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        <Text fw={650}>
          Finding{' '}
          <Text span ff="monospace" fw={700}>
            {finding.controlCode}
          </Text>{' '}
          {finding.controlName}
        </Text>
      }
    >
      <form
        noValidate
        onSubmit={handleSubmit((values) => update.mutate({ findingId: finding.id, findingUpdate: toFindingUpdate(values, finding.version) }))}
      >
        <Stack gap="md">
          {stale ? (
            <Alert color="orange" variant="light" title="Someone else changed this finding" role="alert">
              It was saved by someone else after you opened it, so your change was not saved. Close this form and open it
              again to see their version.
            </Alert>
          ) : (
            update.isError && !fieldErrors && <ProblemAlert error={update.error} title="Could not save the finding" />
          )}
          <Group grow align="flex-start">
            <Controller
              control={control}
              name="status"
              render={({ field }) => (
                <Select
                  label="Status"
                  withAsterisk
                  data={wasClosed ? statusOptions.filter((o) => o.value === 'CLOSED' || o.value === 'OPEN') : statusOptions}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  error={errors.status?.message}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: false }}
                />
              )}
            />
            <TextInput label="Due date" type="date" withAsterisk error={errors.dueDate?.message} {...register('dueDate')} />
          </Group>
          <TextInput
            label="Owner"
            description="Who answers for the remediation: a name or an email."
            maxLength={200}
            error={errors.owner?.message}
            {...register('owner')}
          />
          {status === 'RISK_ACCEPTED' && (
            <TextInput
              label="Risk accepted until"
              type="date"
              withAsterisk
              description="After this date the finding counts as open again."
              error={errors.riskAcceptedUntil?.message}
              {...register('riskAcceptedUntil')}
            />
          )}
          {(status === 'RISK_ACCEPTED' || status === 'CLOSED') && (
            <Textarea
              label={status === 'CLOSED' ? 'Why is it closed?' : 'Why is the risk accepted?'}
              withAsterisk={!wasClosed}
              autosize
              minRows={2}
              maxLength={2000}
              error={errors.reason?.message}
              {...register('reason')}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={stale}>
              Save finding
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
