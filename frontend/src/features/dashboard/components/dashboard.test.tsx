import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { dashboardSummaryJson, json, mockFetch, pageJson, renderAt, signIn } from '@/testing/test-utils';
import { Dashboard } from './dashboard';
import { VendorWhatIf } from './vendor-what-if';
import { VendorRiskFromJSON, type VendorRisk } from '@/api-client';

const riskJson = {
  vendorId: 8,
  score: 72.0,
  grade: 'C',
  inherentImpact: 56.0,
  likelihood: 0.62,
  inherentRisk: 34.7,
  controlEffectiveness: 0.24,
  residualRisk: 28.0,
  indicativeLossUsd: 112_937_632,
  modelVersion: '2026.2',
  scoredAt: '2026-11-23T16:54:53.308Z',
  confidence: 'ASSESSED',
  explanation: {
    confidence: 'ASSESSED',
    factors: [],
    impact: { recordCount: 4_000_000, categories: ['NAME'], vulnerableSubjects: false, dataSensitivity: 4.9, volume: 0.8, access: 0.9, inherentImpact: 56, assumed: false },
    exposure: [],
    threats: [],
    controlCosts: [
      { controlCode: 'C08', status: 'UNKNOWN', evidenceExpired: false, weight: 5, campaignSteps: 2, pointsLost: 6.2 },
      { controlCode: 'C01', status: 'MET', evidence: 'DOCUMENTED', evidenceExpired: false, weight: 4, campaignSteps: 0, pointsLost: 0 },
    ],
    whatIf: [{ controlCodes: ['C08'], score: 78.2, grade: 'C' }],
  },
};

function serveDashboard() {
  signIn(['VIEWER']);
  return mockFetch(({ url }) => {
    if (url.pathname === '/api/v1/dashboard/summary') return json(dashboardSummaryJson());
    if (url.pathname === '/api/v1/dashboard/trend') return json({ points: [] });
    if (url.pathname === '/api/v1/reassessment-cadences') {
      return json({ items: [{ tier: 'CRITICAL', months: 6, version: 0, updatedAt: '2026-12-01T00:00:00Z' }] });
    }
    if (url.pathname === '/api/v1/reassessments') {
      return json(
        pageJson([
          { vendorId: 7, vendorName: 'Skyline Contact Solutions', tier: 'CRITICAL', cadenceMonths: 6, dueOn: '2026-05-01', state: 'OVERDUE' },
        ]),
      );
    }
    return json({}, 404);
  });
}

describe('dashboard', () => {
  test('shows the riskiest vendors with the control that helps most, the heatmap and what is overdue', async () => {
    const fetchMock = serveDashboard();
    renderAt('/', <Dashboard categoryLabels={{ NAME: 'Name' }} canEditCadence={false} />);

    const riskiest = await screen.findByRole('region', { name: 'Top 10 riskiest vendors' });
    expect(within(riskiest).getByRole('link', { name: 'Skyline Contact Solutions' })).toHaveAttribute('href', '/vendors/7');
    expect(riskiest).toHaveTextContent('Meet C08 Connected-app allow-listing → 52.4 (D)');
    expect(screen.getByLabelText('2 vendors with impact 60–80 and likelihood ≥ 0.8')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Reassessments overdue' })).toHaveTextContent('1');
    expect(within(screen.getByRole('region', { name: 'Records held by third parties' })).getByText('Name')).toBeInTheDocument();
    const findings = screen.getByRole('region', { name: 'Open findings by severity' });
    expect(findings).toHaveTextContent('10 to remediate');
    expect(within(findings).getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      'Critical3 open0 accepted',
      'High5 open1 accepted',
      'Medium0 open0 accepted',
      'Low2 open0 accepted',
    ]);
    // The reassessment list is its own lazy chunk, loaded after the summary.
    const due = await screen.findByRole('region', { name: 'Reassessments due' });
    expect(await within(due).findByRole('link', { name: 'Skyline Contact Solutions' })).toBeInTheDocument();
    const reassessmentCall = fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost'))
      .find((url) => url.pathname === '/api/v1/reassessments');
    expect(reassessmentCall?.searchParams.get('due')).toBe('OVERDUE');
  });
});

describe('what-if toggles', () => {
  test('ticking a missing control asks the model for the score with it met', async () => {
    signIn(['VIEWER']);
    const risk: VendorRisk = VendorRiskFromJSON(riskJson);
    const fetchMock = mockFetch(({ url, body }) => {
      if (url.pathname === '/api/v1/vendors/8/risk/what-if') {
        const codes = (body as { controlCodes: string[] }).controlCodes;
        return json({ controlCodes: codes, score: 81.5, grade: 'B' });
      }
      return json({}, 404);
    });
    renderAt('/', <VendorWhatIf vendorId={8} risk={risk} controlNames={{ C08: 'Connected-app allow-listing' }} />);

    // Met controls are not offered.
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    await userEvent.click(screen.getByRole('checkbox', { name: /^C08 Connected-app allow-listing/ }));

    expect(await screen.findByTestId('what-if-score')).toHaveTextContent('81.5');
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [, init] = fetchMock.mock.calls[0];
    expect(JSON.parse(String(init?.body))).toEqual({ controlCodes: ['C08'] });
  });
});
