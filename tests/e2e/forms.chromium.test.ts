import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';
import { fieldValues, filledValues, settingsPage, settingsSite } from './settings-page';
import { allowSite, openPopupWindow } from './site-access';

/**
 * "Fill this page" and "Always fill on this site" in real Chromium with the built extension, on a
 * fixture served at a real-looking address.
 *
 * What automation cannot do, and what these tests do instead:
 * - activeTab is granted only by a real click on the toolbar button, the context menu or the
 *   shortcut: Chromium ignores synthetic key presses for extension shortcuts, and
 *   `action.openPopup()` grants nothing. So the tests give the site's access the way a user can
 *   without any dialog: allow the site under chrome://extensions → Site access (through that
 *   page's own developerPrivate API), after which `permissions.request()` for it resolves `true`
 *   at once instead of opening a dialog no driver can answer.
 * - The popup opens as a detached popup window, so the page behind it stays the current tab.
 */

/** The few extension APIs these tests call inside the browser. */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  permissions: {
    request(request: { origins: string[] }): Promise<boolean>;
    contains(request: { origins: string[] }): Promise<boolean>;
  };
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
  commands: {
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
    /** Not public API, but on every event object: runs the listeners as the browser would. */
    onCommand: { dispatch(command: string, tab: Tab): void };
  };
  contextMenus: {
    update(id: string, properties: object): Promise<void>;
    onClicked: { dispatch(info: object, tab: Tab): void };
  };
  action: {
    getBadgeText(details: { tabId?: number }): Promise<string>;
    getTitle(details: { tabId?: number }): Promise<string>;
  };
  tabs: { query(query: { url?: string; active?: boolean; lastFocusedWindow?: boolean }): Promise<Tab[]> };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};
type Tab = { id?: number; windowId?: number };

const site = settingsSite;
const pageUrl = `${site}/settings/mail`;
const fixture = settingsPage;

let chromium: ChromiumSession;
let worker: Worker;

beforeEach(async () => {
  chromium = await launchChromium();
  const { context } = chromium;
  await context.route(`${site}/**`, (route) => route.fulfill({ contentType: 'text/html', body: fixture }));
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
});
afterEach(() => chromium?.close());

async function openMailSettings(): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(pageUrl);
  await page.bringToFront();
  return page;
}

// The fixture offers port 465 for sending, as many guides wrongly do.
const portCorrection =
  'Outgoing port: 587 (was 465) — Apple documents only the port shown for sending, although many guides name this one.';

test('"Fill this page" in the popup fills the form and says what it did and what it corrected', async () => {
  const page = await openMailSettings();
  await allowSite(chromium, site);
  const popup = await openPopupWindow(chromium, worker);
  await popup.getByRole('button', { name: 'Fill this page' }).click();
  await expect
    .poll(() => popup.locator('.fill-result').textContent())
    .toBe('Filled 9 fields on cloud.example.org. The passwords are left for you.');
  expect(await fieldValues(page)).toEqual(filledValues);
  const corrections = popup
    .getByRole('list', { name: 'What was set or corrected, and what to check' })
    .getByRole('listitem');
  expect(await corrections.allTextContents()).toContain(portCorrection);
});

// A page whose SMTP fields wait behind a "Send mode" list left on Sendmail.
const sendModeSite = 'https://admin.example.net';
const sendModePage = readFileSync('tests/fixtures/forms/p22-nextcloud-admin-email-server.html', 'utf8');

test('on a page with a sending-mode switch the popup says it set it, and Undo says it put it back', async () => {
  await chromium.context.route(`${sendModeSite}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: sendModePage }),
  );
  const page = await chromium.context.newPage();
  await page.goto(`${sendModeSite}/settings/admin`);
  await page.bringToFront();
  const sendMode = page.locator('#mail_smtpmode');
  expect(await sendMode.inputValue()).toBe('sendmail');
  await allowSite(chromium, sendModeSite);
  const popup = await openPopupWindow(chromium, worker);
  await popup.getByRole('button', { name: 'Fill this page' }).click();
  const lines = popup.getByRole('list', { name: 'What was set or corrected, and what to check' }).getByRole('listitem');
  await expect.poll(() => lines.allTextContents()).toContain('Sending method set to SMTP.');
  expect(await lines.allTextContents()).toContain('Authentication set to sign in with the password.');
  expect(await sendMode.inputValue()).toBe('smtp');
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => popup.locator('.fill-result').textContent())
    .toMatch(/^Put back \d+ fields on admin\.example\.net\. The options it had set are back as they were too\.$/);
  expect(await sendMode.inputValue()).toBe('sendmail');
});

test('Undo in the popup puts back what the page held, the values it had filled in itself included', async () => {
  const page = await openMailSettings();
  const before = await fieldValues(page);
  expect(before).toMatchObject({ imap_port: '143', imap_security: 'tls', smtp_port: '465', smtp_security: 'ssl' });
  await allowSite(chromium, site);
  const popup = await openPopupWindow(chromium, worker);
  await popup.getByRole('button', { name: 'Fill this page' }).click();
  await expect.poll(() => fieldValues(page)).toEqual(filledValues);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => popup.locator('.fill-result').textContent()).toBe('Put back 9 fields on cloud.example.org.');
  expect(await fieldValues(page)).toEqual(before);
  expect(await popup.getByRole('button', { name: 'Undo' }).count()).toBe(0);
});

test('Undo after the page was reloaded says so and changes nothing', async () => {
  const page = await openMailSettings();
  await allowSite(chromium, site);
  const popup = await openPopupWindow(chromium, worker);
  await popup.getByRole('button', { name: 'Fill this page' }).click();
  // As a person would: the popup has said what it did before the page is reloaded. The fill watches the
  // page for a moment after its last write, and a reload within that moment ends the fill unanswered.
  await expect.poll(() => popup.locator('.fill-result').textContent()).toMatch(/^Filled 9 fields/);
  await page.reload();
  const reloaded = await fieldValues(page);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => popup.locator('.fill-result').textContent())
    .toBe('Nothing to undo: cloud.example.org was reloaded or left since it was filled.');
  expect(await fieldValues(page)).toEqual(reloaded);
});

/** The tab the user is looking at, as the browser hands it to a menu or shortcut listener. */
async function frontTab(): Promise<Tab> {
  const tab = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0],
  );
  if (!tab) throw new Error('No tab is in front');
  return tab;
}

const buttonFor = (tab: Tab) =>
  worker.evaluate(
    async (tabId) => ({
      badge: await chrome.action.getBadgeText({ tabId }),
      tooltip: await chrome.action.getTitle({ tabId }),
    }),
    tab.id,
  );

test('the context menu item and the keyboard shortcut are registered', async () => {
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find(({ name }) => name === 'fill-page')?.shortcut).toBe('Alt+Shift+F');
  // update() fails for an item that was never created.
  const update = (id: string) =>
    worker.evaluate((menuId) => chrome.contextMenus.update(menuId, {}).then(() => 'exists', String), id);
  expect(await update('fill-this-page')).toBe('exists');
  expect(await update('no-such-item')).toMatch(/Cannot find menu item/);
});

// Chromium ignores synthetic key presses and clicks for shortcuts and menus: the browser's own
// event is dispatched inside the service worker instead, reaching the listener the build registered.
test('the shortcut fills the tab it was pressed in; the toolbar button counts the fields and says what was corrected', async () => {
  const page = await openMailSettings();
  await allowSite(chromium, site);
  await page.bringToFront();
  const tab = await frontTab();
  await worker.evaluate((pressedIn) => chrome.commands.onCommand.dispatch('fill-page', pressedIn), tab);
  await expect.poll(() => fieldValues(page)).toEqual(filledValues);
  await expect.poll(async () => (await buttonFor(tab)).badge).toBe('9');
  expect((await buttonFor(tab)).tooltip.split('\n')).toEqual(
    expect.arrayContaining(['Filled 9 fields on cloud.example.org. The passwords are left for you.', portCorrection]),
  );
});

test('the context menu on a page the browser protects: the button shows "!" and says why, until the tab moves on', async () => {
  const page = await chromium.context.newPage();
  await page.goto('chrome://version');
  await page.bringToFront();
  const tab = await frontTab();
  await worker.evaluate(
    (clickedIn) => chrome.contextMenus.onClicked.dispatch({ menuItemId: 'fill-this-page', editable: true }, clickedIn),
    tab,
  );
  await expect.poll(async () => (await buttonFor(tab)).badge).toBe('!');
  expect((await buttonFor(tab)).tooltip).toMatch(/^The browser does not let extensions fill this page/);
  await page.goto(pageUrl);
  await expect.poll(async () => (await buttonFor(tab)).badge).toBe('');
  expect((await buttonFor(tab)).tooltip).not.toMatch(/does not let extensions/);
});

test('a page the browser protects is reported as not allowed, and nothing is injected', async () => {
  const protectedPage = await chromium.context.newPage();
  await protectedPage.goto('chrome://version');
  await protectedPage.bringToFront();
  const popup = await openPopupWindow(chromium, worker);
  await popup.getByRole('button', { name: 'Fill this page' }).click();
  await expect
    .poll(() => popup.locator('.fill-result').textContent())
    .toMatch(/^The browser does not let extensions fill this page/);
});

test('"Always fill" is not offered on Gmail, which the extension may already run on', async () => {
  await chromium.context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Inbox</title><p>Inbox</p>' }),
  );
  const gmail = await chromium.context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
  await gmail.bringToFront();
  const popup = await openPopupWindow(chromium, worker);
  await expect.poll(() => popup.getByRole('button', { name: 'Fill this page' }).isEnabled()).toBe(true);
  expect(await popup.getByRole('button', { name: /^Always fill on/ }).count()).toBe(0);
  // The same popup on any other site offers it (see the test below): the check above can fail.
  await gmail.goto(pageUrl);
  await allowSite(chromium, site);
  await gmail.bringToFront();
  const again = await openPopupWindow(chromium, worker);
  await expect.poll(() => again.getByRole('button', { name: 'Always fill on cloud.example.org' }).count()).toBe(1);
});

test('"Always fill on this site": allowed, reload fills by itself; removed, reload leaves it empty', async () => {
  let page = await openMailSettings();
  await allowSite(chromium, site);
  const popup = await openPopupWindow(chromium, worker);
  await popup.getByRole('button', { name: 'Always fill on cloud.example.org' }).click();
  await expect.poll(() => popup.locator('.opted-in-sites li').allTextContents()).toEqual(['cloud.example.org Remove']);

  await page.reload();
  await expect.poll(() => fieldValues(page)).toEqual(filledValues);

  await popup.getByRole('button', { name: 'Stop filling cloud.example.org automatically' }).click();
  await expect.poll(() => popup.locator('.opted-in-sites li').count()).toBe(0);
  expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  expect(await popup.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), `${site}/*`)).toBe(false);

  await page.close();
  page = await openMailSettings();
  await page.waitForTimeout(1000);
  expect(await fieldValues(page)).toMatchObject({ imap_host: '', smtp_host: '', imap_port: '143' });
});
