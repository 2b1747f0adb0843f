import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './harness';

/** How the Firefox e2e gives the extension a site and opens its popup, the way a user does. */

declare const browser: {
  permissions: { request(request: { origins: string[] }): Promise<boolean> };
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
};

/** Firefox grants an optional permission without its prompt under this pref: the user's "Allow". */
export const grantWithoutPrompt = { 'extensions.webextOptionalPermissionPrompts': false };

const pause = () => new Promise((resolve) => setTimeout(resolve, 100));

/**
 * Asks for the site from an extension page on a real click (Firefox grants a permission only in a
 * user's input handler), as "Always fill on this site" does; true when Firefox granted it.
 */
export async function allowSiteInFirefox(extensionPage: Page, origin: string): Promise<boolean> {
  await extensionPage.evaluate((pattern) => {
    const ask = document.createElement('button');
    ask.id = 'e2e-allow-site';
    ask.textContent = 'Allow';
    ask.style.cssText = 'position:fixed;inset:0 auto auto 0;width:100px;height:40px;z-index:2147483647';
    ask.addEventListener('click', () =>
      browser.permissions.request({ origins: [pattern] }).then(
        (granted) => ask.setAttribute('data-granted', String(granted)),
        (error: Error) => ask.setAttribute('data-granted', error.message),
      ),
    );
    document.body.append(ask);
  }, `${origin}/*`);
  await extensionPage.click('#e2e-allow-site');
  // Bounded by tries, not by the clock.
  for (let tries = 0; tries < 150; tries++) {
    const granted = await extensionPage.$eval('#e2e-allow-site', (ask) => ask.getAttribute('data-granted'));
    if (granted !== null) {
      await extensionPage.$eval('#e2e-allow-site', (ask) => ask.remove());
      return granted === 'true';
    }
    await pause();
  }
  return false;
}

/** The real popup page in a detached 400×600 window, so the page behind stays the active tab it fills. */
export async function openFirefoxPopupWindow(firefox: FirefoxSession, extensionPage: Page): Promise<Page> {
  const url = `${firefox.extensionBase}popup.html`;
  const known = new Set(await firefox.browser.pages());
  await extensionPage.evaluate(
    (popupUrl) => browser.windows.create({ url: popupUrl, type: 'popup', width: 400, height: 600 }),
    url,
  );
  for (let tries = 0; tries < 150; tries++) {
    for (const page of await firefox.browser.pages()) {
      if (known.has(page)) continue;
      const ready = await page
        .evaluate(() => ({ href: location.href, state: document.readyState }))
        .catch(() => undefined);
      if (ready?.href === url && ready.state === 'complete') return page;
    }
    await pause();
  }
  throw new Error('Firefox did not open the popup window');
}
