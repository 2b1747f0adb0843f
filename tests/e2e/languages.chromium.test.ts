import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';

// Extension APIs as the built pages see them (the tests run them inside the page).
declare const chrome: { storage: { local: { set: (items: object) => Promise<void> } } };

const screenshots = path.resolve('test-results');

async function catalogue(language: string) {
  const messages = JSON.parse(await readFile(path.resolve('locales', `${language}.json`), 'utf8'));
  return {
    popupTitle: messages.popup.title as string,
    addressLabel: messages.popup.address.label as string,
    smtpHeading: messages.popup.smtpHeading as string,
    username: messages.popup.setting.username as string,
    guideTitle: messages.guide.title as string,
  };
}

/**
 * Labels whose text runs past the start of their value, as "label → value" pairs. The text's own
 * extent is measured, since a too-narrow column lets the word spill out of its box unseen by layout.
 */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.setting-row')].flatMap((row) => {
      const label = row.querySelector('dt');
      const value = row.querySelector('dd');
      if (!label || !value || label.getClientRects().length === 0) return [];
      const text = document.createRange();
      text.selectNodeContents(label);
      const overlaps = text.getBoundingClientRect().right > value.getBoundingClientRect().left;
      return overlaps ? [`${label.textContent} → ${value.textContent}`] : [];
    }),
  );
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(['en', 'de', 'fr', 'es'])('browser in %s', (language) => {
  let chromium: ChromiumSession;
  let words: Awaited<ReturnType<typeof catalogue>>;
  beforeAll(async () => {
    chromium = await launchChromium(undefined, { language });
    words = await catalogue(language);
    await mkdir(screenshots, { recursive: true });
  });
  afterAll(() => chromium?.close());

  test('the popup speaks the language, says so in lang, and no label runs into its value at 360 px', async () => {
    const popup = await chromium.context.newPage();
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.setViewportSize({ width: 360, height: 1200 });
    await popup.goto(chromium.extensionUrl('popup.html'));
    await expect(popup.locator('h1').textContent()).resolves.toBe(words.popupTitle);
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe(language);

    await popup.getByLabel(words.addressLabel).pressSequentially('alex@icloud.com');
    const smtp = popup.getByRole('region', { name: words.smtpHeading });
    await smtp.getByRole('term').filter({ hasText: words.username }).waitFor();
    expect(await overlappingLabels(popup)).toEqual([]);
    expect(await horizontalOverflow(popup)).toBe(0);
    await popup.screenshot({ path: path.join(screenshots, `popup-${language}.png`), fullPage: true });
    await popup.close();
  });

  test('the guide speaks the language, says so in lang, and no label runs into its value, wide or narrow', async () => {
    const guide = await chromium.context.newPage();
    await guide.goto(chromium.extensionUrl('guide.html'));
    await guide.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
    await guide.emulateMedia({ colorScheme: 'light' });
    for (const width of [1024, 400]) {
      await guide.setViewportSize({ width, height: 1400 });
      await guide.reload();
      await expect(guide.locator('h1').textContent()).resolves.toBe(words.guideTitle);
      await expect(guide.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
      await guide.getByRole('region', { name: words.smtpHeading }).waitFor();
      expect(await overlappingLabels(guide)).toEqual([]);
      expect(await horizontalOverflow(guide)).toBe(0);
    }
    // The top of the guide at a desktop width, as the README shows it.
    await guide.setViewportSize({ width: 1024, height: 1400 });
    await guide.reload();
    await guide.locator('h1').waitFor();
    await guide.screenshot({ path: path.join(screenshots, `guide-top-${language}.png`) });
    await guide.close();
  });

  test('made no network request', () => {
    expect(chromium.strayRequests).toEqual([]);
  });
});
