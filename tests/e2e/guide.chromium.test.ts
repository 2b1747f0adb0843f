import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';

// Extension APIs as the built pages see them (the tests run them inside the page).
declare const chrome: {
  storage: { local: { set: (items: object) => Promise<void> } };
  runtime: { getManifest: () => { options_ui?: object } };
};

let chromium: ChromiumSession;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(() => chromium?.close());

const guideUrl = () => chromium.extensionUrl('guide.html');

test('installing the extension opens the guide once', async () => {
  await expect.poll(() => chromium.context.pages().filter((page) => page.url() === guideUrl()).length).toBe(1);
});

test('the guide is the options page, opened in a tab', async () => {
  const page = await chromium.context.newPage();
  await page.goto(guideUrl());
  const options = await page.evaluate(() => chrome.runtime.getManifest().options_ui);
  expect(options).toEqual({ page: 'guide.html', open_in_tab: true });
  await page.close();
});

test('the guide shows the saved address’s settings in the Gmail steps', async () => {
  const page = await chromium.context.newPage();
  await page.goto(guideUrl());
  await page.evaluate(() => chrome.storage.local.set({ account: { address: 'sam@me.com' } }));
  await page.reload();
  const gmail = page.getByRole('region', { name: 'Gmail: send as your iCloud address' });
  await expect(gmail.locator('code').allTextContents()).resolves.toEqual(['smtp.mail.me.com', '587', 'sam@me.com']);
  await page.close();
});
