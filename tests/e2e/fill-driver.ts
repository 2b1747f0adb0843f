import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';
import { allowSite, openPopupWindow } from './site-access';

/**
 * "Fill this page" and "Undo" the way a user presses them, in real Chromium with the built
 * extension, on many pages of one site in one browser: the pages are served by `serve` at
 * https://forms.example.org/<name>, the site is allowed once, and each page gets its own tab
 * and its own popup window (a detached popup, so the page stays the tab it fills).
 */

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
};

export const site = 'https://forms.example.org';

export interface FillDriver {
  /** Opens the page at `${site}/${name}` in a tab of its own, in front. */
  open(name: string): Promise<Page>;
  /** Presses "Fill this page" in a new popup window; the popup's words once it is done. */
  fill(): Promise<{ popup: Page; result: string }>;
  /** Presses "Undo" in that popup; its words once done. */
  undo(popup: Page): Promise<string>;
  close(): Promise<void>;
}

export async function launchFillDriver(serve: (name: string) => string | undefined): Promise<FillDriver> {
  const chromium: ChromiumSession = await launchChromium();
  const { context } = chromium;
  await context.route(`${site}/**`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
    const body = serve(name);
    return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: 'text/html', body });
  });
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() =>
    chrome.storage.local.set({ account: { address: 'alex@icloud.com', name: 'Alex Appleseed' } }),
  );

  await allowSite(chromium, site);

  const pages: Page[] = [];
  const resultOf = async (popup: Page) => {
    const result = popup.locator('.fill-result');
    await expect
      .poll(async () => ((await result.count()) > 0 ? await result.textContent() : ''), { timeout: 15_000 })
      .not.toBe('');
    return (await result.textContent()) ?? '';
  };
  return {
    async open(name) {
      for (const page of pages.splice(0)) await page.close();
      const page = await context.newPage();
      pages.push(page);
      await page.goto(`${site}/${name}`);
      await page.bringToFront();
      return page;
    },
    async fill() {
      const popup = await openPopupWindow(chromium, worker);
      pages.push(popup);
      await popup.getByRole('button', { name: 'Fill this page' }).click();
      return { popup, result: await resultOf(popup) };
    },
    async undo(popup) {
      const before = await popup.locator('.fill-result').textContent();
      await popup.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => popup.locator('.fill-result').textContent(), { timeout: 15_000 }).not.toBe(before);
      return (await popup.locator('.fill-result').textContent()) ?? '';
    },
    close: () => chromium.close(),
  };
}

/** Every control's state on a page, shadow roots included (passwords by whether they hold anything). */
export function controlStates(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const states: string[] = [];
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        const key = element.getAttribute('name') ?? element.id ?? element.localName;
        if (element instanceof HTMLInputElement)
          states.push(
            `${key}=${element.type === 'password' ? element.value !== '' : element.value}:${element.checked}`,
          );
        else if (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
          states.push(`${key}=${element.value}`);
        if (element.hasAttribute('aria-checked')) states.push(`${key}:aria=${element.getAttribute('aria-checked')}`);
        if (element.hasAttribute('aria-selected'))
          states.push(`${key}:selected=${element.getAttribute('aria-selected')}`);
        if (element.localName === 'details') states.push(`${key}:open=${element.hasAttribute('open')}`);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return states;
  });
}
