import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { incidentJson, json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { IncidentRoute } from './incident';

const drift = incidentJson({
  id: 2,
  name: 'Salesloft Drift OAuth token theft',
  threatActor: 'UNC6395',
  firstSeen: '2025-08-08',
  lastSeen: '2025-08-18',
  publishedOn: '2025-08-26',
  severity: 'CRITICAL',
  status: 'FADING',
  summary: 'Stolen OAuth tokens were replayed against Salesforce orgs.',
  sources: [
    { title: 'Widespread data theft', url: 'https://cloud.google.com/blog/drift', publisher: 'GTIG', publishedOn: '2025-08-26' },
  ],
  platforms: [{ name: 'Salesforce', vendorId: 7 }, { name: 'Drift' }],
  vendorCategories: ['CRM', 'SALES_ENGAGEMENT'],
  techniques: [{ id: 'T1528', name: 'Steal Application Access Token' }],
  steps: [],
  attributions: [],
  exploitedControls: [
    { controlCode: 'C18', controlName: 'No secrets in business data', relevance: 0.5 },
    { controlCode: 'C12', controlName: 'Network restriction for tokens', relevance: 1 },
  ],
  dataCategories: ['CONTACT', 'CREDENTIALS'],
});

function serve(incident: unknown = drift) {
  signIn(['VIEWER']);
  return mockFetch(({ url }) => {
    if (url.pathname === '/api/v1/incidents/2') return incident ? json(incident) : problem(404, 'No incident 2.');
    if (url.pathname === '/api/v1/incidents/2/impact') {
      return json({ incidentId: 2, name: 'Drift', status: 'FADING', exposedVendorCount: 0, vendors: [] });
    }
    if (url.pathname === '/api/v1/data-categories') {
      return json([{ code: 'CONTACT', label: 'Contact details', sensitivityWeight: 1, enisaClass: 'Simple', description: '' }]);
    }
    return problem(404, 'unexpected ' + url.pathname);
  });
}

describe('IncidentRoute', () => {
  test('shows the headline, summary and dates', async () => {
    serve();
    renderAt('/incidents/:incidentId', <IncidentRoute />, '/incidents/2');

    expect(await screen.findByRole('heading', { level: 1, name: 'Salesloft Drift OAuth token theft' })).toBeInTheDocument();
    expect(screen.getByLabelText('Severity: Critical')).toBeInTheDocument();
    expect(screen.getByLabelText('Status: Fading')).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('Stolen OAuth tokens were replayed');
    expect(summary).toHaveTextContent('8 Aug 2025');
    expect(summary).toHaveTextContent('18 Aug 2025');
  });

  test('ranks exploited controls by relevance with a bar each, linked to the catalogue', async () => {
    serve();
    renderAt('/incidents/:incidentId', <IncidentRoute />, '/incidents/2');

    const section = await screen.findByRole('region', { name: /Exploited controls/ });
    const bars = within(section).getAllByRole('progressbar');
    expect(bars.map((bar) => [bar.getAttribute('aria-label'), bar.getAttribute('aria-valuenow')])).toEqual([
      ['C12 relevance', '100'],
      ['C18 relevance', '50'],
    ]);
    expect(within(section).getByRole('heading', { name: /Blocks or detects a step of the attack \(1\)/ })).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: /Limits the blast radius \(1\)/ })).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: /C12 Network restriction for tokens/ })).toHaveAttribute(
      'href',
      '/controls?control=C12',
    );
  });

  test('links sources out safely and platforms to their registered vendor', async () => {
    serve();
    renderAt('/incidents/:incidentId', <IncidentRoute />, '/incidents/2');

    const sources = await screen.findByRole('region', { name: /Sources/ });
    const source = within(sources).getByRole('link', { name: /Widespread data theft/ });
    expect(source).toHaveAttribute('href', 'https://cloud.google.com/blog/drift');
    expect(source).toHaveAttribute('target', '_blank');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(sources).toHaveTextContent('GTIG · 26 Aug 2025');

    const targets = screen.getByRole('region', { name: 'Targets' });
    expect(within(targets).getByRole('link', { name: 'Salesforce' })).toHaveAttribute('href', '/vendors/7');
    expect(within(targets).queryByRole('link', { name: /Drift/ })).not.toBeInTheDocument();
    expect(targets).toHaveTextContent('Sales engagement');

    const technique = within(screen.getByRole('region', { name: /ATT&CK techniques/ })).getByRole('link', { name: /T1528/ });
    expect(technique).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('names exposed data categories, falling back to the code', async () => {
    serve();
    renderAt('/incidents/:incidentId', <IncidentRoute />, '/incidents/2');

    const data = await screen.findByRole('region', { name: /Data categories exposed/ });
    expect(await within(data).findByText('Contact details')).toBeInTheDocument();
    expect(within(data).getByText('CREDENTIALS')).toBeInTheDocument();
  });

  test('says so when the incident does not exist', async () => {
    serve(null);
    renderAt('/incidents/:incidentId', <IncidentRoute />, '/incidents/2');

    expect(await screen.findByRole('heading', { name: 'Incident not found' })).toBeInTheDocument();
  });
});
