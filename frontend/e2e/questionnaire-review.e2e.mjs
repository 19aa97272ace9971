// A vendor answers a questionnaire in the portal end to end, then an analyst reviews and completes it.
// params: { token, assessmentId, analystToken, templateName }
import assert from 'node:assert/strict';

const LAPTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

export default async function questionnaireReview({ page, baseUrl, params, screenshot }) {
  await page.setViewportSize(LAPTOP);

  // The invitation link: the portal keeps the token for the tab and takes it out of the address bar.
  await page.goto(`${baseUrl}/portal/${params.token}`);
  await page.getByRole('heading', { level: 1, name: params.templateName }).waitFor();
  assert.ok(new URL(page.url()).pathname === '/portal', `token left in the address bar: ${page.url()}`);

  // The follow-up on MFA methods is hidden until MFA is answered YES or PARTIAL.
  const methods = page.getByText('Which MFA methods?');
  assert.equal(await methods.count(), 0, 'the conditional question is shown before its condition holds');
  await page.locator('[aria-label="Is MFA enforced for every login?"]').getByText('Yes', { exact: true }).click();
  await methods.waitFor();
  await page.getByRole('checkbox', { name: 'Security keys' }).check();
  await page.locator('[aria-label="Is SSO enforced?"]').getByText('No', { exact: true }).click();
  await page.getByRole('radio', { name: 'Call back on a registered number' }).check();
  await page.getByLabel('How many people have admin rights?').fill('12');
  await page.getByLabel('Anything else we should know?').fill('Agents sign in with security keys since March.');
  await page.getByLabel('When was your last penetration test?').fill('2026-10-01');

  // Evidence: the type is decided from the content on the server, so this must be a real PDF header.
  await page.locator('input[type=file]').setInputFiles({
    name: 'mfa-policy.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await page.getByText('mfa-policy.pdf').waitFor();

  // Autosave: every change is stored without a save button.
  await page.getByText('All changes saved').waitFor({ timeout: 15_000 });
  await page.getByText('8 of 8 questions answered').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot('portal-laptop');
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot('portal-phone');
  await page.setViewportSize(LAPTOP);

  // A reload shows what the server stored, not what the page remembered.
  await page.reload();
  await page.getByText('8 of 8 questions answered').waitFor();
  assert.equal(await page.getByLabel('How many people have admin rights?').inputValue(), '12');

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByText('This questionnaire has been submitted').waitFor();

  // The analyst: signed in through the same token store the login page fills.
  await page.goto(`${baseUrl}/login`);
  await page.evaluate((token) => sessionStorage.setItem('tollgate.accessToken', token), params.analystToken);
  await page.goto(`${baseUrl}/assessments/${params.assessmentId}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(params.templateName) }).waitFor({ timeout: 30_000 });
  const mfa = page.locator('article[data-question-key="mfa"]');
  await mfa.getByLabel('Answer to mfa', { exact: true }).filter({ hasText: 'Yes' }).waitFor();
  assert.match(await page.getByLabel('Answer to mfa.methods', { exact: true }).innerText(), /Security keys/);
  assert.match(await page.getByLabel('Answer to helpdesk', { exact: true }).innerText(), /Call back on a registered number/);
  await page.getByRole('button', { name: 'Download mfa-policy.pdf' }).waitFor();

  await page.getByRole('button', { name: 'Accept the answer to mfa', exact: true }).click();
  await mfa.getByText('Accepted', { exact: true }).waitFor();
  for (const key of ['mfa.methods', 'mfa.evidence', 'sso', 'helpdesk', 'admins', 'pentest']) {
    await page.getByRole('button', { name: `Accept the answer to ${key}`, exact: true }).click();
    await page.locator(`article[data-question-key="${key}"]`).getByText('Accepted', { exact: true }).waitFor();
  }
  await page.getByRole('button', { name: 'Ask the vendor to clarify notes' }).click();
  await page.getByLabel('What should the vendor clarify about notes?').fill('Which agents still use SMS?');
  await page.getByRole('button', { name: 'Ask for clarification' }).click();
  await page.locator('article[data-question-key="notes"]').getByText('Clarification requested', { exact: true }).waitFor();
  await page.getByText('Under review', { exact: true }).first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot('assessment-review');

  // Completing shows what will be recorded: the answer on MFA disagrees with an earlier override, and the
  // clarification asked about notes is still pending, so completing needs a reason.
  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Clarification pending: notes').waitFor();
  await dialog.getByRole('radiogroup', { name: 'Which holds for C01' }).waitFor();
  assert.equal(await dialog.getByRole('radio', { name: 'Take the answer' }).isChecked(), true, 'the answer is taken by default');
  await screenshot('assessment-completion');
  await dialog.getByLabel('Complete anyway (recorded in the audit trail)').check();
  await dialog.getByLabel(/Why complete before the review is finished/).fill('The vendor answered the notes question by phone.');
  await dialog.getByRole('button', { name: 'Complete and record statuses' }).click();
  await page.getByText('Completed', { exact: true }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Accept the answer to mfa', exact: true }).count(), 0, 'review still open after completion');
}
