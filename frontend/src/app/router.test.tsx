import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { routes } from '@/app/router';
import {
  controlJson,
  dashboardSummaryJson,
  incidentJson,
  json,
  mockFetch,
  pageJson,
  problem,
  renderRoutes,
  signIn,
  vendorJson,
} from '@/testing/test-utils';

function serveEverything() {
  const user = signIn(['VIEWER']);
  mockFetch(({ url }) => {
    const path = url.pathname;
    if (path === '/api/v1/auth/me') return json(user);
    if (path === '/api/v1/vendors') return json(pageJson([vendorJson({ name: 'Okta' })]));
    if (path === '/api/v1/controls') return json([controlJson()]);
    if (path === '/api/v1/incidents') return json(pageJson([incidentJson({ name: 'Drift token theft' })]));
    if (path === '/api/v1/incidents/4') return json(incidentJson({ id: 4, name: 'Snowflake credential theft' }));
    if (path === '/api/v1/data-categories') return json([]);
    if (path === '/api/v1/assessments') return json(pageJson([]));
    if (path === '/api/v1/questionnaire-templates') return json([]);
    if (path === '/api/v1/dashboard/summary') return json(dashboardSummaryJson());
    if (path === '/api/v1/dashboard/trend') return json({ points: [] });
    if (path === '/api/v1/reassessments') return json(pageJson([]));
    if (path === '/api/v1/reassessment-cadences') return json({ items: [] });
    return problem(404, 'unexpected ' + path);
  });
}

// Every page is its own chunk: each route must still arrive and render inside the shell.
describe('lazy routes', () => {
  test.each([
    ['/', 'Dashboard'],
    ['/vendors', 'Vendors'],
    ['/controls', 'Controls'],
    ['/incidents', 'Incidents'],
    ['/incidents/4', 'Snowflake credential theft'],
    ['/assessments', 'Assessments'],
    ['/questionnaires', 'Questionnaires'],
    ['/no/such/page', 'Page not found'],
  ])('%s renders its page', async (path, heading) => {
    serveEverything();
    renderRoutes(routes, path);

    // Generous: each page is a separate chunk, imported on first render.
    expect(await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 10_000 })).toBeInTheDocument();
    // The shell came with it.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  test('the main navigation leads to every section, marking the current one', async () => {
    serveEverything();
    renderRoutes(routes, '/incidents');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Dashboard', 'Vendors', 'Controls', 'Incidents', 'Assessments', 'Questionnaires', 'Import']);
    expect(within(nav).getByRole('link', { name: 'Assessments' })).toHaveAttribute('href', '/assessments');
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'Controls' })).toHaveAttribute('href', '/controls');
    expect(within(nav).getByRole('link', { name: 'Incidents' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Import' })).toHaveAttribute('href', '/vendors/import');
    expect(within(nav).getByRole('link', { name: 'Vendors' })).not.toHaveAttribute('aria-current');
  });
});
