import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { SendQuestionnaireButton } from './send-questionnaire';

const token = 'tgp_' + 'a'.repeat(43);
const templates = [
  { id: 3, name: 'SaaS security baseline', version: 1, status: 'PUBLISHED', builtin: true, questionCount: 52, createdAt: '2026-11-01T00:00:00Z' },
  { id: 4, name: 'Retired one', version: 1, status: 'RETIRED', builtin: false, questionCount: 3, createdAt: '2026-11-01T00:00:00Z' },
];

function serve() {
  signIn(['ANALYST']);
  return mockFetch(({ url, method, body }) => {
    if (url.pathname === '/api/v1/questionnaire-templates') return json(templates);
    if (url.pathname === '/api/v1/assessments' && method === 'POST') {
      const request = body as { respondentEmail: string };
      if (request.respondentEmail === 'taken@vendor.example') {
        return problem(422, 'Invalid input', [{ field: 'respondentEmail', message: 'is not allowed here' }]);
      }
      return json({ id: 41, status: 'SENT', portalUrl: `/portal/${token}`, portalToken: token, tokenExpiresAt: '2027-01-31T00:00:00Z' }, 201);
    }
    return problem(404, 'unexpected ' + url.pathname);
  });
}

describe('SendQuestionnaireButton', () => {
  test('sends the chosen published template and shows the portal link once, with a warning', async () => {
    const fetchMock = serve();
    renderAt('/vendors/8', <SendQuestionnaireButton vendorId={8} vendorName="Skyline" defaultEmail="soc@skyline.example" />);

    await userEvent.click(screen.getByRole('button', { name: 'Send questionnaire' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await within(dialog).findByText('Choose a questionnaire')).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('textbox', { name: /Questionnaire/ }));
    expect(screen.queryByRole('option', { name: /Retired one/ })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('option', { name: /SaaS security baseline/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(await within(dialog).findByText(/shown only once/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Portal link' })).toHaveValue(`${window.location.origin}/portal/${token}`);
    expect(within(dialog).getByRole('textbox', { name: 'Invitation token' })).toHaveValue(token);
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({ vendorId: 8, templateId: 3, respondentEmail: 'soc@skyline.example' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send questionnaire' }));
    const reopened = await screen.findByRole('dialog');
    expect(within(reopened).queryByDisplayValue(token)).not.toBeInTheDocument();
  }, 30_000);

  test('puts the server’s field errors on the inputs', async () => {
    serve();
    renderAt('/vendors/8', <SendQuestionnaireButton vendorId={8} vendorName="Skyline" defaultEmail="taken@vendor.example" />);
    await userEvent.click(screen.getByRole('button', { name: 'Send questionnaire' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Questionnaire/ }));
    await userEvent.click(await screen.findByRole('option', { name: /SaaS security baseline/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await within(dialog).findByText('is not allowed here')).toBeInTheDocument();
  }, 30_000);
});
