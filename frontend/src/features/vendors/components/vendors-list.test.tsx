import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, pageJson, problem, renderAt, signIn, vendorJson } from '@/testing/test-utils';
import { VendorsList } from './vendors-list';

function serveVendors(items = [
  vendorJson({ name: 'Acme Contact Centre', category: 'CONTACT_CENTRE', tier: 'CRITICAL', totalRecords: 5_700_000, dataCategoryCount: 4 }),
  vendorJson({ name: 'Mailchimp', category: 'MARKETING', tier: 'LOW', status: 'SUSPENDED', totalRecords: 950, dataCategoryCount: 1 }),
]) {
  signIn();
  return mockFetch(({ url }) =>
    url.pathname === '/api/v1/vendors' ? json(pageJson(items, { totalItems: 45, totalPages: 3 })) : problem(404, 'unexpected'),
  );
}

const listCalls = (fetchMock: ReturnType<typeof mockFetch>) =>
  fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').searchParams);

describe('VendorsList', () => {
  test('renders one row per vendor with human labels and compact record counts', async () => {
    const fetchMock = serveVendors();
    renderAt('/vendors', <VendorsList />);

    await screen.findAllByRole('link', { name: 'Acme Contact Centre' });
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3); // header + 2 vendors

    const acme = rows[1];
    expect(within(acme).getByRole('link', { name: 'Acme Contact Centre' })).toHaveAttribute('href', expect.stringMatching(/^\/vendors\/\d+$/));
    expect(acme).toHaveTextContent('Contact centre');
    expect(acme).toHaveTextContent('Critical');
    expect(acme).toHaveTextContent('5.7M');
    expect(acme).toHaveTextContent('4');
    expect(rows[2]).toHaveTextContent('Suspended');
    expect(rows[2]).toHaveTextContent('950');
    expect(screen.getByText('45 vendors')).toBeInTheDocument();

    const [params] = listCalls(fetchMock);
    expect(params.get('page')).toBe('0');
    expect(params.get('size')).toBe('20');
    expect(params.get('sort')).toBe('name');
  });

  test('reads filters and page from the URL and sends them to the API', async () => {
    const fetchMock = serveVendors();
    renderAt('/vendors', <VendorsList />, '/vendors?tier=HIGH&status=ACTIVE&page=2&q=acme&sort=-totalRecords&category=NOPE');

    await screen.findByRole('table');
    const params = listCalls(fetchMock).at(-1)!;
    expect(params.get('tier')).toBe('HIGH');
    expect(params.get('status')).toBe('ACTIVE');
    expect(params.get('q')).toBe('acme');
    expect(params.get('page')).toBe('1');
    expect(params.get('sort')).toBe('-totalRecords');
    // An unknown value in a hand-edited URL is ignored, not sent.
    expect(params.has('category')).toBe(false);
    expect(screen.getByRole('textbox', { name: 'Tier' })).toHaveValue('High');
  });

  test('lists the users of a platform from a "show all" link, names the platform and lets the filter go', async () => {
    signIn();
    const fetchMock = mockFetch(({ url }) => {
      if (url.pathname === '/api/v1/vendors') return json(pageJson([vendorJson({ name: 'Skyline' })], { totalItems: 1 }));
      if (url.pathname === '/api/v1/vendors/7') return json(vendorJson({ id: 7, name: 'Salesforce' }));
      return problem(404, 'unexpected');
    });
    const { router } = renderAt('/vendors', <VendorsList />, '/vendors?platformId=7');

    expect(await screen.findByText('Salesforce')).toBeInTheDocument();
    expect(listCalls(fetchMock).find((params) => params.has('platformId'))!.get('platformId')).toBe('7');

    await userEvent.click(screen.getByRole('button', { name: 'Show all vendors, not only those that use Salesforce' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(listCalls(fetchMock).at(-1)!.has('platformId')).toBe(false));
  });

  test('puts a chosen filter in the URL and starts again from page 1', async () => {
    const fetchMock = serveVendors();
    const { router } = renderAt('/vendors', <VendorsList />, '/vendors?page=3');
    await screen.findByRole('table');

    await userEvent.click(screen.getByRole('textbox', { name: 'Tier' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Critical' }));

    await waitFor(() => expect(router.state.location.search).toBe('?tier=CRITICAL'));
    await waitFor(() => expect(listCalls(fetchMock).at(-1)!.get('tier')).toBe('CRITICAL'));
    expect(listCalls(fetchMock).at(-1)!.get('page')).toBe('0');
  });

  test('debounces the search box into the q parameter', async () => {
    const fetchMock = serveVendors();
    const { router } = renderAt('/vendors', <VendorsList />);
    await screen.findByRole('table');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'zen');

    await waitFor(() => expect(router.state.location.search).toBe('?q=zen'));
    await waitFor(() => expect(listCalls(fetchMock).at(-1)!.get('q')).toBe('zen'));
    // One request for the settled text, none per keystroke.
    const searched = listCalls(fetchMock).map((p) => p.get('q'));
    expect(searched.filter((q) => q !== null)).toEqual(['zen']);
  });

  test('sorts by a column and reverses on a second click', async () => {
    serveVendors();
    const { router } = renderAt('/vendors', <VendorsList />);
    await screen.findByRole('table');

    await userEvent.click(screen.getByRole('button', { name: /Records/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=totalRecords'));
    expect(screen.getByRole('columnheader', { name: /Records/ })).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(screen.getByRole('button', { name: /Records/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-totalRecords'));
  });

  test('says when no vendor matches and offers to clear the filters', async () => {
    serveVendors([]);
    const { router } = renderAt('/vendors', <VendorsList />, '/vendors?status=OFFBOARDED');

    expect(await screen.findByText('No vendors match these filters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  test('shows the server problem when the list cannot load', async () => {
    signIn();
    mockFetch(() => problem(503, 'The database is unavailable; try again shortly.'));
    renderAt('/vendors', <VendorsList />);

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is unavailable; try again shortly.');
  });
});
