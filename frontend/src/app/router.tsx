import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { PortalEntryRoute, PortalRoute } from './routes/portal';
import { EditVendorRoute } from './routes/vendors/edit-vendor';
import { NewVendorRoute } from './routes/vendors/new-vendor';
import { VendorRoute } from './routes/vendors/vendor';
import { VendorsRoute } from './routes/vendors/vendors';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  // The vendor's portal: no sign-in, no app shell; the invitation token is the credential.
  { path: '/portal/:token', element: <PortalEntryRoute /> },
  { path: '/portal', element: <PortalRoute /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/vendors" replace /> },
      { path: 'vendors', element: <VendorsRoute /> },
      { path: 'vendors/new', element: <NewVendorRoute /> },
      { path: 'vendors/:vendorId', element: <VendorRoute /> },
      { path: 'vendors/:vendorId/edit', element: <EditVendorRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
