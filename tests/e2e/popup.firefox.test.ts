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
  // Asked again after a refused look: Firefox may swap the page's realm while the settings render.
  for (let tries = 0; tries < 150; tries++) {
    const shown = await popup.evaluate(() => document.querySelectorAll('code').length).catch(() => 0);
    if (shown === 8) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
