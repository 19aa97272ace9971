import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { controlJson, json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { ControlsList } from './controls-list';

const catalogue = [
  controlJson(),
  controlJson({
    code: 'C08',
    name: 'Connected-app / OAuth allowlist',
    domain: 'INTEGRATIONS',
    baseWeight: 4,
    mappings: [
      { framework: 'CSA_SSCF', reference: 'IAM-SaaS-19' },
      { framework: 'NIST_CSF_2', reference: 'PR.AA-05', note: 'partial' },
    ],
    techniques: [
      { id: 'T1528', name: 'Steal Application Access Token' },
      { id: 'T1550.001', name: 'Use Alternate Authentication Material: Application Access Token' },
    ],
  }),
];

function serve() {
  signIn(['VIEWER']);
  return mockFetch(({ url }) => {
    if (url.pathname === '/api/v1/controls') {
      const framework = url.searchParams.get('framework');
      return json(framework ? catalogue.filter((c) => c.mappings.some((m) => m.framework === framework)) : catalogue);
    }
    if (url.pathname === '/api/v1/controls/C08') return json(catalogue[1]);
    return problem(404, 'unexpected ' + url.pathname);
  });
}

const controlCalls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/api/v1/controls')
    .map((url) => url.searchParams);

describe('ControlsList', () => {
  test('shows code, domain, weight, framework badges and techniques per control', async () => {
    serve();
    renderAt('/controls', <ControlsList />);

    await screen.findAllByRole('link', { name: 'Connected-app / OAuth allowlist' });
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const c08 = rows[2];
    expect(c08).toHaveTextContent('C08');
    expect(c08).toHaveTextContent('Integrations');
    expect(within(c08).getByRole('img', { name: '4 of 5' })).toBeInTheDocument();
    expect(c08).toHaveTextContent('NIST CSF 2.0');
    expect(c08).toHaveTextContent('CSA SSCF');
    expect(c08).not.toHaveTextContent('ISO 27001');
    expect(c08).toHaveTextContent('T1550.001');
    expect(screen.getByText('2 controls')).toBeInTheDocument();
  });

  test('reads the filters from the URL, sends them to the API and drops malformed ones', async () => {
    const fetchMock = serve();
    renderAt('/controls', <ControlsList />, '/controls?framework=CSA_SSCF&domain=INTEGRATIONS&technique=T1528&control=nope');

    await screen.findByRole('table');
    const filtered = controlCalls(fetchMock).find((params) => params.has('framework'))!;
    expect(filtered.get('framework')).toBe('CSA_SSCF');
    expect(filtered.get('domain')).toBe('INTEGRATIONS');
    expect(filtered.get('technique')).toBe('T1528');
    expect(screen.getByRole('textbox', { name: 'Framework' })).toHaveValue('CSA SSCF');
    // "nope" is no control code, so no drawer opens and nothing is fetched for it.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  test('ignores a technique that is not an ATT&CK id', async () => {
    const fetchMock = serve();
    renderAt('/controls', <ControlsList />, '/controls?technique=DROP%20TABLE');

    await screen.findByRole('table');
    expect(controlCalls(fetchMock).every((params) => !params.has('technique'))).toBe(true);
  });

  test('puts a chosen framework and technique in the URL and asks the API for them', async () => {
    const fetchMock = serve();
    const { router } = renderAt('/controls', <ControlsList />);
    await screen.findByRole('table');

    await userEvent.click(screen.getByRole('textbox', { name: 'Framework' }));
    await userEvent.click(await screen.findByRole('option', { name: 'CSA SSCF' }));
    await waitFor(() => expect(router.state.location.search).toBe('?framework=CSA_SSCF'));

    await userEvent.click(screen.getByRole('textbox', { name: /ATT&CK technique/ }));
    await userEvent.click(await screen.findByRole('option', { name: /T1528/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?framework=CSA_SSCF&technique=T1528'));

    await waitFor(() => {
      const last = controlCalls(fetchMock).at(-1)!;
      expect(last.get('framework')).toBe('CSA_SSCF');
      expect(last.get('technique')).toBe('T1528');
    });
    // The server's answer replaces the list: only C08 maps to CSA SSCF here.
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
  });

  test('opens a control in a drawer, linked from the URL, with its mappings and techniques', async () => {
    serve();
    const { router } = renderAt('/controls', <ControlsList />, '/controls?domain=INTEGRATIONS');

    const [link] = await screen.findAllByRole('link', { name: 'Connected-app / OAuth allowlist' });
    await userEvent.click(link);

    await waitFor(() => expect(router.state.location.search).toBe('?domain=INTEGRATIONS&control=C08'));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('PR.AA-05')).toBeInTheDocument();
    expect(within(drawer).getByText('(partial)')).toBeInTheDocument();
    const technique = within(drawer).getByRole('link', { name: /T1550\.001/ });
    expect(technique).toHaveAttribute('href', 'https://attack.mitre.org/techniques/T1550/001/');
    expect(technique).toHaveAttribute('rel', 'noopener noreferrer');

    await userEvent.click(within(drawer).getByRole('button', { name: 'Close control details' }));
    await waitFor(() => expect(router.state.location.search).toBe('?domain=INTEGRATIONS'));
  });
});
