import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';
import { allowSite, openPopupWindow } from './site-access';

/**
 * The popup at the size people see it: Chrome shows a popup at most 800×600, so everything a
 * returning user came for must be in the first 400×600 px, in every language.
 *
 * The popup opens as a detached popup window over the page, so that page stays the current tab
 * (see forms.chromium.test.ts for why): the site is allowed under chrome://extensions → Site access,
 * as a user can, so the popup may see the page's address as it does after a click on its button.
 */

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
};

const site = 'https://cloud.example.org';
const pageUrl = `${site}/settings/mail`;
const screenshots = path.resolve('test-results');
const setupForm = await readFile('tests/fixtures/forms/p12-reactive-port-reset.html', 'utf8');
const noForm = '<!doctype html><title>News</title><h1>Today’s news</h1><p>Nothing to set up here.</p>';

async function catalogue(language: string) {
  const { popup, forms } = JSON.parse(await readFile(path.resolve('locales', `${language}.json`), 'utf8'));
  return {
    addressLabel: popup.address.label as string,
    copyLabels: [
      popup.copy.imapHost,
      popup.copy.imapPort,
      popup.copy.imapSecurity,
      popup.copy.imapUsername,
      popup.copy.smtpHost,
      popup.copy.smtpPort,
      popup.copy.smtpSecurity,
      popup.copy.smtpUsername,
    ] as string[],
    copyAll: popup.copy.all as string,
    fill: forms.fill.button as string,
  };
}

async function start(language?: string, body = setupForm) {
  const chromium = await launchChromium(undefined, { language });
  await chromium.context.route(`${site}/**`, (route) => route.fulfill({ contentType: 'text/html', body }));
  const worker = chromium.context.serviceWorkers()[0] ?? (await chromium.context.waitForEvent('serviceworker'));
  return { chromium, worker };
}

async function openPage(chromium: ChromiumSession, url: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** The popup over the page in front, at the largest size Chrome gives a popup's height and this popup's width. */
async function openPopup(chromium: ChromiumSession, worker: Worker): Promise<Page> {
  const popup = await openPopupWindow(chromium, worker);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.locator('h1').waitFor();
  return popup;
}

/** Whether all of the element is inside the first screen, unscrolled, and nothing covers its middle. */
function inFirstScreen(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const inside =
      window.scrollY === 0 &&
      box.width > 0 &&
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight &&
      box.right <= window.innerWidth;
    const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return inside && (middle === node || node.contains(middle));
  });
}

/** Every axe rule that fails on the page as it is now (as tests/e2e/a11y.chromium.test.ts runs it). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  const found = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    return (await axe.run(document)).violations;
  });
  return found.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe.each(['en', 'de', 'fr', 'es'])('at 400×600 in %s, with an address saved, on a web page', (language) => {
  let chromium: ChromiumSession;
  let popup: Page;
  let words: Awaited<ReturnType<typeof catalogue>>;
  beforeAll(async () => {
    const started = await start(language);
    chromium = started.chromium;
    words = await catalogue(language);
    await started.worker.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
    await allowSite(chromium, site);
    await openPage(chromium, pageUrl);
    popup = await openPopup(chromium, started.worker);
    await mkdir(screenshots, { recursive: true });
  });
  afterAll(() => chromium?.close());

  test('the address, both servers’ values with their copy buttons, "Copy all" and "Fill this page" are visible without scrolling', async () => {
    const wanted: [string, Locator][] = [
      ['address field', popup.getByLabel(words.addressLabel)],
      ...words.copyLabels.map((label): [string, Locator] => [label, popup.getByRole('button', { name: label })]),
      ...[...(await popup.locator('.server code').all()).entries()].map(([index, value]): [string, Locator] => [
        `value ${index + 1}`,
        value,
      ]),
      [words.copyAll, popup.getByRole('button', { name: words.copyAll })],
      [words.fill, popup.getByRole('button', { name: words.fill })],
    ];
    expect(await popup.locator('.server code').allTextContents()).toEqual([
      'imap.mail.me.com',
      '993',
      'SSL/TLS',
      'alex',
      'smtp.mail.me.com',
      '587',
      'STARTTLS',
      'alex@icloud.com',
    ]);
    const hidden: string[] = [];
    for (const [name, element] of wanted) if (!(await inFirstScreen(element))) hidden.push(name);
    await popup.screenshot({ path: path.join(screenshots, `popup-400x600-${language}.png`) });
    expect(hidden).toEqual([]);
  });

  test('"Fill this page" comes before the settings, and the address field has the focus', async () => {
    const fillTop = await popup
      .getByRole('button', { name: words.fill })
      .evaluate((b) => b.getBoundingClientRect().top);
    const addressTop = await popup.getByLabel(words.addressLabel).evaluate((b) => b.getBoundingClientRect().top);
    expect(fillTop).toBeLessThan(addressTop);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('popup-address');
  });
});

describe('what "Fill this page" did, where the user is looking', () => {
  let chromium: ChromiumSession;
  let worker: Worker;
  beforeAll(async () => {
    ({ chromium, worker } = await start());
    await worker.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
    await allowSite(chromium, site);
  });
  afterAll(() => chromium?.close());

  test('the result takes the focus, is in view and announced, with Undo and "Always fill" beside it', async () => {
    const page = await openPage(chromium, pageUrl);
    const popup = await openPopup(chromium, worker);
    await popup.getByRole('button', { name: 'Fill this page' }).click();
    const said = 'Filled 9 fields on cloud.example.org. The passwords are left for you.';
    await expect.poll(() => popup.locator('.fill-result').textContent()).toBe(said);
    const outcome = popup.locator('.fill-outcome');
    await expect.poll(() => outcome.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await inFirstScreen(outcome)).toBe(true);
    await expect.poll(() => popup.getByRole('status').textContent()).toContain(said);
    expect(await outcome.getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);
    expect(await outcome.getByRole('button', { name: 'Always fill on cloud.example.org' }).isVisible()).toBe(true);
    await popup.screenshot({ path: path.join(screenshots, 'popup-400x600-filled.png') });
    // Everything unfolded, in both colour schemes: still no accessibility violation.
    await popup.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await axeViolations(popup)).toEqual([]);
    }
    await popup.close();
    await page.close();
  });

  test('the lines for the switches it set fit the popup: the result stays in view, nothing runs off to the side', async () => {
    const switchSite = 'https://admin.example.net';
    const body = await readFile('tests/fixtures/forms/p22-nextcloud-admin-email-server.html', 'utf8');
    await chromium.context.route(`${switchSite}/**`, (route) => route.fulfill({ contentType: 'text/html', body }));
    await allowSite(chromium, switchSite);
    const page = await openPage(chromium, `${switchSite}/settings/admin`);
    const popup = await openPopup(chromium, worker);
    await popup.getByRole('button', { name: 'Fill this page' }).click();
    const lines = popup.locator('.fill-corrections li');
    await expect.poll(() => lines.allTextContents()).toContain('Sending method set to SMTP.');
    const outcome = popup.locator('.fill-outcome');
    await expect.poll(() => outcome.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await inFirstScreen(popup.locator('.fill-result'))).toBe(true);
    for (const line of await lines.all()) expect(await inFirstScreen(line)).toBe(true);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await popup.screenshot({ path: path.join(screenshots, 'popup-400x600-switches.png') });
    await popup.close();
    await page.close();
  });

  test('Without a saved address, "Fill this page" says why and hands the focus to the address field', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ account: { address: '' } }));
    const page = await openPage(chromium, pageUrl);
    const popup = await openPopup(chromium, worker);
    await popup.getByRole('button', { name: 'Fill this page' }).click();
    await expect
      .poll(() => popup.locator('.fill-result').textContent())
      .toBe('Enter your iCloud address first, then fill the page.');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('popup-address');
    await worker.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
    await popup.close();
    await page.close();
  });

  test('On the browser’s own pages, the popup names that reason', async () => {
    const page = await openPage(chromium, 'chrome://version');
    const popup = await openPopup(chromium, worker);
    await popup.getByRole('button', { name: 'Fill this page' }).click();
    await expect
      .poll(() => popup.locator('.fill-result').textContent())
      .toMatch(/^The browser does not let extensions fill this page: it is one of the browser’s own pages/);
    await popup.close();
    await page.close();
  });
});

test('"Always fill" is not offered after "No mail setup form found"', async () => {
  const { chromium, worker } = await start(undefined, noForm);
  try {
    await worker.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
    await allowSite(chromium, site);
    await openPage(chromium, `${site}/news`);
    const popup = await openPopup(chromium, worker);
    // Before a fill it is offered: the check below can fail.
    expect(await popup.getByRole('button', { name: 'Always fill on cloud.example.org' }).count()).toBe(1);
    await popup.getByRole('button', { name: 'Fill this page' }).click();
    await expect
      .poll(() => popup.locator('.fill-result').textContent())
      .toBe('No mail setup form found on cloud.example.org.');
    expect(await popup.getByRole('button', { name: /^Always fill on/ }).count()).toBe(0);
  } finally {
    await chromium.close();
  }
});
