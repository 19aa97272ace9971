import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { VendorCategory, type PlatformRef } from '@/api-client';
import { renderAt } from '@/testing/test-utils';
import { PlatformGraph } from './platform-graph';

const users = (n: number): PlatformRef[] =>
  Array.from({ length: n }, (_, i) => ({ id: 100 + i, name: `User ${i}`, category: VendorCategory.ContactCentre }));

describe('PlatformGraph', () => {
  test('draws a few users and one node that links to all of them', async () => {
    renderAt('/vendors/1', <PlatformGraph vendorId={1} name="Salesforce" platforms={[]} usedBy={users(100)} usedByCount={30000} />);

    expect(await screen.findByRole('group', { name: 'Salesforce: runs on 0, used by 30000' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /runs on this vendor\)$/ })).toHaveLength(11);
    expect(screen.getByRole('link', { name: '29989 more vendors run on this vendor: show all 30000' }))
      .toHaveAttribute('href', '/vendors?platformId=1');
  });

  test('draws every user when they fit', async () => {
    renderAt('/vendors/1', <PlatformGraph vendorId={1} name="Okta" platforms={[]} usedBy={users(12)} usedByCount={12} />);

    expect(await screen.findAllByRole('link', { name: /runs on this vendor\)$/ })).toHaveLength(12);
    expect(screen.queryByRole('link', { name: /show all/ })).not.toBeInTheDocument();
  });
});
