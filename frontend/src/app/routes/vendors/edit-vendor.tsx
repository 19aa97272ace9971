import { Skeleton, Stack } from '@mantine/core';
import { Navigate } from 'react-router';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { PageHeader } from '@/components/page-header';
import { useVendor } from '@/features/vendors/api/get-vendor';
import { UpdateVendor } from '@/features/vendors/components/update-vendor';
import { ApiError } from '@/lib/api-client';
import { useAuthorization } from '@/lib/auth';
import { BackLink } from '@/components/back-link';
import { useVendorId } from './use-vendor-id';
import { VendorNotFound } from './vendor-not-found';

export function EditVendorRoute() {
  const vendorId = useVendorId();
  if (vendorId === undefined) return <VendorNotFound />;
  return <EditVendorPage vendorId={vendorId} />;
}

function EditVendorPage({ vendorId }: { vendorId: number }) {
  const { user, canEditVendors } = useAuthorization();
  const { data: vendor, error, refetch } = useVendor({ vendorId });

  if (user && !canEditVendors) return <Navigate to={`/vendors/${vendorId}`} replace />;
  if (error instanceof ApiError && error.status === 404) return <VendorNotFound />;
  if (error) return <ProblemAlert error={error} title="Could not load the vendor" onRetry={() => refetch()} />;

  return (
    <>
      <title>{`Edit ${vendor?.name ?? 'vendor'} · Tollgate`}</title>
      <PageHeader
        above={<BackLink to={`/vendors/${vendorId}`}>{vendor?.name ?? 'Vendor'}</BackLink>}
        title={vendor ? `Edit ${vendor.name}` : 'Edit vendor'}
      />
      {vendor ? (
        <UpdateVendor vendor={vendor} />
      ) : (
        <Stack gap="md" aria-busy="true" aria-label="Loading vendor">
          <Skeleton height={320} radius="md" />
          <Skeleton height={200} radius="md" />
        </Stack>
      )}
    </>
  );
}
