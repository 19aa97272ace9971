import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { FindingsSection } from './findings-section';

const base = {
  vendorId: 8,
  vendorName: 'Skyline Contact Solutions',
  riskAcceptanceExpired: false,
  overdue: false,
  openedAt: '2026-11-20T09:00:00Z',
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
};
const c08 = {
  ...base,
  id: 41,
  controlCode: 'C08',
  controlName: 'Connected-app / OAuth allowlist',
  title: 'Connected-app / OAuth allowlist not met',
  severity: 'CRITICAL',
  status: 'OPEN',
  dueDate: '2026-12-20',
  version: 2,
};
const c05 = {
  ...base,
  id: 42,
  controlCode: 'C05',
  controlName: 'Vishing training',
  title: 'Vishing training not met',
  severity: 'MEDIUM',
  status: 'OPEN',
  owner: 'jane.doe@airline.example',
  dueDate: '2026-11-01',
  overdue: true,
  version: 1,
};
const c34 = {
  ...base,
  id: 43,
  controlCode: 'C34',
  controlName: 'Backup and restore',
  title: 'Backup and restore not met',
  severity: 'LOW',
  status: 'CLOSED',
  closedReason: 'Control C34 is now MET (assessment 3).',
  closedAt: '2026-11-21T09:00:00Z',
  dueDate: '2027-05-01',
  version: 3,
};

function serve({ roles = ['ANALYST'], onPut }: { roles?: string[]; onPut?: (body: unknown) => Response } = {}) {
  signIn(roles);
  return mockFetch(({ url, method, body }) => {
    if (url.pathname === '/api/v1/vendors/8/findings') return json([c08, c05, c34]);
    if (url.pathname === '/api/v1/findings/42' && method === 'PUT') {
      return onPut?.(body) ?? json({ ...c05, ...(body as object), version: 2 });
    }
    return problem(404, 'unexpected ' + url.pathname);
  });
}

// Generous timeout: these tests type into several inputs, which is slow on a loaded build machine.
describe('FindingsSection', { timeout: 30_000 }, () => {
  test('lists live findings with severity, owner and overdue due dates; viewers cannot edit', async () => {
    serve({ roles: ['VIEWER'] });
    renderAt('/vendors/8', <FindingsSection vendorId={8} canEdit={false} />);

    const table = await screen.findByRole('table', { name: 'Findings' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('C08');
    expect(rows[1]).toHaveTextContent('Critical');
    expect(rows[2]).toHaveTextContent('jane.doe@airline.example');
    expect(rows[2]).toHaveTextContent('(overdue)');
    expect(screen.queryByRole('button', { name: /^Edit finding/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'All (3)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText(/Closed: Control C34 is now MET/)).toBeInTheDocument();
  });

  test('accepting the risk asks for a reason and a future expiry before calling the server', async () => {
    const fetchMock = serve();
    renderAt('/vendors/8', <FindingsSection vendorId={8} canEdit />);

    await userEvent.click(await screen.findByRole('button', { name: 'Edit finding C05' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Status' }));
    await userEvent.click(within(dialog).getByRole('option', { name: 'Risk accepted' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save finding' }));

    expect(await within(dialog).findByText('Until when is the risk accepted?')).toBeInTheDocument();
    expect(within(dialog).getByText('Say why the risk is accepted')).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText(/Risk accepted until/), '2099-01-31');
    await userEvent.type(within(dialog).getByLabelText(/Why is the risk accepted/), 'Supervisors screen calls until training.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save finding' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const puts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(JSON.parse(String(puts[0][1]?.body))).toEqual({
      status: 'RISK_ACCEPTED',
      owner: 'jane.doe@airline.example',
      dueDate: '2026-11-01',
      riskAcceptedUntil: '2099-01-31',
      reason: 'Supervisors screen calls until training.',
      version: 1,
    });
  });

  test('shows the server refusal of a stale version instead of saving', async () => {
    serve({ onPut: () => problem(409, 'Finding 42 was changed by someone else (current version 2).') });
    renderAt('/vendors/8', <FindingsSection vendorId={8} canEdit />);

    await userEvent.click(await screen.findByRole('button', { name: 'Edit finding C05' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.clear(within(dialog).getByLabelText('Owner'));
    await userEvent.type(within(dialog).getByLabelText('Owner'), 'sam');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save finding' }));

    expect(await within(dialog).findByText('Someone else changed this finding')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save finding' })).toBeDisabled();
  });
});
