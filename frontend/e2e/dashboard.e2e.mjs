// Flow "dashboard": sign in, read the dashboard, drill into the riskiest vendor (what-if, report) and into an
// incident, then check the dashboard at phone width. params: { username, password, vendorName, incidentName }.
import assert from 'node:assert/strict';

export default async function dashboard({ page, params, screenshot }) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/login');
  await page.getByLabel('Username').fill(params.username);
  // Mantine marks required fields with an asterisk inside the label, so the label is matched as a substring.
  await page.getByLabel('Password').fill(params.password);
  await page.getByRole('button', { name: /sign in/i }).click();

  // Home is the dashboard.
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  const riskiest = page.getByRole('region', { name: 'Top 10 riskiest vendors' });
  await riskiest.waitFor();
  const vendorLink = riskiest.getByRole('link', { name: params.vendorName });
  await vendorLink.waitFor();
  assert.match(await riskiest.innerText(), /Meet\s+C\d\d/, 'each riskiest vendor names the control that helps most');
  await page.getByRole('region', { name: 'Residual-risk heatmap' }).waitFor();
  await page.getByRole('region', { name: 'Records held by third parties' }).getByText('Name', { exact: true }).waitFor();
  const findings = page.getByRole('region', { name: 'Open findings by severity' });
  await findings.waitFor();
  assert.match(await findings.innerText(), /critical[\s\S]*high[\s\S]*medium[\s\S]*low/i, 'every severity is listed, critical first');
  const overdue = page.getByRole('region', { name: 'Reassessments due' });
  await overdue.getByRole('link').first().waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' })
    .getAttribute('aria-current'), 'page');
  await page.getByRole('region', { name: 'Portfolio trend' }).locator('.recharts-surface').first().waitFor();
  await screenshot('dashboard');

  // Keyboard: the vendor link is reachable and opens with Enter.
  await vendorLink.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: params.vendorName }).waitFor();
  const whatIf = page.getByRole('region', { name: 'What if' });
  await whatIf.waitFor();
  const firstGap = whatIf.getByRole('checkbox').first();
  await firstGap.check();
  const improved = whatIf.getByTestId('what-if-score');
  await improved.waitFor();
  const now = Number((await whatIf.getByRole('status').innerText()).match(/Score now\s+([\d.]+)/)[1]);
  assert.ok(Number(await improved.innerText()) > now, 'meeting the costliest gap raises the score');
  await page.getByRole('region', { name: 'Supply chain' }).locator('svg').waitFor();
  await page.getByRole('region', { name: 'Reassessment' }).getByText(/Due/).first().waitFor();
  await whatIf.scrollIntoViewIfNeeded();
  await screenshot('dashboard-vendor');

  await page.getByRole('link', { name: 'Risk report' }).click();
  await page.getByRole('heading', { level: 1, name: params.vendorName }).waitFor();
  await page.getByRole('heading', { name: 'Control gaps, costliest first' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false, 'print hides the navigation');
  await screenshot('dashboard-vendor-report-print');
  await page.emulateMedia({ media: 'screen' });

  // Drill into an incident from the navigation.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
  await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
  // Active campaigns, most recently changed first (the list's own filter and sort parameters).
  await page.goto('/incidents?status=ACTIVE&sort=-updatedAt');
  await page.getByRole('link', { name: params.incidentName }).first().click();
  await page.getByRole('heading', { level: 1, name: params.incidentName }).waitFor();
  await screenshot('dashboard-incident');

  // Phone width: the dashboard still reads top to bottom.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await riskiest.waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling at phone width (overflow ${overflow}px)`);
  await screenshot('dashboard-phone');
}
