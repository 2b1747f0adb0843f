import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { gmailPagesFolder } from '../fixtures/gmail/load';
import { type FirefoxSession, launchFirefox } from './harness';

// An extension page's own API, as used inside page.evaluate() on the popup.
declare const browser: { storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } };

const dialogUrl = 'https://mail.google.com/mail/u/0/?ui=2&ik=1a2b3c4d5e&view=cf&at=AF6bupPfixture&zx=fixture';
const inboxUrl = 'https://mail.google.com/mail/u/0/#inbox';

let firefox: FirefoxSession;
const openTabs: Page[] = [];

async function store(values: Record<string, unknown>): Promise<void> {
  const popup = await firefox.openExtensionPage('popup.html');
  await popup.evaluate(async (items) => {
    await browser.storage.local.clear();
    await browser.storage.local.set(items);
  }, values);
  await popup.close();
}

/** Serves a fixture at Gmail's real address through puppeteer's request interception (over WebDriver BiDi). */
async function openGmail(fixture: string, url = dialogUrl): Promise<Page> {
  const tab = await firefox.browser.newPage();
  openTabs.push(tab);
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().startsWith('https://mail.google.com/'))
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(path.join(gmailPagesFolder, fixture), 'utf8'),
      });
    else void request.abort();
  });
  await tab.goto(url);
  return tab;
}

const fieldValue = (tab: Page, name: string) =>
  tab.$eval(`[name="${name}"]`, (field) => (field as HTMLInputElement | HTMLSelectElement).value);
const noticeText = (tab: Page) =>
  tab.evaluate(
    () => document.querySelector('icloud-mail-notice')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '',
  );

beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(() => firefox?.close());
afterEach(async () => {
  for (const tab of openTabs.splice(0)) await tab.close();
});

test('Firefox: fills Gmail step 2 for an iCloud address, focuses the password and explains the corrections', async () => {
  await store({ account: { address: 'alex@icloud.com' } });
  const tab = await openGmail('step2-mx-guess-465.html');
  await expect
    .poll(() => noticeText(tab), { timeout: 10_000 })
    .toContain('smtp.mail.me.com (was mx01.mail.icloud.com)');
  expect(await fieldValue(tab, 'cfss')).toBe('smtp.mail.me.com');
  expect(await fieldValue(tab, 'cfsp')).toBe('587');
  expect(await fieldValue(tab, 'cfsl')).toBe('alex@icloud.com');
  expect(await fieldValue(tab, 'cfsw')).toBe('');
  expect(await tab.$eval('#sm587t', (radio) => (radio as HTMLInputElement).checked)).toBe(true);
  expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
  expect(await noticeText(tab)).toContain('Secured connection using TLS (was Secured connection using SSL)');
});

test('Firefox: Undo puts back exactly what Gmail had', async () => {
  await store({ account: { address: 'alex@icloud.com' } });
  const tab = await openGmail('step2-mx-guess-465.html');
  await expect.poll(() => noticeText(tab), { timeout: 10_000 }).toContain('Undo');
  await tab.evaluate(() => {
    const undo = [...(document.querySelector('icloud-mail-notice')?.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (button) => button.textContent === 'Undo',
    );
    undo?.click();
  });
  await expect.poll(() => noticeText(tab)).toContain('Put back what was there before.');
  expect(await fieldValue(tab, 'cfss')).toBe('mx01.mail.icloud.com');
  expect(await fieldValue(tab, 'cfsp')).toBe('465');
  expect(await fieldValue(tab, 'cfsl')).toBe('alex');
  expect(await tab.$eval('#sm465s', (radio) => (radio as HTMLInputElement).checked)).toBe(true);
});

test('Firefox: a French Gmail window gets a French notice', async () => {
  await store({ account: { address: 'alex@icloud.com' } });
  const tab = await openGmail('step2-fr.html');
  await expect.poll(() => noticeText(tab), { timeout: 10_000 }).toContain('Port : 587 (au lieu de 465)');
});

test('Firefox: the inbox gets no content script at all', async () => {
  await store({ account: { address: 'alex@icloud.com' } });
  const tab = await openGmail('step2-mx-guess-465.html', inboxUrl);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await fieldValue(tab, 'cfss')).toBe('mx01.mail.icloud.com');
  expect(await tab.evaluate(() => document.querySelector('icloud-mail-notice'))).toBeNull();
});
