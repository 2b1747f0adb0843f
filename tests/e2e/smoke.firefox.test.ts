import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FirefoxSession, launchFirefox } from './harness';

let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(() => firefox?.close());

test('the Firefox build installs in Firefox ESR and its popup page opens', async () => {
  const page = await firefox.openExtensionPage('popup.html');
  const text = await page.evaluate(() => document.body.textContent ?? '');
  expect(text).toContain('iCloud');
});

test('Firefox serves a fixture at a real https URL through request interception', async () => {
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('https://cloud.example.org/')) {
      request.respond({ status: 200, contentType: 'text/html', body: '<title>fixture</title><p>served</p>' });
    } else {
      // Unserved requests go on to the harness's recording proxy, which fails the session.
      request.continue();
    }
  });
  await page.goto('https://cloud.example.org/settings');
  expect(await page.evaluate(() => document.body.textContent)).toBe('served');
});

test('a request that no test serves is caught and recorded', async () => {
  const page = await firefox.openExtensionPage('popup.html');
  await page.evaluate(() => fetch('https://tracker.example.net/ping').catch(() => undefined));
  await expect.poll(() => firefox.strayRequests).toEqual(['https://tracker.example.net:443']);
  firefox.strayRequests.length = 0;
});
