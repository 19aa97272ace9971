import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { useAssessment } from '../api/get-assessment';
import { AssessmentActions } from './assessment-actions';
import { AssessmentReview } from './assessment-review';

const template = {
  id: 5, name: 'Baseline', version: 1, status: 'PUBLISHED', builtin: false, questionCount: 3, createdAt: '2026-11-01T00:00:00Z',
  sections: [{
    id: 1, title: 'Identity', questions: [
      { id: 11, key: 'mfa', text: 'Is MFA enforced?', type: 'YES_NO_PARTIAL_NA', required: true, options: [],
        controls: [{ controlCode: 'C01', rules: [{ answers: ['YES'], status: 'MET' }] }] },
      { id: 12, key: 'methods', text: 'Which methods?', type: 'MULTI_CHOICE', required: true,
        options: [{ value: 'FIDO2', label: 'Security keys' }, { value: 'SMS', label: 'SMS codes' }],
        showWhen: { questionKey: 'mfa', answers: ['YES'] }, controls: [] },
      { id: 13, key: 'policy', text: 'Upload your policy', type: 'FILE', required: false, options: [], controls: [] },
    ],
  }],
};

const assessment = {
  id: 7, vendorId: 8, vendorName: 'Skyline', templateId: 5, templateName: 'Baseline', status: 'SUBMITTED',
  dueDate: '2026-12-20', respondentEmail: 'soc@skyline.example', tokenExpiresAt: '2027-01-20T00:00:00Z', tokenRevoked: false,
  version: 4, createdAt: '2026-11-20T00:00:00Z', updatedAt: '2026-11-21T00:00:00Z',
  progress: { visibleQuestions: 3, answeredQuestions: 3, requiredQuestions: 2, requiredAnswered: 2 },
  answers: [
    { questionId: 11, questionKey: 'mfa', answered: true, value: 'YES', version: 1, reviewStatus: 'PENDING' },
    { questionId: 12, questionKey: 'methods', answered: true, values: ['FIDO2', 'SMS'], version: 1, reviewStatus: 'PENDING' },
    { questionId: 13, questionKey: 'policy', answered: false, version: 0, reviewStatus: 'PENDING' },
  ],
  evidence: [{ id: 30, questionId: 13, fileName: 'policy.pdf', contentType: 'application/pdf', sizeBytes: 2048,
    sha256: 'a'.repeat(64), uploadedAt: '2026-11-21T00:00:00Z' }],
  overrides: [],
  controlResults: [{ controlCode: 'C01', status: 'MET', evidence: 'SELF_ATTESTED', source: 'ANSWERS', questionKeys: ['mfa'] }],
};

const completion = {
  assessmentId: 7,
  unreviewedQuestions: [] as string[],
  pendingClarifications: [] as string[],
  controls: [
    {
      controlCode: 'C01', controlName: 'MFA for all users', assessedStatus: 'MET', assessedEvidence: 'SELF_ATTESTED',
      current: { status: 'NOT_MET', source: 'OVERRIDE', observedOn: '2026-10-02' }, currentReason: 'Push MFA only',
      conflict: true,
      recorded: { status: 'MET', evidence: 'SELF_ATTESTED', source: 'ASSESSMENT', assessmentId: 7, observedOn: '2026-12-07' },
    },
    {
      controlCode: 'C03', controlName: 'SSO enforced', assessedStatus: 'NOT_MET', conflict: false,
      recorded: { status: 'NOT_MET', source: 'ASSESSMENT', assessmentId: 7, observedOn: '2026-12-07' },
    },
  ],
};

function Page() {
  const { data } = useAssessment({ assessmentId: 7 });
  if (!data) return null;
  return (
    <>
      <AssessmentActions assessment={data} />
      <AssessmentReview assessment={data} canReview />
    </>
  );
}

function serve() {
  signIn(['ANALYST']);
  return mockFetch(({ url, method, body }) => {
    if (url.pathname === '/api/v1/assessments/7' && method === 'GET') return json(assessment);
    if (url.pathname === '/api/v1/questionnaire-templates/5') return json(template);
    const review = url.pathname.match(/^\/api\/v1\/assessments\/7\/answers\/(\d+)\/review$/);
    if (review) {
      const answer = assessment.answers.find((a) => a.questionId === Number(review[1]));
      return json({ ...answer, reviewStatus: (body as { decision: string }).decision });
    }
    if (url.pathname === '/api/v1/assessments/7/completion') return json(completion);
    if (url.pathname === '/api/v1/assessments/7/status') return json({ ...assessment, status: 'COMPLETED' });
    return problem(404, 'unexpected ' + url.pathname);
  });
}

const sent = (fetchMock: ReturnType<typeof serve>, path: string) =>
  fetchMock.mock.calls.filter(([input, init]) => String(input).endsWith(path) && init?.method !== 'GET' && init?.method !== undefined)
    .map(([, init]) => JSON.parse(String(init?.body)));

describe('AssessmentReview', () => {
  test('shows answers by their labels with evidence, and sends accept and clarify decisions', async () => {
    const fetchMock = serve();
    renderAt('/assessments/7', <Page />);

    expect(await screen.findByLabelText('Answer to mfa')).toHaveTextContent('Yes');
    expect(await screen.findByLabelText('Answer to methods')).toHaveTextContent('Security keys, SMS codes');
    expect(screen.getByLabelText('Answer to policy')).toHaveTextContent('Evidence uploaded');
    expect(screen.getByRole('button', { name: 'Download policy.pdf' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Accept the answer to mfa' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ask the vendor to clarify methods' }));
    const comment = screen.getByLabelText('What should the vendor clarify about methods?');
    expect(screen.getByRole('button', { name: 'Ask for clarification' })).toBeDisabled();
    await userEvent.type(comment, 'Who still uses SMS?');
    await userEvent.click(screen.getByRole('button', { name: 'Ask for clarification' }));

    expect(sent(fetchMock, '/answers/11/review')).toEqual([{ decision: 'ACCEPTED' }]);
    await screen.findByRole('button', { name: 'Ask the vendor to clarify methods' });
    expect(sent(fetchMock, '/answers/12/review')).toEqual([{ decision: 'CLARIFICATION_REQUESTED', comment: 'Who still uses SMS?' }]);
  }, 30_000);

  test('completing shows what will be recorded and lets the analyst keep a conflicting override', async () => {
    const fetchMock = serve();
    renderAt('/assessments/7', <Page />);

    await userEvent.click(await screen.findByRole('button', { name: 'Complete' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/2 control statuses will be recorded for Skyline/)).toBeInTheDocument();
    expect(dialog).toHaveTextContent('1 answer disagrees with an analyst\'s override');
    const table = within(dialog).getByRole('table', { name: 'What completing records' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Push MFA only');
    expect(sent(fetchMock, '/status')).toHaveLength(0);

    await userEvent.click(within(dialog).getByText('Keep the override'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Complete and record statuses' }));

    await screen.findByText('Completed');
    expect(sent(fetchMock, '/status')).toEqual([{ status: 'COMPLETED', version: 4, keepOverrides: ['C01'] }]);
  }, 30_000);

  test('an unfinished review blocks completing until the analyst completes anyway with a reason', async () => {
    completion.unreviewedQuestions = ['methods'];
    completion.pendingClarifications = ['policy'];
    try {
      const fetchMock = serve();
      renderAt('/assessments/7', <Page />);

      await userEvent.click(await screen.findByRole('button', { name: 'Complete' }));
      const dialog = await screen.findByRole('dialog');
      expect(await within(dialog).findByText('Not reviewed yet: methods')).toBeInTheDocument();
      expect(dialog).toHaveTextContent('Clarification pending: policy');
      const complete = within(dialog).getByRole('button', { name: 'Complete and record statuses' });
      expect(complete).toBeDisabled();

      await userEvent.click(within(dialog).getByLabelText('Complete anyway (recorded in the audit trail)'));
      await userEvent.type(within(dialog).getByLabelText(/Why complete before the review is finished/), 'Confirmed by phone');
      await userEvent.click(complete);

      await screen.findByText('Completed');
      expect(sent(fetchMock, '/status')).toEqual([{ status: 'COMPLETED', version: 4, keepOverrides: [], force: true,
        reason: 'Confirmed by phone' }]);
    } finally {
      completion.unreviewedQuestions = [];
      completion.pendingClarifications = [];
    }
  }, 30_000);
});
