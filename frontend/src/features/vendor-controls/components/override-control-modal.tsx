import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ControlStatus, EvidenceQuality, type VendorControl } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import { applyServerFieldErrors, isStaleVersion } from '@/lib/form-errors';
import { controlStatusLabels, evidenceLabels } from '@/utils/control-status-labels';
import { enumOptions } from '@/utils/enum-options';
import { useOverrideVendorControl } from '../api/override-vendor-control';
import {
  needsEvidence,
  overrideDefaults,
  overrideFormSchema,
  toOverride,
  type OverrideFormInput,
  type OverrideFormValues,
} from '../utils/override-schema';

const statusOptions = enumOptions(ControlStatus, controlStatusLabels);
const evidenceOptions = enumOptions(EvidenceQuality, evidenceLabels);

type OverrideControlModalProps = {
  vendorId: number;
  control: VendorControl;
  onClose: () => void;
  onSaved: (saved: VendorControl) => void;
  /** Refetches the vendor's controls after a stale-version refusal; the modal restarts from the result. */
  onReload: () => Promise<VendorControl | undefined>;
};

export function OverrideControlModal({ vendorId, control, onClose, onSaved, onReload }: OverrideControlModalProps) {
  // The form edits the control as it was when opened; only "Reload" after a 409 replaces it.
  const [base, setBase] = useState(control);
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        <Text fw={650}>
          Override{' '}
          <Text span ff="monospace" fw={700}>
            {base.controlCode}
          </Text>{' '}
          {base.controlName}
        </Text>
      }
    >
      <OverrideForm
        key={base.version}
        vendorId={vendorId}
        control={base}
        onCancel={onClose}
        onSaved={onSaved}
        onReload={async () => {
          const latest = await onReload();
          if (latest) setBase(latest);
        }}
      />
    </Modal>
  );
}

type OverrideFormProps = {
  vendorId: number;
  control: VendorControl;
  onCancel: () => void;
  onSaved: (saved: VendorControl) => void;
  onReload: () => Promise<void>;
};

function OverrideForm({ vendorId, control, onCancel, onSaved, onReload }: OverrideFormProps) {
  const {
    control: formControl,
    register,
    handleSubmit,
    setError,
    watch,
    getValues,
    formState: { errors },
  } = useForm<OverrideFormInput, unknown, OverrideFormValues>({
    resolver: zodResolver(overrideFormSchema),
    defaultValues: overrideDefaults(control),
  });
  const override = useOverrideVendorControl({
    mutationConfig: {
      onSuccess: onSaved,
      onError: (error) =>
        applyServerFieldErrors<OverrideFormInput>(error, setError, (path) =>
          path === 'status' || path === 'evidence' || path === 'reason' || path === 'expiresOn' ? path : undefined,
        ),
    },
  });
  const [reloading, setReloading] = useState(false);
  const status = watch('status');
  const stale = isStaleVersion(override.error);
  const fieldErrors = override.error instanceof ApiError && (override.error.problem.errors?.length ?? 0) > 0;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) =>
        override.mutate({ vendorId, controlId: control.controlCode, vendorControlOverride: toOverride(values, control.version) }),
      )}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The override applies until the last day you give below, or without one until it is changed. A later completed
          assessment supersedes it, unless the analyst completing that assessment keeps it. The score is recomputed
          within seconds.
        </Text>
        {stale ? (
          <Alert color="orange" variant="light" title="Someone else changed this control" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                The status of {control.controlCode} was saved by someone else after you opened this form, so your override
                was not saved. Reload to see their version and start again.
              </Text>
              <Button
                size="compact-sm"
                color="orange"
                loading={reloading}
                onClick={async () => {
                  setReloading(true);
                  try {
                    await onReload();
                  } finally {
                    setReloading(false);
                  }
                }}
              >
                Reload latest
              </Button>
            </Stack>
          </Alert>
        ) : (
          override.isError && !fieldErrors && <ProblemAlert error={override.error} title="Could not save the override" />
        )}
        <Group grow align="flex-start">
          <Controller
            control={formControl}
            name="status"
            render={({ field }) => (
              <Select
                label="Status"
                withAsterisk
                data={statusOptions}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                error={errors.status?.message}
                allowDeselect={false}
                comboboxProps={{ withinPortal: false }}
              />
            )}
          />
          <Controller
            control={formControl}
            name="evidence"
            render={({ field }) => (
              <Select
                label="Evidence"
                withAsterisk={needsEvidence(status)}
                description={needsEvidence(status) ? undefined : 'Only for Met or Partial'}
                placeholder={needsEvidence(status) ? 'How is it backed?' : undefined}
                disabled={!needsEvidence(status)}
                data={evidenceOptions}
                value={needsEvidence(status) ? field.value : null}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                error={errors.evidence?.message}
                comboboxProps={{ withinPortal: false }}
              />
            )}
          />
        </Group>
        <Textarea
          label="Reason"
          withAsterisk
          description="Kept with the status and shown to everyone who reads it."
          placeholder="e.g. Screen share on 12 Nov showed users can self-authorise connected apps."
          autosize
          minRows={3}
          maxLength={1000}
          error={errors.reason?.message}
          {...register('reason')}
        />
        <TextInput
          label="Applies until"
          description="Optional. The last day the override applies; after it, the status recorded beneath it holds again (unknown if none)."
          type="date"
          min={getValues('today')}
          error={errors.expiresOn?.message}
          {...register('expiresOn')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={override.isPending} disabled={stale}>
            Save override
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
