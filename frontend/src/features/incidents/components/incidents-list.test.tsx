import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { incidentJson, json, mockFetch, pageJson, problem, renderAt, signIn } from '@/testing/test-utils';
import { IncidentsList } from './incidents-list';

function serve(items = [
  incidentJson({ name: 'Snowflake credential theft', severity: 'CRITICAL', status: 'ARCHIVED', threatActor: 'UNC5537', firstSeen: '2024-04-14' }),
  incidentJson({ name: 'Gainsight token abuse', severity: 'HIGH', status: 'ACTIVE', threatActor: undefined, lastSeen: undefined }),
]) {
  signIn(['VIEWER']);
  return mockFetch(({ url }) =>
    url.pathname === '/api/v1/incidents' ? json(pageJson(items, { totalItems: 45, totalPages: 3 })) : problem(404, 'unexpected'),
  );
}

const listCalls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').searchParams);

describe('IncidentsList', () => {
  test('shows each incident with severity, status, threat actor and dates', async () => {
    const fetchMock = serve();
    renderAt('/incidents', <IncidentsList />);

    await screen.findAllByRole('link', { name: 'Snowflake credential theft' });
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('UNC5537');
    expect(within(rows[1]).getByLabelText('Severity: Critical')).toBeInTheDocument();
    expect(within(rows[1]).getByLabelText('Status: Archived')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('14 Apr 2024');
    expect(rows[2]).toHaveTextContent('Threat actor unknown');
    expect(rows[2]).toHaveTextContent('Ongoing');
    expect(within(rows[1]).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/incidents\/\d+$/));

    const [params] = listCalls(fetchMock);
    expect(params.get('page')).toBe('0');
    expect(params.get('sort')).toBe('-firstSeen');
  });

  test('keeps status, severity, sort and page in the URL and sends them to the API', async () => {
    const fetchMock = serve();
    const { router } = renderAt('/incidents', <IncidentsList />, '/incidents?page=2&sort=name&severity=BOGUS');

    await screen.findByRole('table');
    const first = listCalls(fetchMock).at(-1)!;
    expect(first.get('page')).toBe('1');
    expect(first.get('sort')).toBe('name');
    expect(first.has('severity')).toBe(false);

    await userEvent.click(screen.getByRole('textbox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Active' }));

    // A new filter starts again from the first page.
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('status')).toBe('ACTIVE'));
    expect(new URLSearchParams(router.state.location.search).has('page')).toBe(false);
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('name');
    await waitFor(() => expect(listCalls(fetchMock).at(-1)!.get('status')).toBe('ACTIVE'));
    expect(listCalls(fetchMock).at(-1)!.get('page')).toBe('0');
  });
});
