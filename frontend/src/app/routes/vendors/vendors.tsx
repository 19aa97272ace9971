import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ExportRegisterButton } from '@/features/dashboard/components/export-register-button';
import { VendorsList } from '@/features/vendors/components/vendors-list';
import { useAuthorization } from '@/lib/auth';

export function VendorsRoute() {
  const { canEditVendors } = useAuthorization();
  const newVendor = canEditVendors && (
    <Button component={Link} to="/vendors/new" leftSection={<IconPlus size={16} aria-hidden />}>
      New vendor
    </Button>
  );
  return (
    <>
      <title>Vendors · Tollgate</title>
      <PageHeader
        title="Vendors"
        description="Every third party that holds or reaches your data, and how much of it."
        actions={
          <Group gap="xs">
            <ExportRegisterButton />
            {newVendor}
          </Group>
        }
      />
      <VendorsList emptyAction={newVendor} />
    </>
  );
}
