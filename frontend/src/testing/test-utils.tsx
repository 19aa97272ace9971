import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import type { Vendor } from '@/api-client';
import { theme } from '@/app/theme';
import { tokenStore } from '@/lib/api-client';

type FetchHandler = (request: { url: URL; method: string; body: unknown; headers: Headers }) => Response | Promise<Response>;

/** Replaces fetch, so the generated client runs for real and only the network is fake. */
export function mockFetch(handler: FetchHandler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body;
    return handler({ url, method: init.method ?? 'GET', body, headers: new Headers(init.headers) });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problem(status: number, detail: string, errors?: { field: string; message: string }[]) {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Error', status, detail, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function signIn(roles: string[] = ['ANALYST']) {
  tokenStore.set('test-token');
  return { username: 'pat', roles };
}

/** Renders routes in a memory router with fresh providers; returns the router to inspect the URL. */
export function renderRoutes(routes: RouteObject[], initialEntry: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [initialEntry] });
  const view = render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, router, queryClient };
}

export function renderAt(path: string, element: ReactElement, initialEntry = path) {
  return renderRoutes([{ path, element }, { path: '*', element: <div>elsewhere</div> }], initialEntry);
}

let nextId = 1;

/** A Vendor as the API sends it (JSON), with overrides. */
export function vendorJson(overrides: Partial<Record<keyof Vendor, unknown>> = {}) {
  const id = nextId++;
  return {
    id,
    name: `Vendor ${id}`,
    website: `https://vendor-${id}.example`,
    category: 'CRM',
    tier: 'MEDIUM',
    status: 'ACTIVE',
    services: [],
    platforms: [],
    usedBy: [],
    usedByCount: 0,
    totalRecords: 0,
    dataCategoryCount: 0,
    version: 0,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

export function pageJson(items: unknown[], overrides: Record<string, unknown> = {}) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0, ...overrides };
}

/** A Control as the API sends it (JSON), with overrides. */
export function controlJson(overrides: Record<string, unknown> = {}) {
  return {
    code: 'C01',
    name: 'MFA for all users',
    description: 'Every user signs in with a second factor.',
    domain: 'IDENTITY',
    baseWeight: 5,
    builtin: true,
    mappings: [
      { framework: 'NIST_CSF_2', reference: 'PR.AA-03' },
      { framework: 'ISO_27001_2022', reference: 'A.8.5' },
    ],
    techniques: [{ id: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' }],
    version: 0,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

/** An Incident as the API sends it (JSON), with overrides. */
export function incidentJson(overrides: Record<string, unknown> = {}) {
  const id = nextId++;
  return {
    id,
    slug: `incident-${id}`,
    name: `Incident ${id}`,
    threatActor: 'UNC0000',
    firstSeen: '2025-08-08',
    summary: 'What happened.',
    severity: 'HIGH',
    status: 'ACTIVE',
    sources: [],
    platforms: [],
    vendorCategories: [],
    techniques: [],
    steps: [],
    attributions: [],
    exploitedControls: [],
    dataCategories: [],
    version: 0,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

export function dashboardSummaryJson(overrides: Record<string, unknown> = {}) {
  return {
    vendorCount: 3,
    scoredCount: 2,
    averageScore: 61.5,
    grades: [
      { grade: 'D', count: 1 },
      { grade: 'F', count: 1 },
      { count: 1 },
    ],
    tiers: [
      { tier: 'CRITICAL', vendorCount: 2, grades: [{ grade: 'F', count: 1 }, { count: 1 }] },
      { tier: 'HIGH', vendorCount: 1, grades: [{ grade: 'D', count: 1 }] },
      { tier: 'MEDIUM', vendorCount: 0, grades: [] },
      { tier: 'LOW', vendorCount: 0, grades: [] },
    ],
    heatmap: [{ impactBand: 4, likelihoodBand: 5, vendorCount: 2 }],
    recordsByCategory: [{ dataCategory: 'NAME', totalRecords: 5_700_000, vendorCount: 2 }],
    riskiest: [
      {
        vendorId: 7,
        name: 'Skyline Contact Solutions',
        tier: 'CRITICAL',
        score: 38.2,
        grade: 'F',
        residualRisk: 61.8,
        totalRecords: 5_700_000,
        bestControl: { controlCode: 'C08', controlName: 'Connected-app allow-listing', scoreIfMet: 52.4, gradeIfMet: 'D' },
      },
    ],
    reassessments: { overdue: 1, dueSoon: 2, dueSoonDays: 30, next: [] },
    overdueAssessments: 0,
    openFindings: [
      { severity: 'CRITICAL', open: 3, accepted: 0 },
      { severity: 'HIGH', open: 5, accepted: 1 },
      { severity: 'MEDIUM', open: 0, accepted: 0 },
      { severity: 'LOW', open: 2, accepted: 0 },
    ],
    generatedAt: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}
