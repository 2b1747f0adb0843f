import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';
import { fieldValues, filledValues, settingsPage, settingsSite } from './settings-page';
import { allowSite, openPopupWindow } from './site-access';

/**
 * "Always fill on this site" in real Chromium with the built extension: the automatic fill says
 * what it did in a notice on the page and on the toolbar button, can be undone from the notice or
 * the popup, can be stopped from the notice, and stops for good when the browser takes the site's
 * access back.
 *
 * The notice lives in a closed shadow root, which neither the page nor Playwright's selectors can
 * enter: the tests read it through the DevTools protocol (which sees closed roots) and press its
 * buttons with real mouse clicks at their place on the screen, the only clicks the notice obeys.
 * Site access is given as under chrome://extensions (site-access.ts, allowSite).
 */

declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  permissions: {
    request(request: { origins: string[] }): Promise<boolean>;
    contains(request: { origins: string[] }): Promise<boolean>;
    remove(request: { origins: string[] }): Promise<boolean>;
  };
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
  action: {
    getBadgeText(details: { tabId?: number }): Promise<string>;
    getTitle(details: { tabId?: number }): Promise<string>;
  };
  tabs: { query(query: { url?: string }): Promise<{ id?: number }[]> };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};

const site = settingsSite;
const pageUrl = `${site}/settings/mail`;
const fixture = settingsPage;

let chromium: ChromiumSession;
let worker: Worker;

beforeEach(async () => {
  chromium = await launchChromium();
  const { context } = chromium;
  await context.route(`${site}/**`, (route) => route.fulfill({ contentType: 'text/html', body: fixture }));
  await context.route('http://cloud.example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: fixture }),
  );
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
});
afterEach(() => chromium?.close());

/** Opens the settings page, opts its site in from the popup and reloads it: the automatic fill's first load. */
async function optedInPage(): Promise<{ page: Page; before: Record<string, string> }> {
  const page = await chromium.context.newPage();
  await page.goto(pageUrl);
  await page.bringToFront();
  const before = await fieldValues(page);
  await allowSite(chromium, site);
  await page.bringToFront();
  const popup = await openPopupWindow(chromium, worker);
  await popup.getByRole('button', { name: 'Always fill on cloud.example.org' }).click();
  await expect.poll(() => popup.locator('.opted-in-sites li').allTextContents()).toEqual(['cloud.example.org Remove']);
  await popup.close();
  await page.reload();
  await expect.poll(() => fieldValues(page)).toEqual(filledValues);
  return { page, before };
}

interface DomNode {
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const textOf = (node: DomNode): string =>
  node.nodeType === 3
    ? (node.nodeValue ?? '')
    : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');

function* descendants(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* descendants(child);
}

/** The notice as the browser holds it, closed shadow root included. */
class Notice {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async of(page: Page): Promise<Notice> {
    return new Notice(page, await page.context().newCDPSession(page));
  }

  private async root(): Promise<DomNode | undefined> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = [...descendants(root)].find(({ localName }) => localName === 'icloud-mail-notice');
    return host?.shadowRoots?.[0];
  }

  /** The words a person sees: hidden parts (a folded disclosure) left out. */
  async text(): Promise<string> {
    const root = await this.root();
    if (!root) return '';
    const shown = (node: DomNode): string =>
      node.attributes?.includes('hidden') || node.localName === 'style'
        ? ''
        : node.nodeType === 3
          ? (node.nodeValue ?? '')
          : [...(node.children ?? [])].map(shown).join(node.localName === 'ul' ? '\n' : ' ');
    return shown(root)
      .replace(/[ \t]+/g, ' ')
      .trim();
  }

  async buttons(): Promise<string[]> {
    const root = await this.root();
    return root ? [...descendants(root)].filter(({ localName }) => localName === 'button').map(textOf) : [];
  }

  /** A real click at the button's place on the screen, as a person's. */
  async press(name: string): Promise<void> {
    const root = await this.root();
    const button = root && [...descendants(root)].find((node) => node.localName === 'button' && textOf(node) === name);
    if (!button) throw new Error(`The notice has no button "${name}"`);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}

const toolbarButton = (page: Page) =>
  worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return {
      badge: await chrome.action.getBadgeText({ tabId: tab?.id }),
      tooltip: await chrome.action.getTitle({ tabId: tab?.id }),
    };
  }, page.url());

const registered = () => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
const stored = () => worker.evaluate(async () => (await chrome.storage.local.get('optedInSites')).optedInSites);
const granted = () => worker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), `${site}/*`);

// The fixture offers port 465 for sending, as many guides wrongly do.
const portCorrection =
  'Outgoing port: 587 (was 465) — Apple documents only the port shown for sending, although many guides name this one.';

describe('an automatic fill', () => {
  test('shows one line on the page, and the toolbar button counts the fields and says what was corrected', async () => {
    const { page } = await optedInPage();
    const notice = await Notice.of(page);
    await expect.poll(() => notice.text()).toMatch(/^iCloud Mail Setup iCloud settings filled/);
    expect(await notice.buttons()).toEqual(['What changed', 'Undo', 'Stop filling on this site', '×']);
    const button = await toolbarButton(page);
    expect(button.badge).toBe('9');
    expect(button.tooltip.split('\n')).toEqual(
      expect.arrayContaining(['Filled 9 fields on cloud.example.org. The passwords are left for you.', portCorrection]),
    );

    await notice.press('What changed');
    await expect.poll(() => notice.text()).toContain(portCorrection);
    expect(await notice.text()).toContain('Filled 9 fields on cloud.example.org. The passwords are left for you.');
  });

  test('the page’s own scripts can neither read the notice nor press its buttons', async () => {
    const { page } = await optedInPage();
    const notice = await Notice.of(page);
    await expect.poll(() => notice.buttons()).toContain('Undo');
    expect(await page.evaluate(() => document.querySelector('icloud-mail-notice')?.shadowRoot ?? null)).toBeNull();
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('iCloud settings filled');
    await page.evaluate(() => {
      const host = document.querySelector('icloud-mail-notice') as HTMLElement;
      host.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(await notice.buttons()).toContain('Undo');
    expect(await fieldValues(page)).toEqual(filledValues);
  });

  test('Undo in the notice puts back what the page held, and the page is not filled again', async () => {
    const { page, before } = await optedInPage();
    const notice = await Notice.of(page);
    await expect.poll(() => notice.buttons()).toContain('Undo');
    await notice.press('Undo');
    await expect.poll(() => fieldValues(page)).toEqual(before);
    await expect.poll(() => notice.text()).toContain('Put back 9 fields on cloud.example.org.');
    // Longer than the script watches a page for its changes to settle.
    await page.waitForTimeout(1500);
    expect(await fieldValues(page)).toEqual(before);
    // …and the popup no longer offers an Undo that has nothing left to put back.
    const popup = await openPopupWindow(chromium, worker);
    await expect.poll(() => popup.getByRole('button', { name: 'Fill this page' }).isEnabled()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Undo' }).count()).toBe(0);
  });

  test('Undo in the popup opened on that tab puts the page back', async () => {
    const { page, before } = await optedInPage();
    await page.bringToFront();
    const popup = await openPopupWindow(chromium, worker);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => popup.locator('.fill-result').textContent())
      .toBe('Put back 9 fields on cloud.example.org.');
    expect(await fieldValues(page)).toEqual(before);
  });

  test('"Stop filling on this site" in the notice stops it for good and gives the access back', async () => {
    const { page, before } = await optedInPage();
    const notice = await Notice.of(page);
    await expect.poll(() => notice.buttons()).toContain('Stop filling on this site');
    await notice.press('Stop filling on this site');
    await expect.poll(() => notice.text()).toContain('cloud.example.org is no longer filled automatically.');
    expect(await registered()).toEqual([]);
    expect(await stored()).toEqual([]);
    expect(await granted()).toBe(false);
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await fieldValues(page)).toEqual(before);
  });
});

describe('taking the access back', () => {
  test('in the browser unregisters the script and drops the site: the page is no longer filled', async () => {
    const { page, before } = await optedInPage();
    // What chrome://extensions → Site access → Remove does to the extension's grant.
    expect(await worker.evaluate((origin) => chrome.permissions.remove({ origins: [origin] }), `${site}/*`)).toBe(true);
    await expect.poll(registered).toEqual([]);
    await expect.poll(stored).toEqual([]);
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await fieldValues(page)).toEqual(before);
    const popup = await openPopupWindow(chromium, worker);
    await expect.poll(() => popup.getByRole('button', { name: 'Fill this page' }).isEnabled()).toBe(true);
    expect(await popup.locator('.opted-in-sites li').count()).toBe(0);
  });

  test('the script fills only while the site is still opted in, whatever is registered', async () => {
    const { page, before } = await optedInPage();
    await worker.evaluate(() => chrome.storage.local.set({ optedInSites: [] }));
    expect(await registered()).toHaveLength(1);
    expect(await granted()).toBe(true);
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await fieldValues(page)).toEqual(before);
    expect((await toolbarButton(page)).badge).toBe('');
  });
});

test('on an http page the popup offers no "Always fill" and says why', async () => {
  const page = await chromium.context.newPage();
  await page.goto('http://cloud.example.org/settings/mail');
  await allowSite(chromium, 'http://cloud.example.org');
  await page.bringToFront();
  const popup = await openPopupWindow(chromium, worker);
  await expect.poll(() => popup.getByRole('button', { name: 'Fill this page' }).isEnabled()).toBe(true);
  await expect
    .poll(() =>
      popup
        .locator('.always-fill-note')
        .textContent({ timeout: 1000 })
        .catch(() => null),
    )
    .toBe(
      '“Always fill” works on secure (https) sites only: cloud.example.org does not use https, so its pages could be changed on the way to you.',
    );
  expect(await popup.getByRole('button', { name: /^Always fill on/ }).count()).toBe(0);
});
