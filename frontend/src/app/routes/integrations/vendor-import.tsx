import { PageHeader } from '@/components/page-header';
import { VendorImport } from '@/features/integrations/components/vendor-import';

export function VendorImportRoute() {
  return (
    <>
      <title>Import vendors · Tollgate</title>
      <PageHeader
        title="Import vendors"
        description="Create or update vendors and their data holdings from a spreadsheet (CSV) or an export (JSON), matched by external id."
      />
      <VendorImport />
    </>
  );
}
