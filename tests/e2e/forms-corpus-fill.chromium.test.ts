import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusAccount, knownFailingInChromium, pageSettleMs } from '../fixtures/forms/corpus';
import {
  browserNegatives,
  browserPositives,
  expectedAfterFill,
  expectedAfterUndo,
  openLists,
  pageValues,
  statesOf,
} from './corpus-in-browser';
import { type ChromiumSession, launchChromium } from './harness';
import { allowSite, openPopupWindow } from './site-access';

/**
 * The corpus pages (tests/fixtures/forms/corpus.ts) filled by the built extension in real Chromium, as a
 * user does it: "Fill this page" in the popup, then Undo. Each real product's page must reach the
 * states corpus.ts expects, switches included, and come back exactly; each look-alike must be left as
 * it was. The happy-dom table (tests/unit/lib/autofill/corpus.test.ts) checks the same pages faster;
 * this one proves the real browser agrees (layout, visibility, events, the injected scripts).
 */

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const site = 'https://admin.example.org';
let chromium: ChromiumSession;
let worker: Worker;

beforeAll(async () => {
  chromium = await launchChromium();
  await chromium.context.route(`${site}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    if (!file.endsWith('.html')) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      contentType: 'text/html',
      body: readFileSync(path.resolve('tests/fixtures/forms', file), 'utf8'),
    });
  });
  worker = chromium.context.serviceWorkers()[0] ?? (await chromium.context.waitForEvent('serviceworker'));
  // The popup saves only the address: a sender-name field keeps what the page had.
  await worker.evaluate((address) => chrome.storage.local.set({ account: { address } }), corpusAccount.address);
  await allowSite(chromium, site);
}, 60_000);
afterAll(() => chromium?.close());

async function openPage(file: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(`${site}/${file}`);
  await page.waitForTimeout(pageSettleMs);
  await page.bringToFront();
  return page;
}

async function fillFromPopup(): Promise<Page> {
  const popup = await openPopupWindow(chromium, worker);
  await popup.getByRole('button', { name: 'Fill this page' }).click();
  await expect.poll(() => popup.locator('.fill-result').count(), { timeout: 10_000 }).toBe(1);
  return popup;
}

const testFor = (file: string) => (knownFailingInChromium.includes(file) ? test.fails : test);

describe('"Fill this page" on mail settings pages, in Chromium', () => {
  for (const positive of browserPositives) {
    const { file, switches, values, passwordsClearedByPage: cleared } = positive;
    testFor(file)(
      `${file}: filled, then put back by Undo`,
      async () => {
        const selectors = Object.keys({ ...switches, ...values });
        const page = await openPage(file);
        const before = { states: await statesOf(page, selectors), values: await pageValues(page, cleared) };
        const expected = expectedAfterFill(positive, before.states);
        const popup = await fillFromPopup();
        expect(await popup.locator('.fill-result').textContent()).toMatch(/^Filled \d+ fields? on admin\.example\.org/);
        await page.waitForTimeout(pageSettleMs);
        expect(await statesOf(page, selectors)).toEqual(expected);
        // A custom dropdown the fill opened to pick from is closed again.
        expect(await openLists(page)).toBe(0);

        await popup.getByRole('button', { name: 'Undo' }).click();
        await expect.poll(() => popup.locator('.fill-result').textContent()).toMatch(/^Put back/);
        await page.waitForTimeout(pageSettleMs);
        expect(await statesOf(page, selectors)).toEqual(expectedAfterUndo(positive, before.states));
        expect(await pageValues(page, cleared)).toEqual(before.values);
        await popup.close();
        await page.close();
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
        const popup = await fillFromPopup();
        expect(await popup.locator('.fill-result').textContent()).toMatch(
          /^No mail setup form found on admin\.example\.org/,
        );
        await page.waitForTimeout(pageSettleMs);
        expect(await pageValues(page)).toEqual(before);
        await popup.close();
        await page.close();
      },
      60_000,
    );
  }
});
