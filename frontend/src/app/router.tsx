import { lazy, Suspense, type ComponentType } from 'react';
import { type RouteObject } from 'react-router';
import { RouteFallback } from '@/components/route-fallback';

/**
 * A route's page, fetched the first time someone opens it. Each page is its own chunk, so the
 * first load carries only the shell; the page's own code (forms, zod, tables) follows on demand.
 */
function lazyRoute<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Page = lazy(() => load().then((module) => ({ default: pick(module) })));
  return (
    <Suspense fallback={<RouteFallback />}>
      <Page />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  { path: '/login', element: lazyRoute(() => import('./routes/login'), (m) => m.LoginRoute) },
  // The vendor's portal: no sign-in, no app shell; the invitation token is the credential.
  { path: '/portal/:token', element: lazyRoute(() => import('./routes/portal'), (m) => m.PortalEntryRoute) },
  { path: '/portal', element: lazyRoute(() => import('./routes/portal'), (m) => m.PortalRoute) },
  {
    path: '/',
    element: lazyRoute(() => import('@/components/layouts/app-layout'), (m) => m.AppLayout),
    children: [
      { index: true, element: lazyRoute(() => import('./routes/dashboard'), (m) => m.DashboardRoute) },
      { path: 'vendors', element: lazyRoute(() => import('./routes/vendors/vendors'), (m) => m.VendorsRoute) },
      { path: 'vendors/new', element: lazyRoute(() => import('./routes/vendors/new-vendor'), (m) => m.NewVendorRoute) },
      { path: 'vendors/:vendorId', element: lazyRoute(() => import('./routes/vendors/vendor'), (m) => m.VendorRoute) },
      {
        path: 'vendors/:vendorId/edit',
        element: lazyRoute(() => import('./routes/vendors/edit-vendor'), (m) => m.EditVendorRoute),
      },
      {
        path: 'vendors/:vendorId/report',
        element: lazyRoute(() => import('./routes/vendors/vendor-report'), (m) => m.VendorReportRoute),
      },
      {
        path: 'vendors/import',
        element: lazyRoute(() => import('./routes/integrations/vendor-import'), (m) => m.VendorImportRoute),
      },
      { path: 'webhooks', element: lazyRoute(() => import('./routes/integrations/webhooks'), (m) => m.WebhooksRoute) },
      { path: 'controls', element: lazyRoute(() => import('./routes/controls/controls'), (m) => m.ControlsRoute) },
      { path: 'controls/new', element: lazyRoute(() => import('./routes/controls/new-control'), (m) => m.NewControlRoute) },
      { path: 'incidents', element: lazyRoute(() => import('./routes/incidents/incidents'), (m) => m.IncidentsRoute) },
      {
        path: 'incidents/:incidentId',
        element: lazyRoute(() => import('./routes/incidents/incident'), (m) => m.IncidentRoute),
      },
      {
        path: 'settings/api-tokens',
        element: lazyRoute(() => import('./routes/settings/api-tokens'), (m) => m.ApiTokensRoute),
      },
      { path: 'assessments', element: lazyRoute(() => import('./routes/assessments/assessments'), (m) => m.AssessmentsRoute) },
      {
        path: 'assessments/:assessmentId',
        element: lazyRoute(() => import('./routes/assessments/assessment'), (m) => m.AssessmentRoute),
      },
      { path: 'questionnaires', element: lazyRoute(() => import('./routes/questionnaires/templates'), (m) => m.TemplatesRoute) },
      {
        path: 'questionnaires/:templateId',
        element: lazyRoute(() => import('./routes/questionnaires/template'), (m) => m.TemplateRoute),
      },
      { path: '*', element: lazyRoute(() => import('./routes/not-found'), (m) => m.NotFoundRoute) },
    ],
  },
];
