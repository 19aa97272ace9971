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
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));

  await page.goto('/vendors');
  await page.getByLabel('Search').fill(params.vendorName);
  const link = page.getByRole('link', { name: params.vendorName }).first();
  await link.click();
  await page.waitForURL(new RegExp(`/vendors/${params.vendorId}$`));
  await page.getByRole('heading', { name: params.vendorName }).waitFor();
  assert.equal(await page.getByRole('heading', { name: params.vendorName }).count() >= 1, true);
}
