import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { parseDate } from '@/api-client';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { formatDate, toDateInputValue } from '@/utils/format';
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

/** The local calendar day `offset` days from today, as the API writes dates. */
function day(offset: number) {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return toDateInputValue(date);
}
const shown = (isoDay: string) => formatDate(parseDate(isoDay));

describe('VendorControlsSection provenance and freshness', () => {
  const row = (code: string, overrides: Record<string, unknown>) => ({
    controlCode: code,
    controlName: `Control ${code}`,
    domain: 'IDENTITY',
    baseWeight: 3,
    updatedBy: 'pat',
    updatedAt: '2026-11-20T09:00:00Z',
    version: 2,
    ...overrides,
  });
  const list = [
    row('C01', {
      status: 'NOT_MET', source: 'OVERRIDE', reason: 'Push MFA only; seen on a call.', observedOn: day(-2), expiresOn: day(30),
      overridden: { status: 'MET', evidence: 'DOCUMENTED', source: 'ASSESSMENT', assessmentId: 40, observedOn: '2026-10-01', expiresOn: '2027-10-01' },
    }),
    row('C02', { status: 'MET', evidence: 'DOCUMENTED', source: 'ASSESSMENT', assessmentId: 12, observedOn: day(-400), expiresOn: day(-35) }),
    row('C03', { status: 'MET', evidence: 'DOCUMENTED', source: 'ASSESSMENT', assessmentId: 12, observedOn: day(-480), expiresOn: day(-120) }),
    row('C04', { status: 'MET', evidence: 'INDEPENDENTLY_TESTED', source: 'IMPORT', observedOn: day(-10), expiresOn: day(200) }),
    row('C05', { status: 'NOT_APPLICABLE', source: 'OVERRIDE', reason: 'No admin console.', observedOn: day(-1) }),
    row('C06', { status: 'PARTIAL', evidence: 'SELF_ATTESTED', source: 'DEMO', observedOn: day(-30) }),
    { controlCode: 'C31', controlName: 'SaaS posture management', domain: 'ASSURANCE', baseWeight: 3, status: 'UNKNOWN', version: 0 },
  ];

  function serveList(onPut?: (body: unknown) => Response) {
    signIn(['ANALYST']);
    return mockFetch(({ url, method, body }) => {
      if (url.pathname === '/api/v1/vendors/8/controls') return json(list);
      if (method === 'PUT' && url.pathname.startsWith('/api/v1/vendors/8/controls/')) {
        return onPut?.(body) ?? json({ ...list[0], ...(body as object), version: 3 });
      }
      return problem(404, 'unexpected ' + url.pathname);
    });
  }

  const rowOf = (table: HTMLElement, code: string) =>
    within(table).getAllByRole('row').find((r) => within(r).queryByText(code, { exact: true }))!;

  test('shows each status’s source, the day it was observed and until when it counts', async () => {
    serveList();
    renderAt('/vendors/8', <VendorControlsSection vendorId={8} canOverride={false} />);
    const table = await screen.findByRole('table', { name: 'Control statuses' });

    const override = rowOf(table, 'C01');
    expect(override).toHaveTextContent('Override by pat');
    expect(override).toHaveTextContent(`Observed ${shown(day(-2))}`);
    expect(override).toHaveTextContent(`Applies until ${shown(day(30))}`);
    expect(override).toHaveTextContent(`Overrides: Met · Documented, assessment #40, ${shown('2026-10-01')}`);
    expect(within(override).getByRole('link', { name: 'assessment #40' })).toHaveAttribute('href', '/assessments/40');

    const expired = rowOf(table, 'C02');
    expect(within(expired).getByRole('link', { name: 'Assessment #12' })).toHaveAttribute('href', '/assessments/12');
    expect(expired).toHaveTextContent(`Observed ${shown(day(-400))}`);
    expect(expired).toHaveTextContent(`Evidence expired ${shown(day(-35))} — counts as self-attested`);
    expect(expired).toHaveTextContent(`Counts as unknown from ${shown(day(56))}`);

    expect(rowOf(table, 'C03')).toHaveTextContent(`Evidence expired ${shown(day(-120))} — counts as unknown`);
    expect(rowOf(table, 'C04')).toHaveTextContent('Import');
    expect(rowOf(table, 'C04')).toHaveTextContent(`Evidence valid until ${shown(day(200))}`);
    expect(rowOf(table, 'C05')).toHaveTextContent('No end date; a completed assessment supersedes it');
    expect(rowOf(table, 'C05')).not.toHaveTextContent('Overrides:');
    expect(rowOf(table, 'C06')).toHaveTextContent('Demo data');
    expect(rowOf(table, 'C31')).toHaveTextContent('Nothing recorded');
  });

  test('counts an answer whose evidence lapsed among the gaps, as the score does', async () => {
    serveList();
    renderAt('/vendors/8', <VendorControlsSection vendorId={8} canOverride={false} />);
    const table = await screen.findByRole('table', { name: 'Control statuses' });

    expect(screen.getByRole('radio', { name: 'Gaps (4)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Met (2)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Gaps (4)' }));
    const codes = within(table).getAllByRole('row').slice(1).map((r) => r.textContent?.slice(0, 3));
    expect(codes).toEqual(['C01', 'C03', 'C06', 'C31']);
  });

  test('the override dialog takes an optional last day, never a past one, and says what supersedes it', async () => {
    const fetchMock = serveList();
    renderAt('/vendors/8', <VendorControlsSection vendorId={8} canOverride />);

    const dialog = await openOverride('C02');
    expect(dialog).toHaveTextContent(
      'A later completed assessment supersedes it, unless the analyst completing that assessment keeps it.',
    );
    const until = within(dialog).getByLabelText(/^Applies until/);
    expect(until).toHaveValue('');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Report withdrawn by the auditor.');
    await userEvent.type(until, day(-1));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));
    expect(await within(dialog).findByText('Choose today or a later day')).toBeInTheDocument();
    expect(puts(fetchMock)).toHaveLength(0);

    await userEvent.clear(until);
    await userEvent.type(until, day(45));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));
    await waitFor(() => expect(puts(fetchMock)).toHaveLength(1));
    expect(JSON.parse(String(puts(fetchMock)[0][1]!.body))).toEqual({
      status: 'MET',
      evidence: 'DOCUMENTED',
      reason: 'Report withdrawn by the auditor.',
      expiresOn: day(45),
      version: 2,
    });
  });

  test('re-overriding keeps the end date of the override in force unless changed; the server’s refusal shows on it', async () => {
    const fetchMock = serveList(() => problem(422, 'expiresOn: must not be in the past', [{ field: 'expiresOn', message: 'must not be in the past' }]));
    renderAt('/vendors/8', <VendorControlsSection vendorId={8} canOverride />);

    const dialog = await openOverride('C01');
    expect(within(dialog).getByLabelText(/^Applies until/)).toHaveValue(day(30));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Still push MFA only.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));

    expect(await within(dialog).findByText('must not be in the past')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Applies until/)).toHaveAttribute('aria-invalid', 'true');
    expect(JSON.parse(String(puts(fetchMock)[0][1]!.body))).toMatchObject({ expiresOn: day(30), version: 2 });
  });
});
