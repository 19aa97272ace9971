import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { ApiTokensList } from './api-tokens-list';
import { CreateApiToken } from './create-api-token';

const SECRET = 'tga_Q2x9VbT0nS8yq3o1b6m1k9H2e4R7w5Z0cXvLpAaBbCc';

function tokenJson(overrides: Record<string, unknown> = {}) {
  return {
    id: 7,
    name: 'SIEM vendor sync',
    prefix: 'tga_Q2x9Vb',
    scopes: ['risk:read', 'vendors:read'],
    status: 'ACTIVE',
    createdBy: 'admin',
    createdAt: '2026-11-02T09:15:00Z',
    expiresAt: '2027-01-31T09:15:00Z',
    ...overrides,
  };
}

const page = (items: unknown[]) => ({ items, page: 0, size: 50, totalItems: items.length, totalPages: 1 });

describe('API tokens', () => {
  test('lists active tokens without secrets and revokes one after confirmation', async () => {
    signIn(['ADMIN']);
    let revoked = false;
    const fetchMock = mockFetch(({ url, method }) => {
      if (method === 'DELETE' && url.pathname === '/api/v1/api-tokens/7') {
        revoked = true;
        return new Response(null, { status: 204 });
      }
      if (url.pathname === '/api/v1/api-tokens') return json(page(revoked ? [] : [tokenJson()]));
      return problem(404, 'unexpected');
    });
    renderAt('/settings/api-tokens', <ApiTokensList />);

    const row = (await screen.findByText('SIEM vendor sync')).closest('tr')!;
    expect(within(row).getByText('tga_Q2x9Vb…')).toBeInTheDocument();
    expect(within(row).getByText('vendors:read')).toBeInTheDocument();
    expect(within(row).getByText('Never')).toBeInTheDocument();
    const listCall = fetchMock.mock.calls.find(([input]) => String(input).includes('/api/v1/api-tokens'))!;
    expect(String(listCall[0])).toContain('status=ACTIVE');

    await userEvent.click(within(row).getByRole('button', { name: 'Revoke SIEM vendor sync' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke token' }));

    await waitFor(() => expect(revoked).toBe(true));
    expect(await screen.findByText('No API tokens here')).toBeInTheDocument();
  });

  test('checks the form before calling the server', async () => {
    signIn(['ADMIN']);
    const fetchMock = mockFetch(() => json({}));
    renderAt('/settings/api-tokens', <CreateApiToken />);

    await userEvent.click(screen.getByRole('button', { name: 'New API token' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Create token' }));

    expect(await screen.findByText('Name the integration that will use the token')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one scope')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('shows the new secret once and forgets it when the dialog closes', async () => {
    signIn(['ADMIN']);
    const fetchMock = mockFetch(({ method }) =>
      method === 'POST' ? json({ ...tokenJson(), token: SECRET }, 201) : json(page([])),
    );
    renderAt('/settings/api-tokens', <CreateApiToken />);

    await userEvent.click(screen.getByRole('button', { name: 'New API token' }));
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'SIEM vendor sync');
    await userEvent.click(screen.getByRole('checkbox', { name: /^vendors:read/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^risk:read/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByText(SECRET)).toBeInTheDocument();
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(init!.body))).toEqual({
      name: 'SIEM vendor sync',
      scopes: ['vendors:read', 'risk:read'],
      expiresInDays: 90,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByText(SECRET)).not.toBeInTheDocument());
  });
});
