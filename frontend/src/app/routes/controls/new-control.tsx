import { Navigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { CreateControl } from '@/features/controls/components/create-control';
import { useAuthorization } from '@/lib/auth';
import { BackLink } from '@/components/back-link';

export function NewControlRoute() {
  const { user, canAddControls } = useAuthorization();
  // Only admins extend the catalogue; the server refuses anyone else's save anyway.
  if (user && !canAddControls) return <Navigate to="/controls" replace />;
  return (
    <>
      <title>New control · Tollgate</title>
      <PageHeader
        above={<BackLink to="/controls">Controls</BackLink>}
        title="New control"
        description="Add a control of your own to the catalogue. Built-in controls C01–C36 stay as shipped."
      />
      <CreateControl />
    </>
  );
}
