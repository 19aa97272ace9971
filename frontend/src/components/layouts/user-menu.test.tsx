import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { routes } from '@/app/router';
import { tokenStore } from '@/lib/api-client';
import { json, mockFetch, pageJson, problem, renderRoutes } from '@/testing/test-utils';

function signedInAt(path: string, logout: () => Response | Promise<Response>) {
  tokenStore.set('session-token');
  const fetchMock = mockFetch(({ url, method }) => {
    if (url.pathname === '/api/v1/auth/logout' && method === 'POST') return logout();
    if (url.pathname === '/api/v1/auth/me') return json({ username: 'pat', roles: ['ANALYST'] });
    if (url.pathname === '/api/v1/vendors') return json(pageJson([]));
    return problem(404, 'unexpected ' + url.pathname);
  });
  return { fetchMock, ...renderRoutes(routes, path) };
}

test('logging out revokes the token on the server before forgetting it here', async () => {
  let tokenWhenTheServerWasAsked: string | null = null;
  const { fetchMock, router } = signedInAt('/vendors', () => {
    tokenWhenTheServerWasAsked = tokenStore.get();
    return new Response(null, { status: 204 });
  });

  await userEvent.click(await screen.findByRole('button', { name: /Log out/ }));

  await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  const logoutCalls = fetchMock.mock.calls.filter(([input]) => String(input).endsWith('/api/v1/auth/logout'));
  expect(logoutCalls).toHaveLength(1);
  expect(new Headers(logoutCalls[0][1]?.headers).get('Authorization')).toBe('Bearer session-token');
  expect(tokenWhenTheServerWasAsked).toBe('session-token');
  expect(tokenStore.get()).toBeNull();
});

test('the session ends here even when the server cannot be reached', async () => {
  const { router } = signedInAt('/vendors', () => Promise.reject(new TypeError('Failed to fetch')));

  await userEvent.click(await screen.findByRole('button', { name: /Log out/ }));

  await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  expect(tokenStore.get()).toBeNull();
});
