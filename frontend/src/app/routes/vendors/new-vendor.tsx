import { Navigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { CreateVendor } from '@/features/vendors/components/create-vendor';
import { useAuthorization } from '@/lib/auth';
import { BackLink } from '@/components/back-link';

export function NewVendorRoute() {
  const { user, canEditVendors } = useAuthorization();
  // Viewers who follow a link here go back to the list; the server would refuse the save anyway.
  if (user && !canEditVendors) return <Navigate to="/vendors" replace />;
  return (
    <>
      <title>New vendor · Tollgate</title>
      <PageHeader
        above={<BackLink to="/vendors">Vendors</BackLink>}
        title="New vendor"
        description="Register a third party. You can record the data it holds once it is saved."
      />
      <CreateVendor />
    </>
  );
}
