import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Vendor } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import { getVendorQueryOptions } from '../api/get-vendor';
import { useUpdateVendor } from '../api/update-vendor';
import { vendorToFormInput } from '../utils/vendor-schema';
import { VendorForm } from './vendor-form';

/**
 * Edits the vendor as it was when the page opened. A background refetch never resets the form;
 * only the user's "Reload" after a stale-version refusal does.
 */
export function UpdateVendor({ vendor }: { vendor: Vendor }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(vendor);
  const [latest, setLatest] = useState<Vendor | null>(null);

  const update = useUpdateVendor({
    mutationConfig: {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', title: 'Changes saved', message: saved.name });
        navigate(`/vendors/${saved.id}`);
      },
      onError: async (error) => {
        if (!(error instanceof ApiError) || (error.status !== 409 && error.status !== 412)) return;
        // 409 also means "duplicate name"; only a newer version on the server means the edit is stale.
        const current = await queryClient.fetchQuery({ ...getVendorQueryOptions(base.id), staleTime: 0 });
        if (error.status === 412 || current.version !== base.version) setLatest(current);
      },
    },
  });

  const reload = () => {
    if (latest) setBase(latest);
    setLatest(null);
    update.reset();
  };

  const hasFieldErrors = update.error instanceof ApiError && (update.error.problem.errors?.length ?? 0) > 0;
  const banner = latest ? (
    <Alert color="orange" variant="light" title="Someone else changed this vendor" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {latest.name} was saved by someone else after you opened this form, so your changes were not saved. Reload to
          start again from their version; your edits on this page will be discarded.
        </Text>
        <Button size="compact-sm" color="orange" onClick={reload}>
          Reload latest version
        </Button>
      </Stack>
    </Alert>
  ) : (
    update.isError && !hasFieldErrors && <ProblemAlert error={update.error} title="Could not save the changes" />
  );

  return (
    <VendorForm
      // A new base (after Reload) starts a fresh form with the server's values.
      key={base.version}
      defaultValues={vendorToFormInput(base)}
      initialPlatforms={base.platforms}
      vendorId={base.id}
      submitLabel="Save changes"
      onSubmit={(fields) => update.mutate({ vendorId: base.id, vendorUpdate: { ...fields, version: base.version } })}
      onCancel={() => navigate(`/vendors/${base.id}`)}
      isSubmitting={update.isPending}
      error={update.error}
      banner={banner}
    />
  );
}
