import { afterAll, beforeAll, expect, test } from 'vitest';
import { guideUrlForError } from '../../lib/platform/guide-url';
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

test('an error in the guide’s address arrives pasted and answered, its section in view', async () => {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  // The URL a page that showed the error builds with lib/platform/guide-url.ts.
  const gmailError =
    'Authentication failed. Please check your username/password. [Server response: 535 5.7.8 Error: authentication failed]';
  await page.goto(chromium.extensionUrl(guideUrlForError(gmailError)));
  const troubleshooting = page.getByRole('region', { name: 'Troubleshooting' });
  await expect(troubleshooting.getByLabel('Or paste the error message').inputValue()).resolves.toBe(gmailError);
  await expect(
    troubleshooting.getByText('This looks like: Password or login rejected when sending').isVisible(),
  ).resolves.toBe(true);
  const heading = await troubleshooting.getByRole('heading', { name: 'Troubleshooting' }).boundingBox();
  expect(heading && heading.y >= 0 && heading.y < 700).toBe(true);
  await page.close();
});

test('a crafted address with an over-long error fills nothing in', async () => {
  const page = await chromium.context.newPage();
  await page.goto(`${guideUrl()}#troubleshooting?error=${'x'.repeat(5000)}`);
  const troubleshooting = page.getByRole('region', { name: 'Troubleshooting' });
  await expect(troubleshooting.getByLabel('Or paste the error message').inputValue()).resolves.toBe('');
  await expect(troubleshooting.getByRole('list', { name: 'Likely causes and fixes' }).count()).resolves.toBe(0);
  await page.close();
});
