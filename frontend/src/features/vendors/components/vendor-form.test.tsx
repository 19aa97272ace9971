import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { Vendor } from '@/api-client';
import { VendorFromJSON } from '@/api-client';
import { json, mockFetch, pageJson, problem, renderAt, signIn, vendorJson } from '@/testing/test-utils';
import { CreateVendor } from './create-vendor';
import { UpdateVendor } from './update-vendor';

const platforms = [vendorJson({ id: 41, name: 'Amazon Web Services', category: 'CLOUD_INFRASTRUCTURE' })];

/** Answers the platform search; `onSave` answers the POST/PUT. */
function serve(onSave: (body: Record<string, unknown>) => Response, onGet?: () => Response) {
  signIn();
  return mockFetch(({ url, method, body }) => {
    if (url.pathname === '/api/v1/vendors' && method === 'GET') return json(pageJson(platforms));
    if (method === 'POST' || method === 'PUT') return onSave(body as Record<string, unknown>);
    if (onGet && method === 'GET' && url.pathname.startsWith('/api/v1/vendors/')) return onGet();
    return problem(404, 'unexpected ' + method + ' ' + url.pathname);
  });
}

const field = (name: RegExp) => screen.getByRole('textbox', { name });

async function chooseCategory(label: string) {
  await userEvent.click(field(/^Category/));
  await userEvent.click(await screen.findByRole('option', { name: label }));
}

describe('CreateVendor form', () => {
  test('shows the schema errors and sends nothing while the form is invalid', async () => {
    const fetchMock = serve(() => json({}, 201));
    renderAt('/vendors/new', <CreateVendor />);

    await userEvent.click(screen.getByRole('button', { name: 'Register vendor' }));

    expect(await screen.findByText('Enter the vendor’s name')).toBeInTheDocument();
    expect(screen.getByText('Enter a full web address starting with https:// or http://')).toBeInTheDocument();
    expect(screen.getByText('Choose a category')).toBeInTheDocument();
    expect(field(/^Name/)).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(field(/^Security contact/), 'not-an-email');
    await userEvent.type(field(/^External id/), 'has spaces');
    await userEvent.click(screen.getByRole('button', { name: 'Register vendor' }));
    expect(await screen.findByText('Enter an email address, e.g. security@vendor.com')).toBeInTheDocument();
    expect(screen.getByText('Letters, digits and . _ : - only, no spaces')).toBeInTheDocument();

    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
  });

  test('puts the server’s field errors on the matching inputs and the rest above the form', async () => {
    const fetchMock = serve(() =>
      problem(422, 'platformIds[0]: no vendor with id 41; website: unreachable; legalEntity: unknown', [
        { field: 'platformIds[0]', message: 'no vendor with id 41' },
        { field: 'website', message: 'must not point at a private address' },
        { field: 'legalEntity', message: 'is not a known field' },
      ]),
    );
    renderAt('/vendors/new', <CreateVendor />);

    await userEvent.type(field(/^Name/), 'Acme Contact Centre');
    await userEvent.type(field(/^Website/), 'acme-cc.example');
    await chooseCategory('Contact centre');
    await userEvent.click(screen.getByRole('button', { name: 'Register vendor' }));

    expect(await screen.findByText('must not point at a private address')).toBeInTheDocument();
    expect(field(/^Website/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('no vendor with id 41')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('legalEntity: is not a known field');

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({
      name: 'Acme Contact Centre',
      website: 'https://acme-cc.example',
      category: 'CONTACT_CENTRE',
      tier: 'MEDIUM',
      status: 'ACTIVE',
      platformIds: [],
    });
  });

  test('shows a conflict that belongs to no field, such as a duplicate name', async () => {
    serve(() => problem(409, "A vendor named 'Okta' already exists (id 9)."));
    renderAt('/vendors/new', <CreateVendor />);

    await userEvent.type(field(/^Name/), 'Okta');
    await userEvent.clear(field(/^Website/));
    await userEvent.type(field(/^Website/), 'https://okta.com');
    await chooseCategory('Identity');
    await userEvent.click(screen.getByRole('button', { name: 'Register vendor' }));

    expect(await screen.findByRole('alert')).toHaveTextContent("A vendor named 'Okta' already exists (id 9).");
  });
});

describe('Vendor form aliases', () => {
  async function fillRequired(name: string) {
    await userEvent.type(field(/^Name/), name);
    await userEvent.clear(field(/^Website/));
    await userEvent.type(field(/^Website/), 'https://salesloft.com');
    await chooseCategory('Sales engagement');
  }

  test('sends the other names, and marks the one another vendor already goes by when the server refuses it', async () => {
    const fetchMock = serve(() =>
      problem(409, 'Another vendor already goes by salesloft drift (vendor 12); a name or alias can belong to one vendor only.'),
    );
    renderAt('/vendors/new', <CreateVendor />);

    await fillRequired('Salesloft');
    // Commas belong to company names; only Enter ends one.
    await userEvent.type(field(/^Also known as/), 'Salesloft Drift{enter}Drift, Inc.{enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Register vendor' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Another vendor already goes by salesloft drift (vendor 12)');
    expect(
      screen.getByText('Another vendor already goes by Salesloft Drift: remove it here or from that vendor'),
    ).toBeInTheDocument();
    expect(field(/^Also known as/)).toHaveAttribute('aria-invalid', 'true');
    expect(field(/^Name/)).not.toHaveAttribute('aria-invalid', 'true');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body)).aliases).toEqual(['Salesloft Drift', 'Drift, Inc.']);
  });

  test('marks the name when another vendor goes by it as an alias', async () => {
    serve(() => problem(409, 'Another vendor already goes by Salesloft Drift (vendor 12); a name or alias can belong to one vendor only.'));
    renderAt('/vendors/new', <CreateVendor />);

    await fillRequired('Salesloft Drift');
    await userEvent.click(screen.getByRole('button', { name: 'Register vendor' }));

    expect(await screen.findByText('Another vendor already goes by this name')).toBeInTheDocument();
    expect(field(/^Name/)).toHaveAttribute('aria-invalid', 'true');
    expect(field(/^Also known as/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('refuses the vendor’s own name as another name before calling the server', async () => {
    const fetchMock = serve(() => json({}, 201));
    renderAt('/vendors/new', <CreateVendor />);

    await fillRequired('Salesloft');
    await userEvent.type(field(/^Also known as/), 'SALESLOFT{enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Register vendor' }));

    expect(await screen.findByText('Remove the vendor’s own name: list only its other names')).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
  });

  test('starts from the vendor’s aliases and clears them when the last one is removed', async () => {
    const vendor = VendorFromJSON(vendorJson({ id: 9, name: 'Salesloft', category: 'SALES_ENGAGEMENT', aliases: ['Drift'], version: 2 }));
    const fetchMock = serve((body) => json(vendorJson({ ...body, id: 9, version: 3 })));
    renderAt('/vendors/9/edit', <UpdateVendor vendor={vendor} />);

    expect(screen.getByText('Drift')).toBeInTheDocument();
    await userEvent.type(field(/^Also known as/), '{backspace}');
    expect(screen.queryByText('Drift')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(JSON.parse(String(put[1]!.body))).toMatchObject({ aliases: [], version: 2 });
  });
});

describe('UpdateVendor form', () => {
  const original: Vendor = VendorFromJSON(vendorJson({ id: 7, name: 'Zendesk', category: 'SUPPORT_DESK', version: 3 }));

  test('sends the version it read and, when it is stale, offers to reload the latest', async () => {
    const fetchMock = serve(
      () => problem(409, 'Vendor 7 was changed by someone else (current version 4).'),
      () => json(vendorJson({ id: 7, name: 'Zendesk Suite', category: 'SUPPORT_DESK', version: 4 })),
    );
    renderAt('/vendors/7/edit', <UpdateVendor vendor={original} />);

    await userEvent.type(field(/^Business owner/), 'Sam');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this vendor');
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(JSON.parse(String(put[1]!.body))).toMatchObject({ version: 3, businessOwner: 'Sam' });

    await userEvent.click(within(alert).getByRole('button', { name: 'Reload latest version' }));
    await waitFor(() => expect(field(/^Name/)).toHaveValue('Zendesk Suite'));
    expect(field(/^Business owner/)).toHaveValue('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
