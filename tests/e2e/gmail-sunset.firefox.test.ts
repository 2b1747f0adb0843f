import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FirefoxSession, launchFirefox, setFirefoxViewport } from './harness';

/**
 * The guide's "after January 2027" section in Firefox, the counterpart of the guide part of
 * ./gmail-sunset.chromium.test.ts (which also covers the four languages and both sides of the date).
 * The screenshot goes to tests/e2e/__screenshots__ to be looked at.
 */

// An extension page's own API, as used inside page.evaluate().
declare const browser: { storage: { local: { set(items: object): Promise<void> } } };

const screenshots = path.resolve('tests/e2e/__screenshots__');
let firefox: FirefoxSession;
let words: Record<
  'title' | 'appStep4' | 'appStep5' | 'appTitle' | 'forwardTitle' | 'forwardReplies' | 'desktopTitle' | 'webTitle',
  string
>;

beforeAll(async () => {
  firefox = await launchFirefox();
  const popup = await firefox.openExtensionPage('popup.html');
  await popup.evaluate(() => browser.storage.local.set({ account: { address: 'alex@icloud.com' } }));
  await popup.close();
  words = JSON.parse(await readFile(path.resolve('locales/en.json'), 'utf8')).guide.gmailAfter;
  await mkdir(screenshots, { recursive: true });
});
afterAll(() => firefox?.close());

const codesIn = (guide: Page, label: string) =>
  guide.$$eval(`#gmail-after-2027 dl[aria-label="${label}"] code`, (codes) => codes.map((code) => code.textContent));

test('Firefox: the guide’s “after January 2027” section, with the Gmail app’s values, forwarding, desktop apps and the web', async () => {
  const guide = await firefox.openExtensionPage('guide.html#gmail-after-2027');
  await setFirefoxViewport(guide, { width: 1000, height: 800 });
  await guide.waitForSelector('#gmail-after-2027 code');
  expect(await guide.$eval('#gmail-after-2027 h2', (heading) => heading.textContent)).toBe(words.title);
  // The address's hash brought the section into view.
  await expect
    .poll(() => guide.$eval('#gmail-after-2027 h2', (heading) => heading.getBoundingClientRect().top))
    .toBeLessThan(800);
  expect(
    await guide.$eval('#gmail-after-2027 h2', (heading) => heading.getBoundingClientRect().top),
  ).toBeGreaterThanOrEqual(0);
  expect(await codesIn(guide, words.appStep4)).toEqual(['imap.mail.me.com', '993', 'SSL/TLS', 'alex']);
  expect(await codesIn(guide, words.appStep5)).toEqual(['smtp.mail.me.com', '587', 'STARTTLS', 'alex@icloud.com']);
  expect(await guide.$$eval('#gmail-after-2027 button', (buttons) => buttons.length)).toBe(8);
  expect(
    await guide.$$eval('#gmail-after-2027 h3', (headings) => headings.map((heading) => heading.textContent)),
  ).toEqual([words.appTitle, words.forwardTitle, words.desktopTitle, words.webTitle]);
  expect(await guide.$eval('#gmail-after-2027', (section) => section.textContent)).toContain(words.forwardReplies);
  // Each desktop app link leads to a section that is there.
  const targets = await guide.$$eval('#gmail-after-2027 ul a', (links) =>
    links.map((link) => link.getAttribute('href')),
  );
  expect(targets).toEqual(['#thunderbird', '#outlook', '#apple']);
  for (const target of targets) expect(await guide.$(`section${target}`)).not.toBeNull();
  const section = await guide.$('#gmail-after-2027');
  await section?.screenshot({ path: path.join(screenshots, 'guide-gmail-after-2027-firefox-en.png') });
  await guide.close();
});
