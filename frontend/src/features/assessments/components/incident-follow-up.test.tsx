import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { IncidentFollowUpButton } from './incident-follow-up';

const token = 'tgp_' + 'b'.repeat(43);

describe('IncidentFollowUpButton', () => {
  test('asks for confirmation, then lists who got a link and who was skipped and why', async () => {
    signIn(['ANALYST']);
    const fetchMock = mockFetch(({ url, method }) => {
      if (url.pathname === '/api/v1/incidents/3/follow-up' && method === 'POST') {
        return json({
          incidentId: 3, templateId: 9, templateName: 'Follow-up: UNC6040', questionCount: 6,
          sent: [{ vendorId: 1, vendorName: 'Skyline', assessmentId: 40, respondentEmail: 'soc@skyline.example',
            portalUrl: `https://tollgate.example/portal/${token}`, portalToken: token, tokenExpiresAt: '2027-01-15T00:00:00Z' }],
          skipped: [{ vendorId: 2, vendorName: 'Northwind', reason: 'NO_CONTACT_EMAIL', detail: 'The vendor has no security contact email.' }],
        });
      }
      return problem(404, 'unexpected ' + url.pathname);
    });
    renderAt('/incidents/3', <IncidentFollowUpButton incidentId={3} incidentName="UNC6040" exploitedControls={['C02', 'C08']} />);

    await userEvent.click(screen.getByRole('button', { name: 'Send follow-up' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('C02, C08');
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send to exposed vendors' }));

    const table = await within(dialog).findByRole('table', { name: 'Follow-up result' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Skyline');
    expect(rows[1]).toHaveTextContent('Sent to soc@skyline.example');
    expect(rows[1]).toHaveTextContent(`https://tollgate.example/portal/${token}`);
    expect(rows[2]).toHaveTextContent('No security contact');
    expect(within(dialog).getByText(/shown only once/)).toBeInTheDocument();
    const body = JSON.parse(String(fetchMock.mock.calls[0][1]?.body));
    expect(body.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }, 30_000);
});
