import { Button, Grid, Skeleton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconReport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { PageHeader } from '@/components/page-header';
import { DataHoldingsSection } from '@/features/data-holdings/components/data-holdings-section';
import { FindingsSection } from '@/features/findings/components/findings-section';
import { PlatformGraph } from '@/features/dashboard/components/platform-graph';
import { VendorAssessmentsSection } from '@/features/assessments/components/vendor-assessments-section';
import { VendorReassessmentCard } from '@/features/dashboard/components/vendor-reassessment-card';
import { VendorWhatIf } from '@/features/dashboard/components/vendor-what-if';
import { useDataCategories } from '@/features/data-holdings/api/get-data-categories';
import { useVendorRisk } from '@/features/risk/api/get-vendor-risk';
import { VendorRiskSection } from '@/features/risk/components/vendor-risk-section';
import { useVendorControls } from '@/features/vendor-controls/api/get-vendor-controls';
import { VendorControlsSection } from '@/features/vendor-controls/components/vendor-controls-section';
import { useVendor } from '@/features/vendors/api/get-vendor';
import { DeleteVendorButton } from '@/features/vendors/components/delete-vendor-button';
import {
  VendorAbout,
  VendorPlatforms,
  VendorRecordInfo,
  VendorSummary,
} from '@/features/vendors/components/vendor-details';
import { ApiError } from '@/lib/api-client';
import { useAuthorization } from '@/lib/auth';
import { BackLink } from '@/components/back-link';
import { useVendorId } from './use-vendor-id';
import { VendorNotFound } from './vendor-not-found';

export function VendorRoute() {
  const vendorId = useVendorId();
  if (vendorId === undefined) return <VendorNotFound />;
  return <VendorPage vendorId={vendorId} />;
}

function VendorPage({ vendorId }: { vendorId: number }) {
  const navigate = useNavigate();
  const { canEditVendors, canDeleteVendors, canOverrideControls, canSendAssessments } = useAuthorization();
  const { data: vendor, error, refetch } = useVendor({ vendorId });
  // The risk explanation names controls and data categories by code; these lists give their names.
  const { data: controls } = useVendorControls({ vendorId });
  const { data: categories } = useDataCategories();
  const { data: risk } = useVendorRisk({ vendorId });
  const controlNames = useMemo(
    () => Object.fromEntries((controls ?? []).map((control) => [control.controlCode, control.controlName])),
    [controls],
  );
  const categoryLabels = useMemo(
    () => Object.fromEntries((categories ?? []).map((category) => [category.code, category.label])),
    [categories],
  );
  // When a score input last changed here: the risk section waits for a score newer than that.
  const [changedAt, setChangedAt] = useState<Date>();

  if (error instanceof ApiError && error.status === 404) return <VendorNotFound />;
  if (error) return <ProblemAlert error={error} title="Could not load the vendor" onRetry={() => refetch()} />;
  if (!vendor) return <VendorPageSkeleton />;

  return (
    <>
      <title>{`${vendor.name} · Tollgate`}</title>
      <PageHeader
        above={<BackLink to="/vendors">Vendors</BackLink>}
        title={vendor.name}
        description={<VendorSummary vendor={vendor} confidence={risk?.confidence} />}
        actions={
          <>
            <Button
              component={Link}
              to={`/vendors/${vendor.id}/report`}
              variant="default"
              leftSection={<IconReport size={16} aria-hidden />}
            >
              Risk report
            </Button>
            {canEditVendors && (
              <Button component={Link} to={`/vendors/${vendor.id}/edit`} leftSection={<IconPencil size={16} aria-hidden />}>
                Edit
              </Button>
            )}
            {canDeleteVendors && (
              <DeleteVendorButton
                vendor={vendor}
                onDeleted={() => {
                  notifications.show({ color: 'teal', title: 'Vendor deleted', message: vendor.name });
                  navigate('/vendors', { replace: true });
                }}
              />
            )}
          </>
        }
      />
      <Stack gap="md">
        <VendorRiskSection
          vendorId={vendor.id}
          controlNames={controlNames}
          categoryLabels={categoryLabels}
          changedAt={changedAt}
        />
        {risk && <VendorWhatIf key={risk.scoredAt.toISOString()} vendorId={vendor.id} risk={risk} controlNames={controlNames} />}
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <PlatformGraph vendorId={vendor.id} name={vendor.name} platforms={vendor.platforms} usedBy={vendor.usedBy}
              usedByCount={vendor.usedByCount} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <VendorReassessmentCard vendorId={vendor.id} />
          </Grid.Col>
        </Grid>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <VendorAbout vendor={vendor} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <VendorPlatforms vendor={vendor} />
          </Grid.Col>
        </Grid>
        <DataHoldingsSection
          vendorId={vendor.id}
          canEdit={canEditVendors}
          onSaved={() => {
            refetch();
            setChangedAt(new Date());
          }}
        />
        <VendorControlsSection
          vendorId={vendor.id}
          canOverride={canOverrideControls}
          onOverridden={(control) => setChangedAt(control.updatedAt ?? new Date())}
        />
        <FindingsSection vendorId={vendor.id} canEdit={canEditVendors} changedAt={changedAt} />
        <VendorAssessmentsSection
          vendorId={vendor.id}
          vendorName={vendor.name}
          securityContact={vendor.securityContact}
          canSend={canSendAssessments}
        />
        <VendorRecordInfo vendor={vendor} />
      </Stack>
    </>
  );
}

function VendorPageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading vendor">
      <Skeleton height={14} width={80} />
      <Skeleton height={32} width="50%" />
      <Skeleton height={18} width="35%" />
      <Grid gutter="md" mt="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Skeleton height={260} radius="md" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton height={260} radius="md" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
