// Signs in through the login page, searches the vendor list and opens one vendor's page.
import assert from 'node:assert/strict';

export default async function signIn({ page, params }) {
  await page.goto('/vendors');
  await page.waitForURL(/\/login/);

  // A wrong password is refused without leaving the page.
  await page.getByLabel('Username').fill(params.username);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Sign-in failed' }).waitFor();
  assert.match(page.url(), /\/login/);

  await page.getByLabel('Password').fill(params.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // In-app navigations: wait for the URL, not for a page "load" event (CI once timed out waiting for it).
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { waitUntil: 'commit' });

  await page.goto('/vendors');
  await page.getByLabel('Search').fill(params.vendorName);
  const link = page.getByRole('link', { name: params.vendorName }).first();
  await link.click();
  await page.getByRole('heading', { name: params.vendorName }).waitFor();
  assert.match(new URL(page.url()).pathname, new RegExp(`^/vendors/${params.vendorId}$`));
  assert.equal(await page.getByRole('heading', { name: params.vendorName }).count() >= 1, true);
}
