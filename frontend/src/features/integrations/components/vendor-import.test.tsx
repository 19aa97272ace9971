import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { json, mockFetch, renderAt, signIn } from '@/testing/test-utils';
import { VendorImport } from './vendor-import';

const report = (dryRun: boolean, withErrors: boolean) => ({
  dryRun,
  created: withErrors ? 0 : 1,
  updated: 0,
  unchanged: 1,
  rows: [
    { row: 1, externalId: 'PROC-1', name: 'Acme', action: withErrors ? 'ERROR' : 'CREATE' },
    { row: 2, externalId: 'PROC-2', name: 'Globex', action: 'UNCHANGED', vendorId: 7 },
  ],
  errors: withErrors ? [{ row: 1, field: 'website', message: 'must be an http(s) URL of at most 500 characters' }] : [],
});

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

const file = (name: string, text: string, type: string) => new File([text], name, { type });

// Mantine's FileInput is a button labelled 'Vendor file' that opens a hidden file input.
const fileInput = () => {
  expect(screen.getByRole('button', { name: 'Vendor file' })).toBeInTheDocument();
  return document.querySelector<HTMLInputElement>('input[type="file"]')!;
};

// Uploading, reading and rendering the report table takes several seconds on a loaded CI machine.
describe('VendorImport', { timeout: 20_000 }, () => {
  test('a dry run lists each row with its errors and keeps Import disabled while there are errors', async () => {
    signIn();
    const fetchMock = mockFetch(({ url }) => json(report(url.searchParams.get('dryRun') === 'true', true)));
    renderAt('/vendors/import', <VendorImport />);

    await userEvent.upload(fileInput(), file('vendors.json', '{"vendors": []}', 'application/json'));
    await userEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));

    const table = await screen.findByRole('table', { name: 'Dry run result' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('ERROR');
    expect(rows[1]).toHaveTextContent('website: must be an http(s) URL');
    expect(rows[2]).toHaveTextContent('UNCHANGED');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    const [input, init] = fetchMock.mock.calls[0];
    expect(String(input)).toContain('/api/v1/vendors/import?dryRun=true');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  test('a clean dry run enables Import, which sends the CSV file as text/csv', async () => {
    signIn();
    const sent: { url: string; contentType: string | null; body: unknown }[] = [];
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'http://localhost');
      sent.push({ url: url.search, contentType: new Headers(init.headers).get('Content-Type'), body: await blobText(init.body as Blob) });
      return json(report(url.searchParams.get('dryRun') === 'true', false));
    }));
    renderAt('/vendors/import', <VendorImport />);
    const csv = 'external_id,name\nPROC-1,Acme\n';

    await userEvent.upload(fileInput(), file('vendors.csv', csv, 'text/csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    await screen.findByText('Ready to import');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    await screen.findByText('Imported');
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[0]).toEqual({ url: '?dryRun=true', contentType: 'text/csv', body: csv });
    expect(sent[1]).toEqual({ url: '?dryRun=false', contentType: 'text/csv', body: csv });
  });
});
