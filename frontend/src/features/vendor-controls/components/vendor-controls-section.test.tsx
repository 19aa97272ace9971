import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { VendorControlsSection } from './vendor-controls-section';

const c08 = {
  controlCode: 'C08',
  controlName: 'Connected-app / OAuth allowlist',
  domain: 'INTEGRATIONS',
  baseWeight: 5,
  status: 'NOT_MET',
  source: 'ASSESSMENT',
  assessmentId: 12,
  reason: 'Users can self-authorise connected apps.',
  updatedBy: 'pat',
  updatedAt: '2026-11-20T09:00:00Z',
  version: 3,
};
const c01 = {
  controlCode: 'C01',
  controlName: 'MFA for all users',
  domain: 'IDENTITY',
  baseWeight: 5,
  status: 'MET',
  evidence: 'DOCUMENTED',
  source: 'OVERRIDE',
  reason: 'Authenticator app for every agent.',
  updatedBy: 'demo',
  updatedAt: '2026-11-20T09:00:00Z',
  version: 1,
};
const c31 = { controlCode: 'C31', controlName: 'SaaS posture management', domain: 'ASSURANCE', baseWeight: 3, status: 'UNKNOWN', version: 0 };

function serve({ roles = ['ANALYST'], onPut }: { roles?: string[]; onPut?: (body: unknown) => Response } = {}) {
  signIn(roles);
  let list = [c01, c08, c31];
  return mockFetch(({ url, method, body }) => {
    if (url.pathname === '/api/v1/vendors/8/controls') return json(list);
    if (url.pathname === '/api/v1/vendors/8/controls/C08' && method === 'PUT') {
      const response = onPut?.(body) ?? json({ ...c08, ...(body as object), source: 'OVERRIDE', version: 4 });
      if (response.status === 409) list = [c01, { ...c08, status: 'PARTIAL', evidence: 'SELF_ATTESTED', version: 4 }, c31];
      return response;
    }
    return problem(404, 'unexpected ' + url.pathname);
  });
}

async function openOverride(code = 'C08') {
  await userEvent.click(await screen.findByRole('button', { name: `Override ${code}` }));
  return screen.findByRole('dialog');
}

const puts = (fetchMock: ReturnType<typeof serve>) => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT');

describe('VendorControlsSection', () => {
  test('lists every control with status, evidence, source and reason; viewers cannot override', async () => {
    serve({ roles: ['VIEWER'] });
    renderAt('/vendors/8', <VendorControlsSection vendorId={8} canOverride={false} />);

    const table = await screen.findByRole('table', { name: 'Control statuses' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('C01 MFA for all users');
    expect(rows[1]).toHaveTextContent('Documented');
    expect(rows[1]).toHaveTextContent('Override by demo');
    expect(rows[2]).toHaveTextContent('Not met');
    expect(rows[2]).toHaveTextContent('Assessment #12');
    expect(rows[2]).toHaveTextContent('Users can self-authorise connected apps.');
    expect(rows[3]).toHaveTextContent('Nothing recorded');
    expect(screen.queryByRole('button', { name: /^Override/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Gaps (2)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  test('asks for a reason, and for evidence when the status earns credit, before calling the server', async () => {
    const fetchMock = serve();
    renderAt('/vendors/8', <VendorControlsSection vendorId={8} canOverride />);

    const dialog = await openOverride();
    await userEvent.click(within(dialog).getByRole('textbox', { name: /^Status/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Met' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));

    expect(await within(dialog).findByText('Say why you override the status; it is kept with it')).toBeInTheDocument();
    expect(within(dialog).getByText('Say how this status is backed')).toBeInTheDocument();
    expect(puts(fetchMock)).toHaveLength(0);
  });

  test('sends the status, evidence, reason and the version it read, then reports the stored row', async () => {
    const fetchMock = serve();
    const onOverridden = vi.fn();
    renderAt('/vendors/8', <VendorControlsSection vendorId={8} canOverride onOverridden={onOverridden} />);

    const dialog = await openOverride();
    await userEvent.click(within(dialog).getByRole('textbox', { name: /^Status/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Partial' }));
    await userEvent.click(within(dialog).getByRole('textbox', { name: /^Evidence/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Independently tested' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), '  Allowlist on for admins only.  ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));

    await waitFor(() => expect(onOverridden).toHaveBeenCalledOnce());
    expect(onOverridden.mock.calls[0][0]).toMatchObject({ controlCode: 'C08', version: 4 });
    expect(JSON.parse(String(puts(fetchMock)[0][1]!.body))).toEqual({
      status: 'PARTIAL',
      evidence: 'INDEPENDENTLY_TESTED',
      reason: 'Allowlist on for admins only.',
      version: 3,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  test('leaves evidence out for a status without credit', async () => {
    const fetchMock = serve();
    renderAt('/vendors/8', <VendorControlsSection vendorId={8} canOverride />);

    const dialog = await openOverride();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Confirmed on the call.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));

    await waitFor(() => expect(puts(fetchMock)).toHaveLength(1));
    expect(JSON.parse(String(puts(fetchMock)[0][1]!.body))).toEqual({ status: 'NOT_MET', reason: 'Confirmed on the call.', version: 3 });
  });

  test('explains a 409 and restarts from the latest status on reload', async () => {
    const fetchMock = serve({ onPut: () => problem(409, 'The status of control C08 has changed (current version 4).') });
    const onOverridden = vi.fn();
    renderAt('/vendors/8', <VendorControlsSection vendorId={8} canOverride onOverridden={onOverridden} />);

    const dialog = await openOverride();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Confirmed on the call.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('saved by someone else');
    expect(within(dialog).getByRole('button', { name: 'Save override' })).toBeDisabled();
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload latest' }));

    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
    expect(within(dialog).getByRole('textbox', { name: /^Status/ })).toHaveValue('Partial');
    expect(within(dialog).getByRole('textbox', { name: /^Evidence/ })).toHaveValue('Self-attested');
    expect(onOverridden).not.toHaveBeenCalled();
    expect(puts(fetchMock)).toHaveLength(1);
  });
});
