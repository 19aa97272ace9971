// An analyst registers a vendor under another name (refused while another vendor goes by it), then reads where a
// vendor's control statuses come from, how long they count, and overrides one until a given day.
// params: { username, password, newVendorName, takenAlias, freeAlias, vendorId, vendorName, assessmentId,
//           answeredOn, evidenceUntil, overrideUntil }  (dates as yyyy-mm-dd)
import assert from 'node:assert/strict';

// The app's own date format (src/utils/format.ts), for a calendar day.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const shown = (isoDay) => {
  const [year, month, day] = isoDay.split('-').map(Number);
  return dayFormat.format(new Date(year, month - 1, day));
};

export default async function vendorProvenance({ page, params, screenshot }) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(params.username);
  await page.getByLabel('Password').fill(params.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { waitUntil: 'commit' });

  // A name another vendor already goes by is refused, and the input holding it is marked.
  await page.goto('/vendors/new');
  await page.getByRole('textbox', { name: /^Name/ }).fill(params.newVendorName);
  await page.getByRole('textbox', { name: /^Website/ }).fill('https://drift-chat.example');
  await page.getByRole('textbox', { name: /^Category/ }).click();
  await page.getByRole('option', { name: 'Sales engagement' }).click();
  const aliases = page.getByRole('textbox', { name: /^Also known as/ });
  await aliases.fill(params.takenAlias);
  await aliases.press('Enter');
  await page.getByRole('button', { name: 'Register vendor' }).click();
  await page.getByRole('alert').filter({ hasText: `Another vendor already goes by ${params.takenAlias} (vendor ` }).waitFor();
  await page.getByText(`Another vendor already goes by ${params.takenAlias}: remove it here or from that vendor`).waitFor();
  assert.equal(await aliases.getAttribute('aria-invalid'), 'true');
  await screenshot('vendor-alias-taken');

  // Backspace in the empty input takes the last name off; a free one goes through.
  await aliases.click();
  await aliases.press('Backspace');
  await aliases.fill(params.freeAlias);
  await aliases.press('Enter');
  await page.getByRole('button', { name: 'Register vendor' }).click();
  await page.getByRole('heading', { level: 1, name: params.newVendorName }).waitFor();
  await page.getByText(params.freeAlias, { exact: true }).waitFor();

  // A vendor never assessed: its score is marked as capped, with the reason on hover.
  await page.goto(`/vendors/${params.vendorId}`);
  await page.getByRole('heading', { level: 1, name: params.vendorName }).waitFor();
  const marker = page.getByText('Provisional score').first();
  await marker.hover();
  await page.getByRole('tooltip').filter({ hasText: 'Capped at C (79.9)' }).waitFor();
  await screenshot('vendor-provisional-score');

  // Where C08's status comes from and until when its evidence counts.
  const table = page.getByRole('table', { name: 'Control statuses' });
  const c08 = table.getByRole('row').filter({ has: page.getByText('C08', { exact: true }) });
  const assessment = c08.getByRole('link', { name: `Assessment #${params.assessmentId}` });
  assert.equal(await assessment.getAttribute('href'), `/assessments/${params.assessmentId}`);
  await c08.getByText(`Observed ${shown(params.answeredOn)}`).waitFor();
  await c08.getByText(`Evidence valid until ${shown(params.evidenceUntil)}`).waitFor();

  // Overriding it until a day: the dialog says what supersedes an override.
  await c08.getByRole('button', { name: 'Override C08' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('A later completed assessment supersedes it, unless the analyst completing that assessment keeps it.', { exact: false }).waitFor();
  await dialog.getByRole('textbox', { name: /^Status/ }).click();
  await dialog.getByRole('option', { name: 'Not met' }).click();
  await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Users can self-authorise connected apps again (screen share).');
  await dialog.getByLabel(/^Applies until/).fill(params.overrideUntil);
  await dialog.getByRole('button', { name: 'Save override' }).click();
  await dialog.waitFor({ state: 'detached' });

  await c08.getByText(`Override by ${params.username}`).waitFor();
  await c08.getByText(`Applies until ${shown(params.overrideUntil)}`).waitFor();
  await c08
    .getByText(`Overrides: Met · Documented, assessment #${params.assessmentId}, ${shown(params.answeredOn)}`)
    .waitFor();
  await c08.scrollIntoViewIfNeeded();
  await screenshot('vendor-controls-provenance');
}
