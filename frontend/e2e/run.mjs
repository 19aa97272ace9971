// Runs one browser flow (e2e/<flow>.e2e.mjs) in headless Chromium against a running Tollgate.
// Driven by the backend's JUnit tests (io.tollgate.browser.BrowserFlows), which start the server,
// prepare the data through the API and pass it in as TOLLGATE_E2E_PARAMS.
//
//   node e2e/run.mjs <flow>
//   env: TOLLGATE_E2E_BASE_URL  (required) e.g. http://localhost:8080
//        TOLLGATE_E2E_PARAMS    JSON object handed to the flow (default {})
//        TOLLGATE_E2E_CHROMIUM  browser binary (default /usr/bin/chromium)
//        TOLLGATE_SCREENSHOTS   "docs" writes screenshots into docs/screenshots, otherwise into
//                               backend/target/screenshots
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const flowName = process.argv[2];
if (!flowName || !/^[a-z0-9-]+$/.test(flowName)) {
  console.error('usage: node e2e/run.mjs <flow>   (runs e2e/<flow>.e2e.mjs)');
  process.exit(2);
}
const baseUrl = process.env.TOLLGATE_E2E_BASE_URL;
if (!baseUrl) {
  console.error('TOLLGATE_E2E_BASE_URL is not set');
  process.exit(2);
}
const params = JSON.parse(process.env.TOLLGATE_E2E_PARAMS ?? '{}');
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const screenshotDir =
  process.env.TOLLGATE_SCREENSHOTS === 'docs'
    ? join(repoRoot, 'docs', 'screenshots')
    : join(repoRoot, 'backend', 'target', 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

const { default: flow } = await import(pathToFileURL(join(here, `${flowName}.e2e.mjs`)).href);

const browser = await chromium.launch({
  executablePath: process.env.TOLLGATE_E2E_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // The flags this sandbox needs: no setuid sandbox as root, no GPU, and no background calls
  // to Google's services (the network is closed; they only produce noise and delays).
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, baseURL: baseUrl });
const page = await context.newPage();
page.setDefaultTimeout(15_000);
const consoleErrors = [];
page.on('pageerror', (error) => consoleErrors.push(String(error)));

let failed = false;
try {
  await flow({
    browser,
    context,
    page,
    baseUrl,
    params,
    consoleErrors,
    async screenshot(name, options = {}) {
      const file = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
      console.log(`screenshot ${file}`);
    },
  });
  if (consoleErrors.length > 0) {
    throw new Error(`uncaught errors in the page:\n${consoleErrors.join('\n')}`);
  }
  console.log(`flow ${flowName}: passed`);
} catch (error) {
  failed = true;
  console.error(`flow ${flowName}: FAILED\n${error?.stack ?? error}`);
  try {
    const file = join(screenshotDir, `${flowName}-failure.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.error(`failure screenshot ${file}`);
  } catch {
    // the page may be gone; the error above is what matters
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
