import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiTokenScope } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { applyServerFieldErrors } from '@/lib/form-errors';
import {
  apiTokenFormDefaults,
  apiTokenFormSchema,
  scopeLabels,
  type ApiTokenFormValues,
} from '../utils/api-token-schema';

type CreateApiTokenFormProps = {
  onSubmit: (values: ApiTokenFormValues) => void;
  onCancel: () => void;
  isSubmitting: boolean;
  error: unknown;
};

const fields = ['name', 'scopes', 'expiresInDays'] as const;

export function CreateApiTokenForm({ onSubmit, onCancel, isSubmitting, error }: CreateApiTokenFormProps) {
  const form = useForm<ApiTokenFormValues>({
    resolver: zodResolver(apiTokenFormSchema),
    defaultValues: apiTokenFormDefaults,
  });
  const { register, handleSubmit, control, setError, formState } = form;

  useEffect(() => {
    applyServerFieldErrors(error, setError, (path) => fields.find((f) => path === f || path.startsWith(`${f}.`)));
  }, [error, setError]);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Stack gap="md">
        <TextInput
          label="Name"
          description="What will use the token, e.g. SIEM vendor sync"
          withAsterisk
          maxLength={100}
          {...register('name')}
          error={formState.errors.name?.message}
        />
        <Controller
          control={control}
          name="scopes"
          render={({ field, fieldState }) => (
            <Checkbox.Group
              label="Scopes"
              description="The token can do only this. Write scopes do not include reading."
              withAsterisk
              value={field.value}
              onChange={(values) => field.onChange(values as ApiTokenScope[])}
              error={fieldState.error?.message}
            >
              <Stack gap={6} mt="xs">
                {Object.values(ApiTokenScope).map((scope) => (
                  <Checkbox key={scope} value={scope} label={`${scope} — ${scopeLabels[scope]}`} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        <Controller
          control={control}
          name="expiresInDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label="Expires after (days)"
              withAsterisk
              min={1}
              max={365}
              allowDecimal={false}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        {error != null && !(formState.errors.name || formState.errors.scopes || formState.errors.expiresInDays) && (
          <ProblemAlert error={error} title="Could not create the token" />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
