import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, problem, renderRoutes, signIn, vendorJson } from '@/testing/test-utils';
import { VendorRoute } from './vendor';

/** A vendor's score as the API sends it, with nothing in its explanation but what the page needs to render. */
function riskJson(confidence: string) {
  return {
    vendorId: 5,
    score: 79.9,
    grade: 'C',
    confidence,
    inherentImpact: 40,
    likelihood: 0.5,
    inherentRisk: 20,
    controlEffectiveness: 0,
    residualRisk: 20.1,
    indicativeLossUsd: 1_000_000,
    modelVersion: '2026.2',
    scoredAt: '2026-12-01T09:00:00Z',
    explanation: {
      confidence,
      factors: [],
      impact: {
        recordCount: 10_000,
        categories: ['NAME'],
        vulnerableSubjects: false,
        dataSensitivity: 1,
        volume: 0.5,
        access: 1,
        inherentImpact: 40,
        assumed: confidence === 'INCOMPLETE',
      },
      exposure: [],
      threats: [],
      controlCosts: [],
      whatIf: [],
    },
  };
}

function serve(confidence: string) {
  signIn(['VIEWER']);
  return mockFetch(({ url }) => {
    if (url.pathname === '/api/v1/vendors/5') return json(vendorJson({ id: 5, name: 'Northwind Payroll', category: 'PAYROLL' }));
    if (url.pathname === '/api/v1/vendors/5/risk') return json(riskJson(confidence));
    // The page's other sections are tested on their own; here they may fail to load.
    return problem(404, 'not served in this test');
  });
}

const renderVendorPage = () => renderRoutes([{ path: '/vendors/:vendorId', element: <VendorRoute /> }], '/vendors/5');

describe('VendorRoute', () => {
  test('marks a provisional score in the header, from the vendor’s risk', async () => {
    serve('PROVISIONAL');
    renderVendorPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Payroll' })).toBeInTheDocument();
    expect(await screen.findByText('Provisional score')).toBeInTheDocument();
  });

  test('shows no marker once the vendor is assessed', async () => {
    const fetchMock = serve('ASSESSED');
    renderVendorPage();

    await screen.findByRole('heading', { level: 1, name: 'Northwind Payroll' });
    // The score has arrived and is shown, so the marker's absence is not a page still loading.
    expect((await screen.findAllByText(/79\.9/)).length).toBeGreaterThan(0);
    expect(fetchMock.mock.calls.some(([input]) => String(input).endsWith('/api/v1/vendors/5/risk'))).toBe(true);
    expect(screen.queryByText('Provisional score')).not.toBeInTheDocument();
    expect(screen.queryByText('Incomplete score')).not.toBeInTheDocument();
  });
});
