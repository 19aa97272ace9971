import { Skeleton, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { BackLink } from '@/components/back-link';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useVendorReassessment } from '@/features/dashboard/api/get-vendor-reassessment';
import { VendorReport } from '@/features/dashboard/components/vendor-report';
import { useDataCategories } from '@/features/data-holdings/api/get-data-categories';
import { useDataHoldings } from '@/features/data-holdings/api/get-data-holdings';
import { useVendorRisk } from '@/features/risk/api/get-vendor-risk';
import { useVendorControls } from '@/features/vendor-controls/api/get-vendor-controls';
import { useVendor } from '@/features/vendors/api/get-vendor';
import { ApiError } from '@/lib/api-client';
import { useVendorId } from './use-vendor-id';
import { VendorNotFound } from './vendor-not-found';

export function VendorReportRoute() {
  const vendorId = useVendorId();
  if (vendorId === undefined) return <VendorNotFound />;
  return <VendorReportPage vendorId={vendorId} />;
}

function VendorReportPage({ vendorId }: { vendorId: number }) {
  const vendor = useVendor({ vendorId });
  const risk = useVendorRisk({ vendorId });
  const holdings = useDataHoldings({ vendorId });
  const controls = useVendorControls({ vendorId });
  const reassessment = useVendorReassessment({ vendorId });
  const { data: categories } = useDataCategories();
  const [generatedAt] = useState(() => new Date());
  const categoryLabels = useMemo(
    () => Object.fromEntries((categories ?? []).map((category) => [category.code, category.label])),
    [categories],
  );

  const error = vendor.error ?? risk.error ?? holdings.error ?? controls.error;
  if (error instanceof ApiError && error.status === 404) return <VendorNotFound />;
  if (error) return <ProblemAlert error={error} title="Could not load the report" />;
  if (!vendor.data || !risk.data || !holdings.data || !controls.data) {
    return (
      <Stack aria-busy="true" aria-label="Loading report">
        <Skeleton height={32} width="50%" />
        <Skeleton height={300} />
      </Stack>
    );
  }
  return (
    <>
      <title>{`${vendor.data.name} risk report · Tollgate`}</title>
      <VendorReport
        vendor={vendor.data}
        risk={risk.data}
        holdings={holdings.data.items}
        controls={controls.data}
        reassessment={reassessment.data}
        categoryLabels={categoryLabels}
        generatedAt={generatedAt}
        back={<BackLink to={`/vendors/${vendorId}`}>{vendor.data.name}</BackLink>}
      />
    </>
  );
}
