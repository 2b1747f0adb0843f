import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumSession } from './harness';

/** How the e2e gives the extension a site and opens its popup, the way a user does in Chromium. */

declare const chrome: {
  permissions: { request(request: { origins: string[] }): Promise<boolean> };
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
};

/**
 * As the user does under chrome://extensions → this extension → Site access, then the extension's
 * own request (nothing in automation grants activeTab).
 */
export async function allowSite(chromium: ChromiumSession, origin: string): Promise<void> {
  const settings = await chromium.context.newPage();
  await settings.goto(`chrome://extensions/?id=${chromium.extensionId}`);
  await settings.evaluate(
    ([id, pattern]) =>
      new Promise<void>((resolve) =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { addHostPermission: (id: string, host: string, done: () => void) => void } };
          }
        ).chrome.developerPrivate.addHostPermission(id as string, pattern as string, resolve),
      ),
    [chromium.extensionId, `${origin}/*`],
  );
  await settings.goto(chromium.extensionUrl('popup.html'));
  expect(await settings.evaluate((pattern) => chrome.permissions.request({ origins: [pattern] }), `${origin}/*`)).toBe(
    true,
  );
  await settings.close();
}

/** The real popup page in a detached 400×600 window, so the page behind stays the active tab it fills. */
export async function openPopupWindow(chromium: ChromiumSession, worker: Worker): Promise<Page> {
  const opened = chromium.context.waitForEvent('page');
  await worker.evaluate(
    (url) => chrome.windows.create({ url, type: 'popup', width: 400, height: 600 }),
    chromium.extensionUrl('popup.html'),
  );
  const popup = await opened;
  await popup.waitForLoadState();
  return popup;
}
