import { useMemo } from 'react';
import { PageHeader } from '@/components/page-header';
import { useDataCategories } from '@/features/data-holdings/api/get-data-categories';
import { Dashboard } from '@/features/dashboard/components/dashboard';
import { ExportRegisterButton } from '@/features/dashboard/components/export-register-button';
import { useAuthorization } from '@/lib/auth';

export function DashboardRoute() {
  const { canEditCadence } = useAuthorization();
  const { data: categories } = useDataCategories();
  const categoryLabels = useMemo(
    () => Object.fromEntries((categories ?? []).map((category) => [category.code, category.label])),
    [categories],
  );
  return (
    <>
      <title>Dashboard · Tollgate</title>
      <PageHeader
        title="Dashboard"
        description="Where the risk is across your vendors, and what to do about it first."
        actions={<ExportRegisterButton />}
      />
      <Dashboard categoryLabels={categoryLabels} canEditCadence={canEditCadence} />
    </>
  );
}
