import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';

let chromium: ChromiumSession;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(() => chromium?.close());

test('the built extension loads in Chromium and its popup page opens', async () => {
  const page = await chromium.context.newPage();
  await page.goto(chromium.extensionUrl('popup.html'));
  await expect.poll(() => page.title()).toBe('iCloud Mail Setup');
  expect(await page.locator('body').textContent()).toContain('iCloud');
});
