import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { routes } from '@/app/router';
import { tokenStore } from '@/lib/api-client';
import { json, mockFetch, pageJson, problem, renderRoutes, vendorJson } from '@/testing/test-utils';
import { safeRedirect } from './login';

test('after signing in, the user lands on the page they first asked for', async () => {
  mockFetch(({ url }) => {
    if (url.pathname === '/api/v1/auth/login') {
      return json({ accessToken: 't', tokenType: 'Bearer', expiresIn: 3600, username: 'vic', roles: ['VIEWER'] });
    }
    if (url.pathname === '/api/v1/vendors') return json(pageJson([vendorJson({ name: 'Okta', tier: 'HIGH' })]));
    return problem(404, 'unexpected ' + url.pathname);
  });
  const { router } = renderRoutes(routes, '/vendors?tier=HIGH');

  await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  expect(router.state.location.search).toBe('?redirect=%2Fvendors%3Ftier%3DHIGH');

  // The login page is its own chunk: wait for it to arrive.
  await userEvent.type(await screen.findByLabelText(/Username/), 'vic');
  await userEvent.type(screen.getByLabelText(/Password/), 'pw');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

  // The vendor list is another chunk, transformed on first use: on a loaded build machine that alone took over 5 s.
  expect(await screen.findByRole('link', { name: 'Okta' }, { timeout: 15_000 })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/vendors');
  expect(router.state.location.search).toBe('?tier=HIGH');
  // Viewers are read-only.
  expect(screen.queryByRole('link', { name: /New vendor/ })).not.toBeInTheDocument();
});

test('a 401 from any call signs the user out and returns to the login page', async () => {
  tokenStore.set('expired');
  mockFetch(() => problem(401, 'Token expired'));
  const { router } = renderRoutes(routes, '/vendors/7');

  await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  expect(router.state.location.search).toBe('?redirect=%2Fvendors%2F7');
  expect(tokenStore.get()).toBeNull();
});

test('redirect targets stay on this site', () => {
  expect(safeRedirect('/vendors/3')).toBe('/vendors/3');
  expect(safeRedirect('//evil.example/x')).toBe('/');
  expect(safeRedirect('https://evil.example')).toBe('/');
  expect(safeRedirect(null)).toBe('/');
});
