import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';

/**
 * Google's removal of "Send mail as" for other providers, as the popup's Gmail section and the guide
 * show it in each language, on both sides of 1 February 2027: the page's clock is set, never read.
 * Screenshots go to tests/e2e/__screenshots__ to be looked at.
 */

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const screenshots = path.resolve('tests/e2e/__screenshots__');
const december2026 = new Date('2026-12-02T04:00:00Z');
const february2027 = new Date('2027-02-01T00:00:00Z');

async function catalogue(language: string) {
  const { gmail, guide, popup } = JSON.parse(await readFile(path.resolve('locales', `${language}.json`), 'utf8'));
  return { sunset: gmail.sunset, after: guide.gmailAfter, gmailTitle: guide.gmail.title as string, popup, guide };
}

describe.each(['en', 'de', 'fr', 'es'])('in %s', (language) => {
  let chromium: ChromiumSession;
  let words: Awaited<ReturnType<typeof catalogue>>;
  beforeAll(async () => {
    chromium = await launchChromium(undefined, { language });
    await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    words = await catalogue(language);
    await mkdir(screenshots, { recursive: true });
  });
  afterAll(() => chromium?.close());

  async function open(page: string, now: Date, size = { width: 1000, height: 800 }): Promise<Page> {
    const tab = await chromium.context.newPage();
    await tab.setViewportSize(size);
    await tab.emulateMedia({ colorScheme: 'light' });
    await tab.goto(chromium.extensionUrl(page));
    // Set on the loaded page (on the new tab's blank page it sometimes fails); the reload then starts at that time.
    // Playwright's clock is injected into the page, now and then a moment after the load: tried again, at most twice.
    for (let attempt = 1; ; attempt++) {
      try {
        await tab.clock.setFixedTime(now);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await tab.waitForLoadState('load');
      }
    }
    await tab.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
    await tab.reload();
    await tab.locator('h1').waitFor();
    return tab;
  }

  test('the guide’s new section: its title, the Gmail app’s values with working copy buttons, forwarding, desktop apps, the web', async () => {
    const guide = await open('guide.html#gmail-after-2027', december2026);
    const section = guide.getByRole('region', { name: words.after.title });
    await expect(section.getAttribute('id')).resolves.toBe('gmail-after-2027');
    // The address's hash brought the section into view (checked before any click scrolls the page).
    await expect
      .poll(async () => {
        const heading = await section.getByRole('heading', { level: 2 }).boundingBox();
        return heading !== null && heading.y >= 0 && heading.y < 800;
      })
      .toBe(true);
    const incoming = section.getByLabel(words.after.appStep4);
    const outgoing = section.getByLabel(words.after.appStep5);
    await expect(incoming.locator('code').allTextContents()).resolves.toEqual([
      'imap.mail.me.com',
      '993',
      'SSL/TLS',
      'alex',
    ]);
    await expect(outgoing.locator('code').allTextContents()).resolves.toEqual([
      'smtp.mail.me.com',
      '587',
      'STARTTLS',
      'alex@icloud.com',
    ]);
    await expect(section.getByRole('button').count()).resolves.toBe(8);
    await outgoing.getByRole('button').last().click();
    await expect.poll(() => guide.evaluate(() => navigator.clipboard.readText())).toBe('alex@icloud.com');
    await incoming.getByRole('button').first().click();
    await expect.poll(() => guide.evaluate(() => navigator.clipboard.readText())).toBe('imap.mail.me.com');
    for (const heading of ['appTitle', 'forwardTitle', 'desktopTitle', 'webTitle'])
      await expect(section.getByRole('heading', { name: words.after[heading], level: 3 }).isVisible()).resolves.toBe(
        true,
      );
    await expect(section.getByText(words.after.forwardReplies).isVisible()).resolves.toBe(true);
    // Each desktop app link leads to a section that is there.
    for (const id of ['thunderbird', 'outlook', 'apple']) {
      await expect(section.locator(`a[href="#${id}"]`).count()).resolves.toBe(1);
      await expect(guide.locator(`section#${id}`).count()).resolves.toBe(1);
    }
    await section.screenshot({ path: path.join(screenshots, `guide-gmail-after-2027-${language}.png`) });
    await guide.close();
  });

  test('the guide’s Gmail section says it first, links Google’s article and the new section; from February 2027 it says “removed”', async () => {
    const guide = await open('guide.html#gmail', december2026);
    const gmail = guide.getByRole('region', { name: words.gmailTitle });
    const line = gmail.locator('.gmail-sunset');
    await expect(line.textContent()).resolves.toBe(
      `${words.sunset.ending} ${words.sunset.learnMore} · ${words.sunset.whatLasts}`,
    );
    await expect(line.getByRole('link', { name: words.sunset.learnMore }).getAttribute('href')).resolves.toBe(
      'https://support.google.com/mail/answer/17101213',
    );
    await line.getByRole('link', { name: words.sunset.whatLasts }).click();
    await expect.poll(() => guide.evaluate(() => location.hash)).toBe('#gmail-after-2027');
    await guide.close();

    const later = await open('guide.html#gmail', february2027);
    const removed = later.getByRole('region', { name: words.gmailTitle });
    await expect(removed.locator('.gmail-sunset').textContent()).resolves.toMatch(
      new RegExp(`^${words.sunset.ended.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await expect(removed.locator('code').count()).resolves.toBe(0);
    await later.close();
  });

  test('the popup’s Gmail section at 400×600: the sunset line once with both links and the switch; from February 2027 only “removed” and the way to what lasts', async () => {
    const popup = await open('popup.html', december2026, { width: 400, height: 600 });
    const section = popup.getByRole('region', { name: 'Gmail' });
    await section.scrollIntoViewIfNeeded();
    await expect(section.locator('.gmail-sunset').textContent()).resolves.toBe(
      `${words.sunset.ending} ${words.sunset.learnMore} · ${words.sunset.whatLasts}`,
    );
    await expect(popup.getByText(words.sunset.ending).count()).resolves.toBe(1);
    await expect(section.getByRole('checkbox', { name: words.popup.gmailAutofill }).isVisible()).resolves.toBe(true);
    // Nothing sticks out sideways in the popup's width.
    await expect(popup.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(400);
    await section.screenshot({ path: path.join(screenshots, `popup-gmail-section-${language}.png`) });
    const opened = chromium.context.waitForEvent('page');
    await section.getByRole('link', { name: words.sunset.whatLasts }).click();
    const guide = await opened;
    await guide.waitForURL(/guide\.html#gmail-after-2027$/);
    await guide.close();
    await popup.close();

    const later = await open('popup.html', february2027, { width: 400, height: 600 });
    const ended = later.getByRole('region', { name: 'Gmail' });
    await ended.scrollIntoViewIfNeeded();
    await expect(ended.locator('.gmail-sunset').textContent()).resolves.toBe(
      `${words.sunset.ended} ${words.sunset.whatLasts}`,
    );
    await expect(ended.getByRole('checkbox').count()).resolves.toBe(0);
    await ended.screenshot({ path: path.join(screenshots, `popup-gmail-section-ended-${language}.png`) });
    await later.close();
  });
});
