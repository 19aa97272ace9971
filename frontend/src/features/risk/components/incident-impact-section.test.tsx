import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { IncidentImpactSection } from './incident-impact-section';

const skyline = {
  vendorId: 8,
  name: 'Skyline Contact Solutions',
  category: 'CONTACT_CENTRE',
  match: 'PLATFORM',
  via: [{ id: 1, name: 'Salesforce', category: 'CRM' }],
  records: 5_700_000,
  dataCategoriesAtRisk: ['EMAIL', 'LOYALTY_NUMBER', 'NAME', 'PHONE', 'DATE_OF_BIRTH', 'GENDER'],
  score: 64.1,
  grade: 'D',
  scoreWithoutIncident: 72.9,
  gradeWithoutIncident: 'C',
  missingControls: [
    { controlCode: 'C16', controlName: 'Exfiltration and new-app detection', status: 'NOT_MET', strength: 1, pointsLost: 1.51 },
    { controlCode: 'C25', controlName: 'Data minimisation and retention', status: 'UNKNOWN', strength: 0.5, pointsLost: 0.96 },
  ],
};
const salesforce = {
  vendorId: 1,
  name: 'Salesforce',
  category: 'CRM',
  match: 'PLATFORM',
  via: [],
  records: 12_000,
  dataCategoriesAtRisk: ['NAME'],
  score: 91.2,
  grade: 'A',
  scoreWithoutIncident: 91.2,
  gradeWithoutIncident: 'A',
  missingControls: [],
};

function serve(impact: () => Response) {
  signIn(['VIEWER']);
  return mockFetch(({ url }) =>
    url.pathname === '/api/v1/incidents/1/impact' ? impact() : problem(404, 'unexpected ' + url.pathname),
  );
}

describe('IncidentImpactSection', () => {
  test('shows each exposed vendor: how, records and data at risk, score now vs without, missing controls', async () => {
    serve(() => json({ incidentId: 1, name: 'UNC6040', status: 'ACTIVE', exposedVendorCount: 2, vendors: [skyline, salesforce] }));
    renderAt('/incidents/1', <IncidentImpactSection incidentId={1} categoryLabels={{ EMAIL: 'Email address' }} />);

    const table = await screen.findByRole('table', { name: 'Exposed vendors' });
    expect(screen.getByRole('heading', { name: 'Exposed vendors (2)' })).toBeInTheDocument();
    const [, first, second] = within(table).getAllByRole('row');

    expect(within(first).getByRole('link', { name: 'Skyline Contact Solutions' })).toHaveAttribute('href', '/vendors/8');
    expect(first).toHaveTextContent('Via platform');
    expect(within(first).getByRole('link', { name: 'Salesforce' })).toHaveAttribute('href', '/vendors/1');
    expect(first).toHaveTextContent('5.7M');
    expect(first).toHaveTextContent('Email address');
    expect(first).toHaveTextContent('+2 more');
    expect(within(first).getByLabelText('Grade D: High')).toBeInTheDocument();
    expect(within(first).getByLabelText('−8.8 points from this incident')).toBeInTheDocument();
    expect(first).toHaveTextContent('72.9');
    expect(within(first).getByLabelText('Grade C: Elevated')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: /C16 Exfiltration and new-app detection, Not met/ })).toHaveAttribute(
      'href',
      '/controls?control=C16',
    );
    expect(within(first).getByRole('link', { name: /C25 .*Unknown/ })).toBeInTheDocument();

    expect(second).toHaveTextContent('Direct');
    expect(second).toHaveTextContent('It is a targeted platform');
    expect(second).toHaveTextContent('None missing');
  });

  test('says so when no vendor is exposed', async () => {
    serve(() => json({ incidentId: 1, name: 'UNC6040', status: 'ARCHIVED', exposedVendorCount: 0, vendors: [] }));
    renderAt('/incidents/1', <IncidentImpactSection incidentId={1} />);

    expect(await screen.findByRole('heading', { name: 'No vendor exposed' })).toBeInTheDocument();
  });

  test('shows the server’s problem when the impact cannot be computed', async () => {
    serve(() => problem(500, 'Impact failed.'));
    renderAt('/incidents/1', <IncidentImpactSection incidentId={1} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Impact failed.');
  });
});
