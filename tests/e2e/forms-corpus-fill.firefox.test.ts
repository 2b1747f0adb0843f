import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { corpusAccount, knownFailingInFirefox, pageSettleMs } from '../fixtures/forms/corpus';
import {
  browserNegatives,
  browserPositives,
  expectedAfterFill,
  expectedAfterUndo,
  openLists,
  pageValues,
  statesOf,
} from './corpus-in-browser';
import { allowSiteInFirefox, grantWithoutPrompt, openFirefoxPopupWindow } from './firefox-site-access';
import { type FirefoxSession, launchFirefox } from './harness';

/**
 * The same table as forms-corpus-fill.chromium.test.ts, in Firefox ESR with the built MV2 add-on: every
 * corpus page filled by "Fill this page" in the popup and put back by Undo, every look-alike left as it
 * was. Gecko lays out, hides and dispatches events in its own way; the pages must come out the same.
 */

declare const browser: { storage: { local: { set(items: object): Promise<void> } } };

const site = 'https://admin.example.org';
let firefox: FirefoxSession;
/** An extension page kept open for the whole file: it asks for the site and opens each popup window. */
let extensionPage: Page;

beforeAll(async () => {
  firefox = await launchFirefox(undefined, { prefs: grantWithoutPrompt });
  extensionPage = await firefox.openExtensionPage('popup.html');
  // The popup saves only the address: a sender-name field keeps what the page had.
  await extensionPage.evaluate((address) => browser.storage.local.set({ account: { address } }), corpusAccount.address);
  expect(await allowSiteInFirefox(extensionPage, site)).toBe(true);
}, 90_000);
afterAll(() => firefox?.close());
// A failed test leaves its tab and popup open; the next popup must find its own page as the active tab.
afterEach(async () => {
  for (const page of await firefox.browser.pages()) if (page !== extensionPage) await page.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Serves the corpus page at its address on the site through request interception, in a tab in front. */
async function openPage(file: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { origin, pathname } = new URL(request.url());
    if (origin !== site) return void request.continue();
    const name = pathname.slice(1);
    if (!/^[\w-]+\.html$/.test(name)) return void request.respond({ status: 404, body: '' });
    void request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(path.resolve('tests/fixtures/forms', name), 'utf8'),
    });
  });
  await page.goto(`${site}/${file}`);
  await pause(pageSettleMs);
  await page.bringToFront();
  return page;
}

const resultText = (popup: Page) =>
  popup.$$eval('.fill-result', (results) => results.map((result) => result.textContent ?? '').join(''));

/** Presses one of the popup's buttons by its words, then waits for its result line to say `said`. */
async function press(popup: Page, words: string, said: RegExp): Promise<string> {
  const [button] = await popup.$$(`xpath/.//button[normalize-space(.)="${words}"]`);
  if (!button) throw new Error(`the popup shows no "${words}" button`);
  await button.click();
  await expect.poll(() => resultText(popup), { timeout: 15_000 }).toMatch(said);
  return resultText(popup);
}

const testFor = (file: string) => (knownFailingInFirefox.includes(file) ? test.fails : test);

describe('"Fill this page" on mail settings pages, in Firefox', () => {
  for (const positive of browserPositives) {
    const { file, switches, values, passwordsClearedByPage: cleared } = positive;
    testFor(file)(
      `${file}: filled, then put back by Undo`,
      async () => {
        const selectors = Object.keys({ ...switches, ...values });
        const page = await openPage(file);
        const before = { states: await statesOf(page, selectors), values: await pageValues(page, cleared) };
        const popup = await openFirefoxPopupWindow(firefox, extensionPage);
        expect(await press(popup, 'Fill this page', /\S/)).toMatch(/^Filled \d+ fields? on admin\.example\.org/);
        await pause(pageSettleMs);
        expect(await statesOf(page, selectors)).toEqual(expectedAfterFill(positive, before.states));
        // A custom dropdown the fill opened to pick from is closed again.
        expect(await openLists(page)).toBe(0);

        await press(popup, 'Undo', /^Put back/);
        await pause(pageSettleMs);
        expect(await statesOf(page, selectors)).toEqual(expectedAfterUndo(positive, before.states));
        expect(await pageValues(page, cleared)).toEqual(before.values);
      },
      60_000,
    );
  }

  for (const file of browserNegatives) {
    testFor(file)(
      `${file}: a look-alike, left as it was`,
      async () => {
        const page = await openPage(file);
        const before = await pageValues(page);
        const popup = await openFirefoxPopupWindow(firefox, extensionPage);
        expect(await press(popup, 'Fill this page', /\S/)).toMatch(/^No mail setup form found on admin\.example\.org/);
        await pause(pageSettleMs);
        expect(await pageValues(page)).toEqual(before);
      },
      60_000,
    );
  }
});
