import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { portalTokenStore } from '@/features/portal/api/portal-client';
import { json, mockFetch, problem, renderAt } from '@/testing/test-utils';
import { RemediationRequests } from './remediation-requests';

const request = {
  id: 41,
  controlCode: 'C08',
  controlName: 'Connected-app / OAuth allowlist',
  title: 'Connected-app / OAuth allowlist not met',
  severity: 'CRITICAL',
  status: 'OPEN',
  dueDate: '2026-12-20',
  remediationRequestedAt: '2026-11-25T09:00:00Z',
  requestMessage: 'How will users be stopped from authorising apps?',
  version: 3,
};

describe('RemediationRequests', { timeout: 30_000 }, () => {
  test('the vendor answers a request with a plan and a date, sent with the invitation token', async () => {
    portalTokenStore.set('tgp_test');
    const fetchMock = mockFetch(({ url, method, body }) => {
      if (url.pathname === '/api/v1/portal/assessment/findings') return json([request]);
      if (url.pathname === '/api/v1/portal/assessment/findings/41/response' && method === 'PUT') {
        return json({ ...request, ...(body as object), status: 'REMEDIATION_PLANNED', version: 4 });
      }
      return problem(404, 'unexpected ' + url.pathname);
    });
    renderAt('/portal', <RemediationRequests />);

    const card = await screen.findByRole('region', { name: /C08/ });
    await userEvent.click(within(card).getByRole('button', { name: 'Send plan' }));
    expect(await within(card).findByText('Describe how the control will be met')).toBeInTheDocument();

    await userEvent.type(within(card).getByLabelText(/Your remediation plan/), 'API access control on');
    await userEvent.type(within(card).getByLabelText(/Done by/), '2099-01-31');
    await userEvent.click(within(card).getByRole('button', { name: 'Send plan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Plan sent');
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(new Headers(put?.[1]?.headers).get('Authorization')).toBe('Bearer tgp_test');
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ plan: 'API access control on', plannedDate: '2099-01-31', version: 3 });
  });
});
