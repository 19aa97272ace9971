import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, pageJson, problem, renderAt, signIn } from '@/testing/test-utils';
import { VendorRiskSection } from './vendor-risk-section';

/** Skyline Contact Solutions in the demo portfolio, as the API scores it. */
export function vendorRiskJson(overrides: Record<string, unknown> = {}) {
  return {
    vendorId: 8,
    score: 72.0,
    grade: 'C',
    inherentImpact: 56.034,
    likelihood: 0.61945,
    inherentRisk: 34.71,
    controlEffectiveness: 0.24336,
    residualRisk: 27.952,
    indicativeLossUsd: 112_937_632,
    modelVersion: '2026.2',
    scoredAt: '2026-11-23T16:54:53.308Z',
    confidence: 'ASSESSED',
    explanation: {
      confidence: 'ASSESSED',
      factors: [
        { name: 'inherentImpact', value: 56.0343, riskPoints: 56.0343 },
        { name: 'baseLikelihood', value: 0.5812, riskPoints: -23.4644 },
        { name: 'threats', value: 0.62, riskPoints: 2.1402 },
        { name: 'attackChains', value: 0.6, riskPoints: -1.0 },
        { name: 'controlEffectiveness', value: 0.2434, riskPoints: -5.7578 },
        { name: 'confidenceCap', value: 100, riskPoints: 0.0 },
      ],
      impact: {
        recordCount: 4_000_000,
        categories: ['NAME', 'DATE_OF_BIRTH'],
        vulnerableSubjects: false,
        dataSensitivity: 4.875,
        volume: 0.8253,
        access: 0.9,
        inherentImpact: 56.0343,
        assumed: false,
      },
      exposure: [
        { route: 'STAFF_WITH_ACCESS', degree: 1, likelihood: 0.15 },
        { route: 'CONNECTED_APPS', degree: 0.875, likelihood: 0.1313 },
      ],
      threats: [
        {
          incidentId: 1,
          name: 'UNC6040',
          match: 'PLATFORM',
          severity: 1,
          routeMatch: 0.9375,
          decay: 0.13,
          statusFactor: 0.5,
          strength: 0.0304,
          attempt: 0.0608,
          chainSuccess: 0.58,
          riskPoints: 2.0,
          steps: [
            { name: 'Vishing call posing as IT support', controlCode: 'C05', breaking: 0.2 },
            { name: 'Malicious connected app authorised through the OAuth device flow', breaking: 0 },
          ],
        },
      ],
      controlCosts: [
        { controlCode: 'C16', status: 'NOT_MET', evidenceExpired: false, weight: 5, campaignSteps: 3, pointsLost: 1.5105 },
        { controlCode: 'C12', status: 'NOT_MET', evidenceExpired: false, weight: 5, campaignSteps: 0, pointsLost: 1.4466 },
        { controlCode: 'C06', status: 'PARTIAL', evidence: 'DOCUMENTED', evidenceExpired: false, weight: 4, campaignSteps: 0, pointsLost: 0.9 },
      ],
      whatIf: [
        { controlCodes: ['C16'], score: 73.0, grade: 'C' },
        { controlCodes: ['C16', 'C12'], score: 80.4, grade: 'B' },
      ],
    },
    ...overrides,
  };
}

const history = [
  { score: 72.0, grade: 'C', residualRisk: 27.952, modelVersion: '2026.2', reason: 'control override C08', scoredAt: '2026-11-23T16:54:53Z' },
];

function serve(risk: () => Response = () => json(vendorRiskJson())) {
  signIn(['VIEWER']);
  return mockFetch(({ url }) => {
    if (url.pathname === '/api/v1/vendors/8/risk') return risk();
    if (url.pathname === '/api/v1/vendors/8/risk/history') return json(pageJson(history, { totalItems: 1 }));
    return problem(404, 'unexpected ' + url.pathname);
  });
}

const names = { C16: 'Exfiltration and new-app detection', C12: 'Network restriction for tokens', C06: 'Least privilege on data' };

describe('VendorRiskSection', () => {
  test('leads with the grade and score, then inherent vs residual risk and the indicative loss', async () => {
    serve();
    renderAt('/vendors/8', <VendorRiskSection vendorId={8} controlNames={names} categoryLabels={{ NAME: 'Name', DATE_OF_BIRTH: 'Date of birth' }} />);

    expect(await screen.findByLabelText('Score 72.0 out of 100')).toBeInTheDocument();
    // The headline's badge comes first; the history repeats the grade per change.
    expect(screen.getAllByLabelText('Grade C: Elevated')[0]).toHaveTextContent('C');
    expect(screen.getByText('Elevated · higher is safer')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Risk score' });
    expect(section).toHaveTextContent('Inherent risk34.7');
    expect(section).toHaveTextContent('Residual risk28.0');
    expect(section).toHaveTextContent('$112.9M');
    expect(section).toHaveTextContent('Model 2026.2');
  });

  test('explains the score as factors adding or removing risk points, in words', async () => {
    serve();
    renderAt('/vendors/8', <VendorRiskSection vendorId={8} controlNames={names} categoryLabels={{ NAME: 'Name', DATE_OF_BIRTH: 'Date of birth' }} />);

    const factors = await screen.findByRole('list', { name: 'Risk factors' });
    const meters = within(factors).getAllByRole('meter');
    expect(meters.map((meter) => meter.getAttribute('aria-label'))).toEqual([
      'Damage if breached: +56.0 risk points',
      'Chance of an attack: −23.5 risk points',
      'Live threat campaigns: +2.1 risk points',
      'Attack chains broken: −1.0 risk points',
      'Controls in place: −5.8 risk points',
      'Not yet assessed: 0.0 risk points',
    ]);
    expect(factors).toHaveTextContent("The worst breach: 4M people's Name and Date of birth.");
    expect(screen.getByText(/Residual risk 28\.0 points → score 100 − 28\.0 = 72\.0/)).toBeInTheDocument();
  });

  test('names the costliest controls and what meeting them would score', async () => {
    serve();
    renderAt('/vendors/8', <VendorRiskSection vendorId={8} controlNames={names} />);

    const costs = await screen.findByRole('list', { name: 'Controls costing points' });
    const rows = within(costs).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('C16 Exfiltration and new-app detection');
    expect(rows[0]).toHaveTextContent('−1.5');
    expect(within(rows[0]).getByText('Breaks 3 attack steps')).toBeInTheDocument();
    expect(within(rows[1]).queryByText(/Breaks/)).not.toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('Partial · Documented');

    const whatIf = within(screen.getByRole('list', { name: 'What if' })).getAllByRole('listitem');
    expect(whatIf[0]).toHaveTextContent('Meet C16→73.0');
    expect(whatIf[1]).toHaveTextContent('Meet C16 and C12→80.4');
    expect(within(whatIf[1]).getByLabelText('Grade B: Guarded')).toBeInTheDocument();
    expect(whatIf[1]).toHaveTextContent('+8.4');
  });

  test('lists score changes with their reason', async () => {
    serve();
    renderAt('/vendors/8', <VendorRiskSection vendorId={8} />);

    const table = await screen.findByRole('table', { name: 'Score changes' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('control override C08');
    expect(within(table).getByText('First')).toBeInTheDocument();
  });

  test('polls after a change until a newer score arrives', async () => {
    let calls = 0;
    serve(() => {
      calls += 1;
      return json(calls < 2 ? vendorRiskJson() : vendorRiskJson({ score: 80.4, grade: 'B', scoredAt: '2026-11-23T17:10:00Z' }));
    });
    renderAt('/vendors/8', <VendorRiskSection vendorId={8} changedAt={new Date('2026-11-23T17:09:59Z')} />);

    expect(await screen.findByRole('status')).toHaveTextContent('Updating score…');
    expect(await screen.findByLabelText('Score 80.4 out of 100', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  test('shows the server’s problem when the score cannot be loaded', async () => {
    serve(() => problem(503, 'Scoring is unavailable.'));
    renderAt('/vendors/8', <VendorRiskSection vendorId={8} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Scoring is unavailable.');
  });
});
