import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { VendorFromJSON } from '@/api-client';
import { renderAt, vendorJson } from '@/testing/test-utils';
import { VendorAbout, VendorPlatforms } from './vendor-details';

const ref = (id: number) => ({ id, name: `User ${String(id).padStart(3, '0')}`, category: 'CONTACT_CENTRE' });

describe('VendorPlatforms', () => {
  test('counts every user and links to the full list when only the first ones are shown', async () => {
    const vendor = VendorFromJSON(vendorJson({ id: 1, usedBy: [ref(2), ref(3)], usedByCount: 2500 }));
    renderAt('/vendors/1', <VendorPlatforms vendor={vendor} />);

    expect(await screen.findByRole('heading', { name: 'Used by (2500)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'User 002' })).toHaveAttribute('href', '/vendors/2');
    expect(screen.getByRole('link', { name: 'Show all 2500' })).toHaveAttribute('href', '/vendors?platformId=1');
  });

  test('needs no link when every user is shown', async () => {
    const vendor = VendorFromJSON(vendorJson({ id: 1, usedBy: [ref(2)], usedByCount: 1 }));
    renderAt('/vendors/1', <VendorPlatforms vendor={vendor} />);

    expect(await screen.findByRole('heading', { name: 'Used by (1)' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Show all/ })).not.toBeInTheDocument();
  });
});

describe('VendorAbout', () => {
  test('lists the other names the vendor goes by, or says none are set', async () => {
    const salesloft = VendorFromJSON(vendorJson({ id: 3, name: 'Salesloft', aliases: ['Salesloft Drift', 'Drift'] }));
    const { unmount } = renderAt('/vendors/3', <VendorAbout vendor={salesloft} />);

    const field = (await screen.findByText('Also known as')).closest('div')!;
    expect(within(field).getByText('Salesloft Drift')).toBeInTheDocument();
    expect(within(field).getByText('Drift')).toBeInTheDocument();
    unmount();

    renderAt('/vendors/4', <VendorAbout vendor={VendorFromJSON(vendorJson({ id: 4 }))} />);
    expect((await screen.findByText('Also known as')).closest('div')).toHaveTextContent('Not set');
  });
});
