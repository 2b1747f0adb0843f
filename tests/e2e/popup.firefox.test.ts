import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FirefoxSession, launchFirefox } from './harness';

let firefox: FirefoxSession;
let popup: Page;

beforeAll(async () => {
  firefox = await launchFirefox();
  popup = await firefox.openExtensionPage('popup.html');
});
afterAll(() => firefox?.close());

test('the Firefox build loads in Firefox ESR and its popup page shows the settings for an address', async () => {
  await popup.waitForSelector('input');
  await popup.type('input', 'alex@me.com');
  await popup.waitForFunction(() => document.querySelectorAll('code').length === 8);
  const values = await popup.$$eval('code', (codes) => codes.map((code) => code.textContent));
  expect(values).toEqual([
    'imap.mail.me.com',
    '993',
    'SSL/TLS',
    'alex',
    'smtp.mail.me.com',
    '587',
    'STARTTLS',
    'alex@me.com',
  ]);
  const headings = await popup.$$eval('h2', (all) => all.map((heading) => heading.textContent));
  expect(headings).toContain('Incoming mail (IMAP)');
  expect(headings).toContain('Create an app-specific password');
});
