import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gmailPagesFolder } from '../fixtures/gmail/load';
import { gmailDialogUrl } from '../fixtures/gmail/pages';
import { type ChromiumSession, launchChromium } from './harness';

/**
 * The stores' screenshots (1280×800, PNG without transparency), made from the real built extension
 * in each language. Written to test-results/store/<language>/; `npm run screenshots` copies them
 * to store/screenshots/.
 */

declare const chrome: { storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } };

const store = { width: 1280, height: 800 };
// Chrome draws a toolbar popup at its content's size, at most 800×600.
const popupLimit = { width: 800, height: 600 };
const zoom = 1.25;
const output = path.resolve('test-results/store');

/** Gmail's "Send mail as" window, step 2 with Gmail's own wrong guesses, in each language. */
const gmailWindow: Record<string, string> = {
  en: 'step2-mx-guess-465.html',
  de: 'step2-de.html',
  fr: 'step2-fr.html',
  es: 'step2-es-renamed.html',
};

/** Width, height and whether the PNG has an alpha channel (colour types 4 and 6), from its header. */
function pngFormat(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), alpha: [4, 6].includes(png.readUInt8(25)) };
}

describe.each(Object.keys(gmailWindow))('store screenshots in %s', (language) => {
  let chromium: ChromiumSession;
  const folder = path.join(output, language);
  let served = '';

  beforeAll(async () => {
    chromium = await launchChromium(undefined, { language });
    await chromium.context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: readFileSync(path.join(gmailPagesFolder, served), 'utf8') }),
    );
    const [worker] = chromium.context.serviceWorkers();
    await worker?.evaluate(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ account: { address: 'alex@icloud.com' } });
    });
    await mkdir(folder, { recursive: true });
  });
  afterAll(() => chromium?.close());

  async function save(page: Page, name: string): Promise<void> {
    const png = await page.screenshot({ omitBackground: false });
    expect(pngFormat(png)).toEqual({ ...store, alpha: false });
    await writeFile(path.join(folder, `${name}.png`), png);
  }

  async function newPage(size = store): Promise<Page> {
    const page = await chromium.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(size);
    return page;
  }

  /** The popup as the toolbar draws it (its own width, at most 600 px tall), enlarged 1.25× and crisp. */
  async function popupPicture(colorScheme: 'light' | 'dark'): Promise<string> {
    const popup = await chromium.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize(popupLimit);
    await popup.goto(chromium.extensionUrl('popup.html'));
    await expect.poll(() => popup.locator('code').first().textContent()).toBe('imap.mail.me.com');
    const drawn = await popup.evaluate(
      (limit) => ({
        width: Math.ceil(document.body.getBoundingClientRect().width),
        height: Math.min(document.documentElement.scrollHeight, limit.height),
      }),
      popupLimit,
    );
    await popup.evaluate((zoom) => {
      document.documentElement.style.zoom = String(zoom);
    }, zoom);
    await popup.setViewportSize({ width: Math.round(drawn.width * zoom), height: Math.round(drawn.height * zoom) });
    const picture = (await popup.screenshot()).toString('base64');
    await popup.close();
    return picture;
  }

  test('the popup, light and dark, at the size the toolbar shows it', async () => {
    const pictures = [await popupPicture('light'), await popupPicture('dark')];
    const frame = await newPage();
    await frame.setContent(`<body style="margin:0;height:100vh;display:flex;gap:64px;align-items:center;
      justify-content:center;background:#dfe3ea">${pictures
        .map(
          (picture) => `<img src="data:image/png;base64,${picture}" alt=""
            style="border-radius:10px;box-shadow:0 6px 28px rgb(0 0 0 / 30%)">`,
        )
        .join('')}</body>`);
    await save(frame, 'popup');
    await frame.close();
  });

  test('Gmail’s “Send mail as” window, filled, with the notice saying what was corrected', async () => {
    served = gmailWindow[language] ?? '';
    const gmail = await newPage();
    await gmail.goto(gmailDialogUrl);
    // The notice's shadow root is closed (the page must not read it): wait for the fill and the notice's host.
    // (The Spanish page has Gmail's fields renamed: any field holding the server will do.)
    const filled = () =>
      gmail
        .locator('input')
        .evaluateAll((inputs) => inputs.some((input) => (input as HTMLInputElement).value === 'smtp.mail.me.com'));
    await expect.poll(filled).toBe(true);
    const notice = gmail.locator('icloud-mail-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    await save(gmail, 'gmail');
    await gmail.close();
  });

  test('the setup guide', async () => {
    const guide = await newPage();
    await guide.goto(chromium.extensionUrl('guide.html'));
    await expect.poll(() => guide.locator('h1').isVisible()).toBe(true);
    await save(guide, 'guide');
    await guide.close();
  });
});
