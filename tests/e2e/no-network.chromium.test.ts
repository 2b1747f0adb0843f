import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';

let chromium: ChromiumSession;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(() => chromium?.close());

test('a request that no test serves is caught and recorded', async () => {
  const page = await chromium.context.newPage();
  await page.goto(chromium.extensionUrl('popup.html'));
  await page.evaluate(() => fetch('https://tracker.example.net/ping').catch(() => undefined));
  expect(chromium.strayRequests).toEqual(['https://tracker.example.net/ping']);
  chromium.strayRequests.length = 0;
});

test('the extension pages and service worker make no request of their own', async () => {
  for (const extensionPage of ['popup.html', 'guide.html']) {
    const page = await chromium.context.newPage();
    await page.goto(chromium.extensionUrl(extensionPage));
    await page.waitForLoadState('networkidle');
    await page.close();
  }
  expect(chromium.strayRequests).toEqual([]);
});
