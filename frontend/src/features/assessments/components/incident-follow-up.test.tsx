import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { IncidentFollowUpButton } from './incident-follow-up';

const token = 'tgp_' + 'b'.repeat(43);

describe('IncidentFollowUpButton', () => {
  test('shows the exposed vendors with the default choice, then lists who got a link and who was skipped and why', async () => {
    signIn(['ANALYST']);
    const fetchMock = mockFetch(({ url, method }) => {
      if (url.pathname === '/api/v1/incidents/3/follow-up' && method === 'GET') {
        return json({
          incidentId: 3, controlCodes: ['C02', 'C08'],
          recipients: [
            { vendorId: 1, vendorName: 'Skyline', selected: true, controlCodes: ['C02', 'C08'] },
            { vendorId: 2, vendorName: 'Northwind', selected: true, controlCodes: ['C02'] },
            { vendorId: 5, vendorName: 'Salesforce', selected: false, reason: 'PLATFORM', controlCodes: ['C02', 'C08'] },
          ],
        });
      }
      if (url.pathname === '/api/v1/incidents/3/follow-up' && method === 'POST') {
        return json({
          incidentId: 3, controlCodes: ['C02', 'C08'],
          sent: [{ vendorId: 1, vendorName: 'Skyline', templateId: 9, templateName: 'Follow-up: UNC6040 (C02, C08)',
            controlCodes: ['C02', 'C08'], assessmentId: 40, respondentEmail: 'soc@skyline.example',
            portalUrl: `https://tollgate.example/portal/${token}`, portalToken: token, tokenExpiresAt: '2027-01-15T00:00:00Z' }],
          skipped: [{ vendorId: 2, vendorName: 'Northwind', reason: 'NO_CONTACT_EMAIL', detail: 'The vendor has no security contact email.' }],
        });
      }
      return problem(404, 'unexpected ' + url.pathname);
    });
    renderAt('/incidents/3', <IncidentFollowUpButton incidentId={3} incidentName="UNC6040" exploitedControls={['C02', 'C08']} />);

    await userEvent.click(screen.getByRole('button', { name: 'Send follow-up' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('table', { name: 'Recipients' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Send to Skyline')).toBeChecked();
    expect(within(dialog).getByLabelText('Send to Salesforce')).not.toBeChecked();
    expect(dialog).toHaveTextContent('The campaign’s platform');
    await userEvent.click(within(dialog).getByLabelText('Send to Northwind'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send to 1 vendor' }));

    const table = await within(dialog).findByRole('table', { name: 'Follow-up result' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Skyline');
    expect(rows[1]).toHaveTextContent('Sent to soc@skyline.example');
    expect(rows[1]).toHaveTextContent(`https://tollgate.example/portal/${token}`);
    expect(rows[2]).toHaveTextContent('No security contact');
    expect(within(dialog).getByText(/shown only once/)).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    const body = JSON.parse(String(post?.[1]?.body));
    expect(body.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.vendorIds).toEqual([1]);
  }, 30_000);
});
