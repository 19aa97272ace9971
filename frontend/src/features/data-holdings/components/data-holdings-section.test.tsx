import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { normaliseRegions } from './data-holdings-editor';
import { DataHoldingsSection } from './data-holdings-section';

const categories = [
  { code: 'NAME', label: 'Name', sensitivityWeight: 1, enisaClass: 'Simple', description: 'Identifies a person.' },
  { code: 'PASSPORT', label: 'Passport number', sensitivityWeight: 8, enisaClass: 'Sensitive', description: 'Identity fraud.' },
];
const holdings = [
  { dataCategory: 'NAME', recordCount: 5_700_000, accessType: 'SYSTEM_OF_RECORD', regions: ['AU'], vulnerableSubjects: false },
  { dataCategory: 'PASSPORT', recordCount: 1_200_000, accessType: 'BULK_ACCESS', regions: [], vulnerableSubjects: true },
];

function serve(onPut: () => Response = () => json(holdings, 200, { ETag: '"8"' })) {
  signIn();
  return mockFetch(({ url, method }) => {
    if (url.pathname === '/api/v1/data-categories') return json(categories);
    if (url.pathname === '/api/v1/vendors/3/data-holdings') {
      return method === 'PUT' ? onPut() : json(holdings, 200, { ETag: '"7"' });
    }
    return problem(404, 'unexpected');
  });
}

describe('DataHoldingsSection', () => {
  test('shows each holding with its category name, weight and totals', async () => {
    serve();
    renderAt('/vendors/3', <DataHoldingsSection vendorId={3} canEdit={false} />);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    // The most sensitive category comes first.
    expect(rows[1]).toHaveTextContent('Passport number');
    expect(rows[1]).toHaveTextContent('8.0');
    expect(rows[1]).toHaveTextContent('1.2M');
    expect(rows[1]).toHaveTextContent('Bulk access');
    expect(rows[2]).toHaveTextContent('AU');
    expect(screen.getByText('6.9M')).toBeInTheDocument(); // sum across categories
    expect(screen.queryByRole('button', { name: 'Edit data held' })).not.toBeInTheDocument();
  });

  test('saves the whole list with the ETag it read as If-Match', async () => {
    const fetchMock = serve();
    renderAt('/vendors/3', <DataHoldingsSection vendorId={3} canEdit />);

    await userEvent.click(await screen.findByRole('button', { name: 'Edit data held' }));
    await userEvent.click(screen.getAllByRole('button', { name: /Remove row/ })[1]);
    await userEvent.click(screen.getByRole('button', { name: 'Save data holdings' }));

    await screen.findByRole('button', { name: 'Edit data held' });
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'PUT')!;
    expect(new Headers(init!.headers).get('If-Match')).toBe('"7"');
    expect(JSON.parse(String(init!.body))).toEqual([holdings[0]]);
  });

  test('rejects a region that is not a two-letter code before saving', async () => {
    const fetchMock = serve();
    renderAt('/vendors/3', <DataHoldingsSection vendorId={3} canEdit />);

    await userEvent.click(await screen.findByRole('button', { name: 'Edit data held' }));
    await userEvent.type(screen.getAllByRole('textbox', { name: /^Regions/ })[0], 'AUS{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Save data holdings' }));

    expect(await screen.findByText('Use two-letter country codes such as AU or EU')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'PUT')).toBe(false);
  });

  test('explains a 412 and reloads the latest list on request', async () => {
    serve(() => problem(412, 'The data holdings of vendor 3 have changed since they were read.'));
    renderAt('/vendors/3', <DataHoldingsSection vendorId={3} canEdit />);

    await userEvent.click(await screen.findByRole('button', { name: 'Edit data held' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save data holdings' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('changed by someone else');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload latest' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});

test('normaliseRegions splits pasted lists and upper-cases codes', () => {
  expect(normaliseRegions(['au, nz', 'AU', ' eu '])).toEqual(['AU', 'NZ', 'EU']);
});
