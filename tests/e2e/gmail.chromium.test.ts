import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { icloudMail } from '../../lib/icloud/icloud';
import { guideUrlForError } from '../../lib/platform/guide-url';
import { gmailPagesFolder } from '../fixtures/gmail/load';
import { gmailDialogUrl, gmailInboxUrl, refusedPages } from '../fixtures/gmail/pages';
import {
  chromiumRoots,
  focusInNotice,
  hintShapeLine,
  hintText,
  type NoticeRoots,
  noticeBox,
  noticeControls,
  noticeLine,
  noticeText,
  patternChangesSeen,
  pressInNotice,
  recordPatternChanges,
} from './gmail.closed-shadow';
import { type ChromiumSession, launchChromium } from './harness';

// Gmail's "Send mail as" window at its real address: the content script's match pattern and
// view=cf glob decide, exactly as on the real site.
// The extension service worker's own API, as used inside worker.evaluate().
declare const chrome: {
  storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } };
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
};

let chromium: ChromiumSession;
let served = 'step2-mx-guess-465.html';

async function store(values: Record<string, unknown>): Promise<void> {
  const [worker] = chromium.context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(async (items) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(items);
  }, values);
}

const openTabs: Page[] = [];

async function openGmail(page: string, url = gmailDialogUrl, prepare?: (tab: Page) => Promise<unknown>): Promise<Page> {
  served = page;
  const tab = await chromium.context.newPage();
  openTabs.push(tab);
  await prepare?.(tab);
  await tab.goto(url);
  return tab;
}

/** What the popup hears from the Gmail window's content script. */
async function popupStatus(): Promise<unknown> {
  const [worker] = chromium.context.serviceWorkers();
  return worker?.evaluate(async () => {
    const [gmail] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
    return gmail?.id === undefined ? undefined : chrome.tabs.sendMessage(gmail.id, { type: 'gmail:status' });
  });
}

/** What Gmail shows on step2-smtp-error.html, each line once, as the notice's Troubleshooting link carries it. */
const gmailErrorText =
  'Authentication failed. Please check your username/password. [Server response: 535 5.7.8 Error: authentication failed]';

const fieldValue = (tab: Page, name: string) => tab.locator(`[name="${name}"]`).inputValue();
/** The notice's closed shadow roots, read through the DevTools protocol (./gmail.closed-shadow.ts). */
const roots = (tab: Page) => chromiumRoots(tab);
const said = (tab: Page) => noticeText(roots(tab));
const press = (tab: Page, name: string) => pressInNotice(roots(tab), tab.mouse, name);

beforeAll(async () => {
  chromium = await launchChromium();
  await chromium.context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: readFileSync(path.join(gmailPagesFolder, served), 'utf8') }),
  );
});
afterAll(() => chromium?.close());
beforeEach(() => store({ account: { address: 'alex@icloud.com' } }));
afterEach(async () => {
  for (const tab of openTabs.splice(0)) await tab.close();
});

describe('Gmail step 2 in real Chromium', () => {
  test('fills iCloud’s settings over Gmail’s guesses, focuses the empty password and says what it corrected', async () => {
    const tab = await openGmail('step2-mx-guess-465.html');
    await expect.poll(() => said(tab)).toContain('smtp.mail.me.com (was mx01.mail.icloud.com)');
    expect(await fieldValue(tab, 'cfss')).toBe('smtp.mail.me.com');
    expect(await fieldValue(tab, 'cfsp')).toBe('587');
    expect(await fieldValue(tab, 'cfsl')).toBe('alex@icloud.com');
    expect(await tab.locator('#sm587t').isChecked()).toBe(true);
    // Gmail's own script reacted to our change event: the 587 choices are the ones shown now.
    expect(await tab.locator('#sm587t').isVisible()).toBe(true);
    expect(await tab.locator('#sm465s').isVisible()).toBe(false);
    expect(await fieldValue(tab, 'cfsw')).toBe('');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
    // Gmail's page shares the performance timeline: a production build leaves no marks on it (the bench build does).
    expect(await tab.evaluate(() => performance.getEntriesByType('mark').map(({ name }) => name))).toEqual([]);
    const text = await said(tab);
    expect(text).toContain('Port: 587 (was 465)');
    expect(text).toContain('Username: alex@icloud.com (was alex)');
    expect(text).toContain('Secured connection using TLS (was Secured connection using SSL)');
    await expect.poll(() => hintText(roots(tab))).toContain('Paste your app-specific password here.');
  });

  test('Undo, from the keyboard, puts back exactly what Gmail had', async () => {
    const tab = await openGmail('step2-mx-guess-465.html');
    await expect.poll(() => said(tab)).toContain('Undo');
    await focusInNotice(roots(tab), 'Undo');
    await tab.keyboard.press('Enter');
    await expect.poll(() => said(tab)).toContain('Put back what was there before.');
    expect(await fieldValue(tab, 'cfss')).toBe('mx01.mail.icloud.com');
    expect(await fieldValue(tab, 'cfsp')).toBe('465');
    expect(await fieldValue(tab, 'cfsl')).toBe('alex');
    expect(await tab.locator('#sm465s').isChecked()).toBe(true);
    expect(await tab.locator('#sm465s').isVisible()).toBe(true);
    // After Undo the password hint goes too, and what is typed next is not judged.
    expect(await tab.locator('icloud-mail-password-hint').count()).toBe(0);
    await tab.keyboard.press('Escape');
    await expect.poll(() => tab.locator('icloud-mail-notice').count()).toBe(0);
    await tab.locator('[name=cfsw]').fill('MyAppleIdPassword1');
    await tab.keyboard.press('Tab');
    expect(await tab.locator('icloud-mail-password-hint').count()).toBe(0);
  });

  test('speaks the page’s language: a German Gmail window gets a German notice', async () => {
    await store({ account: { address: 'alex@me.com' } });
    const tab = await openGmail('step2-de.html');
    await expect.poll(() => said(tab)).toContain('Port: 587 (vorher 465)');
    expect(await fieldValue(tab, 'cfsl')).toBe('alex@me.com');
    const buttons = (await noticeControls(roots(tab))).filter(({ tag }) => tag === 'button');
    expect(buttons.filter(({ name }) => name === 'Rückgängig')).toHaveLength(1);
  });

  test('finds the fields by their French labels when Gmail renames them', async () => {
    const tab = await openGmail('step2-fr-renamed.html');
    await expect.poll(() => said(tab)).toContain('Port : 587 (au lieu de 465)');
    expect(await fieldValue(tab, 'x1')).toBe('smtp.mail.me.com');
    expect(await fieldValue(tab, 'x3')).toBe('alex@icloud.com');
    expect(await tab.locator('[name=ga][value="2"]').isChecked()).toBe(true);
  });

  test('after a 535 error, lists the likely causes and opens troubleshooting with Gmail’s error pasted and answered', async () => {
    const tab = await openGmail('step2-smtp-error.html');
    await expect.poll(() => said(tab)).toContain('(error 535)');
    expect(await said(tab)).toContain('The username is not the full address: it must be alex@icloud.com.');
    await press(tab, 'Troubleshooting');
    // In a new tab, or in the guide tab already open (the one the install opened): then only its hash changes.
    const troubleshooting = chromium.extensionUrl(guideUrlForError(gmailErrorText));
    await expect.poll(() => chromium.context.pages().map((page) => page.url())).toContain(troubleshooting);
    const guide = chromium.context.pages().find((page) => page.url() === troubleshooting);
    openTabs.push(...chromium.context.pages().filter((page) => page.url().includes('/guide.html')));
    const section = guide?.getByRole('region', { name: 'Troubleshooting' });
    await expect.poll(() => section?.getByLabel('Or paste the error message').inputValue()).toBe(gmailErrorText);
    expect(await section?.getByText('This looks like: Password or login rejected when sending').isVisible()).toBe(true);
  });

  test('the guide links open one guide tab, however often they are pressed; a script’s click presses nothing', async () => {
    const tab = await openGmail('step2-smtp-error.html');
    await expect.poll(() => said(tab)).toContain('(error 535)');
    const guideTabs = () => chromium.context.pages().filter((page) => page.url().includes('/guide.html'));
    const troubleshooting = chromium.extensionUrl(guideUrlForError(gmailErrorText));
    const guidesBefore = guideTabs().length;
    // Clicks a script could make, had it the element: not a person's, so nothing happens.
    await roots(tab)(({ notice }) => {
      for (const button of notice?.querySelectorAll('button') ?? []) if (button.textContent !== '×') button.click();
    });
    await tab.waitForTimeout(500);
    expect(guideTabs().map((page) => page.url())).not.toContain(troubleshooting);
    expect(await fieldValue(tab, 'cfss')).toBe('smtp.mail.me.com');
    // The background opens the guide at most once a second, and the test before may just have.
    await tab.waitForTimeout(1_100);
    for (let presses = 0; presses < 5; presses++) await press(tab, 'Troubleshooting');
    await expect.poll(() => guideTabs().map((page) => page.url())).toContain(troubleshooting);
    expect(guideTabs()).toHaveLength(Math.max(guidesBefore, 1));
    // Past the one-second guard: the same tab again, brought to the front, not a second one.
    await tab.waitForTimeout(1_100);
    await tab.bringToFront();
    await press(tab, 'Troubleshooting');
    await tab.waitForTimeout(500);
    expect(guideTabs()).toHaveLength(Math.max(guidesBefore, 1));
    openTabs.push(...guideTabs());
  });

  test('edit mode gets the same corrections', async () => {
    const tab = await openGmail('edit-mode.html');
    await expect.poll(() => said(tab)).toContain('Port: 587 (was 465)');
    expect(await fieldValue(tab, 'cfsl')).toBe('alex@icloud.com');
  });

  test('changes nothing for an address not on iCloud, and tells the popup why', async () => {
    const tab = await openGmail('step2-other-provider.html');
    await expect.poll(popupStatus).toMatchObject({
      turnedOff: false,
      stepReport: { step: 'smtp', address: 'alex@gmx.de', report: { reason: 'not-icloud-address', fields: [] } },
    });
    expect(await fieldValue(tab, 'cfss')).toBe('mail.gmx.net');
    expect(await fieldValue(tab, 'cfsl')).toBe('alex');
    expect(await tab.locator('icloud-mail-notice').count()).toBe(0);
  });

  test('does nothing when Gmail auto-fill is turned off in the popup', async () => {
    await store({ account: { address: 'alex@icloud.com' }, preferences: { gmailAutofill: false } });
    const tab = await openGmail('step2-mx-guess-465.html');
    // The script has read the switch and decided: no waiting on the clock for it to act.
    await expect.poll(popupStatus).toEqual({ turnedOff: true });
    expect(await fieldValue(tab, 'cfss')).toBe('mx01.mail.icloud.com');
    expect(await tab.locator('icloud-mail-notice').count()).toBe(0);
  });
});

describe('Gmail steps 1 and 3, and the rest of Gmail, in real Chromium', () => {
  test('step 1: fills the saved address, leaves the name, says settings come next', async () => {
    const tab = await openGmail('step1.html');
    await expect.poll(() => said(tab)).toContain('the server settings will be filled in on the next step');
    expect(await fieldValue(tab, 'cfa')).toBe('alex@icloud.com');
    expect(await fieldValue(tab, 'cfn')).toBe('Alex Example');
  });

  test('step 1: a saved address not on iCloud is not filled, and the popup hears why', async () => {
    await store({ account: { address: 'alex@gmail.com' } });
    const tab = await openGmail('step1.html');
    await expect.poll(popupStatus).toMatchObject({
      turnedOff: false,
      stepReport: {
        step: 'add-address',
        address: 'alex@gmail.com',
        report: { reason: 'not-icloud-address', fields: [] },
      },
    });
    expect(await fieldValue(tab, 'cfa')).toBe('');
    expect(await tab.locator('icloud-mail-notice').count()).toBe(0);
  });

  test('step 3: points to iCloud Mail for the code', async () => {
    const tab = await openGmail('step3.html');
    await expect.poll(() => noticeLine(roots(tab))).toContain('Gmail sent a confirmation code to alex@icloud.com.');
    const links = (await noticeControls(roots(tab))).filter(({ tag }) => tag === 'a');
    expect(links).toMatchObject([
      { name: 'Open iCloud Mail', href: 'https://www.icloud.com/mail' },
      // The sunset line's link, under the notice's line.
      { name: 'Google’s article about these changes', href: 'https://support.google.com/mail/answer/17101213' },
    ]);
  });

  test('the inbox gets no content script at all, even with dialog fields on the page', async () => {
    const tab = await openGmail('step2-mx-guess-465.html', gmailInboxUrl);
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(500);
    expect(await fieldValue(tab, 'cfss')).toBe('mx01.mail.icloud.com');
    expect(await tab.locator('icloud-mail-notice').count()).toBe(0);
    // No content script in the tab: nothing there answers the popup.
    await expect(popupStatus()).rejects.toThrow('Receiving end does not exist');
  });
});

describe('the compact notice leaves Gmail’s window usable, in real Chromium', () => {
  test('at 640×560 the notice is one line plus the sunset line, and every button of Gmail’s window stays in view', async () => {
    const tab = await openGmail('step2-mx-guess-465.html', gmailDialogUrl, (page) =>
      page.setViewportSize({ width: 640, height: 560 }),
    );
    await expect.poll(() => noticeLine(roots(tab))).toContain('Filled');
    const box = await noticeBox(roots(tab));
    const sunsetLine = await roots(tab)(({ notice }) => notice?.querySelector('.note')?.getBoundingClientRect().height);
    console.info(`Gmail notice at 640×560: ${box?.height} px tall, of which the sunset line ${sunsetLine} px`);
    expect(box?.height).toBeLessThan(120);
    // The corrections are folded away until asked for.
    expect(await roots(tab)(({ notice }) => notice?.querySelector<HTMLElement>('.details')?.hidden)).toBe(true);
    const buttons = await tab.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[type=submit], input[type=button]')].map((button) => {
        const { top, bottom, left, right } = button.getBoundingClientRect();
        return { value: button.value, inView: top >= 0 && left >= 0 && bottom <= innerHeight && right <= innerWidth };
      }),
    );
    expect(buttons.map(({ value }) => value)).toContain('Add Account »');
    expect(buttons.filter(({ inView }) => !inView)).toEqual([]);
    // Nothing of ours is drawn over them.
    expect(await tab.evaluate(() => innerHeight - document.documentElement.scrollHeight >= 0)).toBe(true);
  });

  test('Escape with the focus in Gmail’s password field dismisses the notice and leaves the focus there', async () => {
    const tab = await openGmail('step2-mx-guess-465.html');
    await expect.poll(() => noticeLine(roots(tab))).toContain('Filled');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
    await tab.keyboard.press('Escape');
    await expect.poll(() => tab.locator('icloud-mail-notice').count()).toBe(0);
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
  });
});

describe('the password-shape hint, without reading the password, in real Chromium', () => {
  const notShaped = 'That does not look like an app-specific password';

  test.each([
    { typed: 'MyAppleIdPassword1', says: true },
    { typed: 'abcd-efgh-ijkl-mnop', says: false },
  ])(
    'typed $typed and left the field: the hint says so: $says; Gmail’s form still submits',
    async ({ typed, says }) => {
      const tab = await openGmail('step2-mx-guess-465.html', gmailDialogUrl, (page) =>
        page.setViewportSize({ width: 640, height: 560 }),
      );
      await expect.poll(() => hintText(roots(tab))).toContain('Paste your app-specific password here.');
      expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
      await tab.evaluate(recordPatternChanges);
      // Focusing and leaving without typing asks nothing.
      await tab.keyboard.press('Tab');
      await tab.locator('[name=cfsw]').focus();
      await tab.keyboard.type(typed);
      await tab.keyboard.press('Tab');
      // The browser was asked: our pattern went on and came off again, and none is left.
      await expect.poll(() => tab.evaluate(patternChangesSeen)).toEqual([null, icloudMail.appPassword.typedShape]);
      expect(await tab.locator('[name=cfsw]').getAttribute('pattern')).toBeNull();
      if (says) expect(await hintShapeLine(roots(tab))).toContain(notShaped);
      else expect(await hintShapeLine(roots(tab))).toBe('');
      await tab.screenshot({
        path: `tests/e2e/__screenshots__/gmail-password-shape-${says ? 'said' : 'quiet'}-640x560.png`,
      });
      // The hint beside the field pushes none of Gmail's buttons out of the window.
      const outOfView = await tab.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('input[type=submit], input[type=button]')]
          .filter((button) => button.getBoundingClientRect().bottom > innerHeight)
          .map((button) => button.value),
      );
      expect(outOfView).toEqual([]);
      const posted = tab.waitForRequest((request) => request.method() === 'POST');
      // The page Gmail answers with is let load before the tab closes: closing mid-navigation can hang Chromium.
      const answered = tab.waitForEvent('load');
      await tab.getByRole('button', { name: 'Add Account »' }).click();
      expect((await posted).postData()).toContain(`cfsw=${typed}`);
      await answered;
    },
  );
});

describe('a “Send mail as” window Gmail refused or changed, in real Chromium', () => {
  test.each(refusedPages)('%s: fills nothing, claims nothing, and points to what lasts', async (page) => {
    const tab = await openGmail(page);
    await expect.poll(() => noticeLine(roots(tab))).toContain('Nothing was filled');
    const fields = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll('input, select')].map((field) => (field as HTMLInputElement).value),
      );
    expect(await fields()).toEqual(
      await tab.evaluate(() =>
        [...document.querySelectorAll('input, select')].map(
          (field) => field.getAttribute('value') ?? (field as HTMLSelectElement).value,
        ),
      ),
    );
    expect(await popupStatus()).toEqual({
      turnedOff: false,
      stepReport: { step: 'none', report: { detected: false, fields: [], untouched: true, reason: 'no-form' } },
      undone: false,
    });
    const text = await said(tab);
    expect(text).not.toContain('Filled');
    expect(text).toContain('Google is removing “Send mail as”');
    const controls = (await noticeControls(roots(tab))).map(({ name }) => name);
    expect(controls).not.toContain('Undo');
    // The background opens the guide at most once a second, and the test before may just have.
    await tab.waitForTimeout(1_100);
    await press(tab, 'What works after January 2027');
    const whatLasts = chromium.extensionUrl('guide.html#gmail-after-2027');
    await expect.poll(() => chromium.context.pages().map((each) => each.url())).toContain(whatLasts);
    openTabs.push(...chromium.context.pages().filter((each) => each.url().includes('/guide.html')));
  });
});

describe('only Gmail’s “Send mail as” window gets the content script, in real Chromium', () => {
  const gmail = 'https://mail.google.com/mail/u/0/';

  /** Records, through the DevTools protocol, every isolated world the extension's content scripts get in the tab. */
  async function watchContentScripts(tab: Page, worlds: string[]): Promise<void> {
    const cdp = await tab.context().newCDPSession(tab);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated' && context.origin.includes(chromium.extensionId))
        worlds.push(context.origin);
    });
    await cdp.send('Runtime.enable');
  }

  test.each([
    `${gmail}#inbox?view=cf`,
    `${gmail}?preview=cf`,
    `${gmail}?q=view=cf`,
    `${gmail}?view=cm&su=view=cf`,
    `${gmail}?view=cfx`,
    `${gmail}view=cf/?ui=2`,
    `${gmail}view=cf`,
  ])('%s: a look-alike address gets none', async (url) => {
    const worlds: string[] = [];
    const tab = await openGmail('step2-mx-guess-465.html', url, (page) => watchContentScripts(page, worlds));
    await tab.waitForLoadState('load');
    // The script would have started at document_start, long before the load event.
    expect(worlds).toEqual([]);
    expect(await fieldValue(tab, 'cfss')).toBe('mx01.mail.icloud.com');
    await expect(popupStatus()).rejects.toThrow('Receiving end does not exist');
  });

  test.each([`${gmail}?view=cf`, `${gmail}?view=cf&at=x`, `${gmail}?ui=2&view=cf`, `${gmail}?ui=2&view=cf#x`])(
    '%s: view=cf first, alone, or last in the query gets it (the check above can see a content script)',
    async (url) => {
      const worlds: string[] = [];
      const tab = await openGmail('step2-mx-guess-465.html', url, (page) => watchContentScripts(page, worlds));
      await expect.poll(() => fieldValue(tab, 'cfss')).toBe('smtp.mail.me.com');
      await expect.poll(popupStatus).toMatchObject({
        stepReport: {
          step: 'smtp',
          report: { fields: expect.arrayContaining([expect.objectContaining({ outcome: 'corrected' })]) },
        },
      });
      expect(worlds.length).toBeGreaterThan(0);
    },
  );
});

describe('the notice, for keyboard and screen-reader users, in real Chromium', () => {
  /**
   * Stops the page, with `debugger`, the moment the notice's host goes into it, before a frame is drawn,
   * and reads the live region then, through the DevTools protocol (the page cannot see into the closed root).
   */
  async function watchNoticeArrive(page: Page, seen: { line?: string }): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Debugger.enable');
    cdp.on('Debugger.paused', async () => {
      seen.line ??= await noticeLine(chromiumRoots(page, cdp));
      await cdp.send('Debugger.resume');
    });
    await page.addInitScript(() => {
      new MutationObserver((records) => {
        const arrived = records.some((record) =>
          [...record.addedNodes].some(
            (added) => added instanceof HTMLElement && added.localName === 'icloud-mail-notice',
          ),
        );
        // biome-ignore lint/suspicious/noDebugger: the test's DevTools session reads the notice while the page is stopped here.
        if (arrived) debugger;
      }).observe(document, { childList: true, subtree: true });
    });
  }

  test('the live region arrives empty, then says what was filled', async () => {
    const seen: { line?: string } = {};
    const tab = await openGmail('step2-mx-guess-465.html', gmailDialogUrl, (page) => watchNoticeArrive(page, seen));
    await expect.poll(() => noticeLine(roots(tab))).toContain('Filled');
    expect(seen.line).toBe('');
  });

  test('Dismiss puts the focus in the password field', async () => {
    const tab = await openGmail('step2-mx-guess-465.html');
    await expect.poll(() => said(tab)).toContain('Port: 587 (was 465)');
    await press(tab, 'Dismiss');
    await expect.poll(() => tab.locator('icloud-mail-notice').count()).toBe(0);
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
  });

  test('Escape from inside the notice dismisses it and puts the focus in the password field', async () => {
    const tab = await openGmail('step2-mx-guess-465.html');
    await expect.poll(() => said(tab)).toContain('Port: 587 (was 465)');
    await focusInNotice(roots(tab), 'Undo');
    await tab.keyboard.press('Escape');
    await expect.poll(() => tab.locator('icloud-mail-notice').count()).toBe(0);
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
  });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`with the system in ${colorScheme} mode the notice is light and every text of it and the hint reads at 4.5:1 or better`, async () => {
      const tab = await openGmail('step2-mx-guess-465.html', gmailDialogUrl, (page) =>
        page.emulateMedia({ colorScheme }),
      );
      await expect.poll(() => said(tab)).toContain('Port: 587 (was 465)');
      await expect.poll(() => hintText(roots(tab))).not.toBe('');
      const { surface, lowest } = await roots(tab)(readContrast);
      expect(lowest.ratio, lowest.text).toBeGreaterThanOrEqual(4.5);
      // Gmail's window is light in either system theme: the notice follows the page, not the system.
      expect(surface).toBeGreaterThan(0.8);
    });
});

/** In the page: the notice's surface luminance and the text with the lowest WCAG contrast against what is behind it. */
function readContrast({ notice, hint }: NoticeRoots) {
  const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const behind = (element: Element): string => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      const background = getComputedStyle(at).backgroundColor;
      if (channels(background)[3] !== 0 && background !== 'transparent') return background;
    }
    // Nothing opaque up to the root: the page's canvas, white, as Gmail's window draws it.
    return 'rgb(255, 255, 255)';
  };
  const texts = [notice, hint].flatMap((root) => [...(root?.querySelectorAll('p, li, a, button') ?? [])]);
  const ratios = texts.map((text) => {
    const [lighter, darker] = [luminance(getComputedStyle(text).color), luminance(behind(text))].sort((a, b) => b - a);
    return { text: text.textContent ?? '', ratio: ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05) };
  });
  const surface = notice?.querySelector('.notice');
  return {
    surface: surface ? luminance(getComputedStyle(surface).backgroundColor) : Number.NaN,
    lowest: ratios.reduce((low, next) => (next.ratio < low.ratio ? next : low), {
      text: 'none',
      ratio: Number.POSITIVE_INFINITY,
    }),
  };
}
