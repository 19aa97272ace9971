import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import { useCreateVendor } from '../api/create-vendor';
import { newVendorDefaults } from '../utils/vendor-schema';
import { VendorForm } from './vendor-form';

export function CreateVendor() {
  const navigate = useNavigate();
  const create = useCreateVendor({
    mutationConfig: {
      onSuccess: (vendor) => {
        notifications.show({ color: 'teal', title: 'Vendor registered', message: vendor.name });
        navigate(`/vendors/${vendor.id}`);
      },
    },
  });

  // Field errors go on the inputs; anything else (duplicate name, no permission) above the form.
  const hasFieldErrors = create.error instanceof ApiError && (create.error.problem.errors?.length ?? 0) > 0;
  return (
    <VendorForm
      defaultValues={newVendorDefaults}
      submitLabel="Register vendor"
      onSubmit={(fields) => create.mutate(fields)}
      onCancel={() => navigate('/vendors')}
      isSubmitting={create.isPending}
      error={create.error}
      banner={create.isError && !hasFieldErrors && <ProblemAlert error={create.error} title="Could not register the vendor" />}
    />
  );
}
