import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { icloudMail } from '../../lib/icloud/icloud';
import { guideUrlForError } from '../../lib/platform/guide-url';
import { gmailPagesFolder } from '../fixtures/gmail/load';
import { gmailDialogUrl, gmailInboxUrl, refusedPages } from '../fixtures/gmail/pages';
import {
  firefoxRoots,
  hintShapeLine,
  hintText,
  noticeControls,
  noticeText,
  patternChangesSeen,
  pressInNotice,
  recordPatternChanges,
} from './gmail.closed-shadow';
import { type FirefoxSession, launchFirefox } from './harness';

// An extension page's own API, as used inside page.evaluate() on the popup.
declare const browser: {
  storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } };
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
};

let firefox: FirefoxSession;
/** One extension page, open for the whole file, to write what the popup would have saved. */
let extensionPage: Page;
const openTabs: Page[] = [];

async function store(values: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(async (items) => {
    await browser.storage.local.clear();
    await browser.storage.local.set(items);
  }, values);
}

/** Serves a fixture at Gmail's real address through puppeteer's request interception (over WebDriver BiDi). */
async function openGmail(fixture: string, url = gmailDialogUrl): Promise<Page> {
  const tab = await firefox.browser.newPage();
  openTabs.push(tab);
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().startsWith('https://mail.google.com/'))
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(path.join(gmailPagesFolder, fixture), 'utf8'),
      });
    // Anything else goes on to the harness's recording proxy, which fails the session.
    else void request.continue();
  });
  await tab.goto(url);
  return tab;
}

const fieldValue = (tab: Page, name: string) =>
  tab.$eval(`[name="${name}"]`, (field) => (field as HTMLInputElement | HTMLSelectElement).value);
const isChecked = (tab: Page, selector: string) => tab.$eval(selector, (radio) => (radio as HTMLInputElement).checked);
/** The notice's closed shadow roots, read through WebDriver BiDi (./gmail.closed-shadow.ts). */
const roots = (tab: Page) => firefoxRoots(tab);
const said = (tab: Page) => noticeText(roots(tab));
/** The notice's buttons or links by their words, as a person finds them. */
const controls = async (tab: Page, tag: 'button' | 'a') =>
  (await noticeControls(roots(tab))).filter((control) => control.tag === tag);
/** A person's click: Firefox's own mouse events, which the notice trusts. */
const press = (tab: Page, name: string) => pressInNotice(roots(tab), tab.mouse, name);
const noticeShown = (tab: Page, text: string) => expect.poll(() => said(tab)).toContain(text);

/**
 * Where every tab is. Firefox moves an extension page into the extension process, so puppeteer's own
 * idea of its URL stays about:blank: ask the document.
 */
async function tabAddresses(): Promise<string[]> {
  const addresses: string[] = [];
  for (const page of await firefox.browser.pages()) {
    // While Firefox swaps the tab's process an evaluate can hang: give up on it and ask again on the next poll.
    const address = await Promise.race([
      page.evaluate(() => location.href).catch(() => ''),
      new Promise<string>((resolve) => setTimeout(() => resolve(''), 1000)),
    ]);
    addresses.push(address);
    if (address.includes('/guide.html') && !openTabs.includes(page)) openTabs.push(page);
  }
  return addresses;
}

beforeAll(async () => {
  firefox = await launchFirefox();
  extensionPage = await firefox.openExtensionPage('popup.html');
});
afterAll(() => firefox?.close());
beforeEach(() => store({ account: { address: 'alex@icloud.com' } }));
afterEach(async () => {
  for (const tab of openTabs.splice(0)) await tab.close();
});

test('Firefox: fills Gmail step 2 for an iCloud address, focuses the password and explains the corrections', async () => {
  const tab = await openGmail('step2-mx-guess-465.html');
  await noticeShown(tab, 'smtp.mail.me.com (was mx01.mail.icloud.com)');
  expect(await fieldValue(tab, 'cfss')).toBe('smtp.mail.me.com');
  expect(await fieldValue(tab, 'cfsp')).toBe('587');
  expect(await fieldValue(tab, 'cfsl')).toBe('alex@icloud.com');
  expect(await fieldValue(tab, 'cfsw')).toBe('');
  expect(await isChecked(tab, '#sm587t')).toBe(true);
  expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
  expect(await said(tab)).toContain('Secured connection using TLS (was Secured connection using SSL)');
  // Gmail's page shares the performance timeline: a production build leaves no marks on it.
  expect(await tab.evaluate(() => performance.getEntriesByType('mark').map(({ name }) => name))).toEqual([]);
});

test('Firefox: Undo puts back exactly what Gmail had; Dismiss returns the focus to the password', async () => {
  const tab = await openGmail('step2-mx-guess-465.html');
  await noticeShown(tab, 'Port: 587 (was 465)');
  await press(tab, 'Undo');
  await noticeShown(tab, 'Put back what was there before.');
  expect(await fieldValue(tab, 'cfss')).toBe('mx01.mail.icloud.com');
  expect(await fieldValue(tab, 'cfsp')).toBe('465');
  expect(await fieldValue(tab, 'cfsl')).toBe('alex');
  expect(await isChecked(tab, '#sm465s')).toBe(true);
  await press(tab, 'Dismiss');
  expect(await tab.evaluate(() => document.querySelector('icloud-mail-notice'))).toBeNull();
  expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
});

test.each([
  { typed: 'MyAppleIdPassword1', says: true },
  { typed: 'abcd-efgh-ijkl-mnop', says: false },
])(
  'Firefox: typed $typed and left the password field: the hint says so: $says; Gmail’s form still submits',
  async ({ typed, says }) => {
    const tab = await openGmail('step2-mx-guess-465.html');
    await expect.poll(() => hintText(roots(tab))).toContain('Paste your app-specific password here.');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cfsw');
    await tab.evaluate(recordPatternChanges);
    await tab.keyboard.type(typed);
    await tab.keyboard.press('Tab');
    // The browser was asked: our pattern went on and came off again, and none is left.
    await expect.poll(() => tab.evaluate(patternChangesSeen)).toEqual([null, icloudMail.appPassword.typedShape]);
    expect(await tab.$eval('[name=cfsw]', (field) => field.getAttribute('pattern'))).toBeNull();
    const line = await hintShapeLine(roots(tab));
    if (says) expect(line).toContain('That does not look like an app-specific password');
    else expect(line).toBe('');
    const posts: string[] = [];
    tab.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await tab.click('#focus');
    await expect.poll(() => posts).toHaveLength(1);
  },
);

test('Firefox: after Undo the password hint goes too', async () => {
  const tab = await openGmail('step2-mx-guess-465.html');
  await expect.poll(() => hintText(roots(tab))).not.toBe('');
  await press(tab, 'Undo');
  await noticeShown(tab, 'Put back what was there before.');
  expect(await tab.$('icloud-mail-password-hint')).toBeNull();
  await tab.type('[name=cfsw]', 'MyAppleIdPassword1');
  await tab.keyboard.press('Tab');
  expect(await tab.$('icloud-mail-password-hint')).toBeNull();
});

test('Firefox: step 1 fills the saved address, leaves the name, says settings come next', async () => {
  const tab = await openGmail('step1.html');
  await noticeShown(tab, 'the server settings will be filled in on the next step');
  expect(await fieldValue(tab, 'cfa')).toBe('alex@icloud.com');
  expect(await fieldValue(tab, 'cfn')).toBe('Alex Example');
  expect(await isChecked(tab, '[name=cfia]')).toBe(true);
});

test('Firefox: step 1 leaves the email field empty for a saved address not on iCloud, and tells the popup why', async () => {
  await store({ account: { address: 'alex@gmail.com' } });
  const tab = await openGmail('step1.html');
  const popupHears = () =>
    extensionPage.evaluate(async () => {
      const [gmail] = await browser.tabs.query({ url: 'https://mail.google.com/*' });
      return gmail?.id === undefined ? undefined : browser.tabs.sendMessage(gmail.id, { type: 'gmail:status' });
    });
  await expect.poll(popupHears).toMatchObject({
    turnedOff: false,
    stepReport: {
      step: 'add-address',
      address: 'alex@gmail.com',
      report: { reason: 'not-icloud-address', fields: [] },
    },
  });
  expect(await fieldValue(tab, 'cfa')).toBe('');
  expect(await tab.evaluate(() => document.querySelector('icloud-mail-notice'))).toBeNull();
});

test('Firefox: step 3 points to iCloud Mail for the code', async () => {
  const tab = await openGmail('step3.html');
  await noticeShown(tab, 'Gmail sent a confirmation code to alex@icloud.com.');
  expect(await controls(tab, 'a')).toMatchObject([
    { name: 'Open iCloud Mail', href: 'https://www.icloud.com/mail' },
    { name: 'Google’s article about these changes', href: 'https://support.google.com/mail/answer/17101213' },
  ]);
});

test('Firefox: after a 535 error, lists the likely causes and opens troubleshooting in the guide', async () => {
  const tab = await openGmail('step2-smtp-error.html');
  await noticeShown(tab, 'Gmail could not sign in to iCloud’s server (error 535).');
  const text = await said(tab);
  expect(text).toContain('The password is not an app-specific password');
  expect(text).toContain('The username is not the full address: it must be alex@icloud.com.');
  expect(await isChecked(tab, '#sm587t')).toBe(true);
  await press(tab, 'Troubleshooting');
  // In a new tab, or in the guide tab already open (the one the install opened), with Gmail's words pasted.
  const gmailErrorText =
    'Authentication failed. Please check your username/password. [Server response: 535 5.7.8 Error: authentication failed]';
  const troubleshooting = firefox.extensionBase + guideUrlForError(gmailErrorText).replace(/^\//, '');
  await expect.poll(tabAddresses).toContain(troubleshooting);
  // The guide shows them pasted into its troubleshooter, and answers them.
  const pasted = async () => {
    for (const page of await firefox.browser.pages()) {
      const shown = await Promise.race([
        page
          .evaluate(() =>
            location.href.includes('#troubleshooting?')
              ? [
                  document.querySelector<HTMLTextAreaElement>('#error-message')?.value ?? '',
                  document.querySelector('#troubleshooting')?.textContent ?? '',
                ]
              : undefined,
          )
          .catch(() => undefined),
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 1000)),
      ]);
      if (shown) return shown;
    }
    return undefined;
  };
  await expect
    .poll(pasted)
    .toEqual([gmailErrorText, expect.stringContaining('This looks like: Password or login rejected when sending')]);
});

test('Firefox: edit mode gets the same corrections', async () => {
  const tab = await openGmail('edit-mode.html');
  await noticeShown(tab, 'Port: 587 (was 465)');
  expect(await said(tab)).toContain('Username: alex@icloud.com (was alex)');
  expect(await fieldValue(tab, 'cfsl')).toBe('alex@icloud.com');
  expect(await isChecked(tab, '#sm587t')).toBe(true);
});

test('Firefox: a German Gmail window gets a German notice', async () => {
  await store({ account: { address: 'alex@me.com' } });
  const tab = await openGmail('step2-de.html');
  await noticeShown(tab, 'Port: 587 (vorher 465)');
  expect(await fieldValue(tab, 'cfsl')).toBe('alex@me.com');
  expect((await controls(tab, 'button')).map(({ name }) => name)).toContain('Rückgängig');
});

test('Firefox: a French Gmail window gets a French notice', async () => {
  const tab = await openGmail('step2-fr.html');
  await noticeShown(tab, 'Port : 587 (au lieu de 465)');
});

test('Firefox: the inbox gets no content script at all', async () => {
  const tab = await openGmail('step2-mx-guess-465.html', gmailInboxUrl);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await fieldValue(tab, 'cfss')).toBe('mx01.mail.icloud.com');
  expect(await tab.evaluate(() => document.querySelector('icloud-mail-notice'))).toBeNull();
  // No content script in the tab: nothing there answers the popup.
  const answer = extensionPage.evaluate(async () => {
    const [gmail] = await browser.tabs.query({ url: 'https://mail.google.com/*' });
    return browser.tabs.sendMessage(gmail?.id ?? -1, { type: 'gmail:status' });
  });
  await expect(answer).rejects.toThrow('Receiving end does not exist');
});

test.each(refusedPages)(
  'Firefox: %s, a window Gmail refused or changed, is not filled and points to what lasts',
  async (page) => {
    const tab = await openGmail(page);
    await noticeShown(tab, 'Nothing was filled');
    expect(await said(tab)).not.toContain('Filled');
    expect((await controls(tab, 'button')).map(({ name }) => name)).toContain('What works after January 2027');
    if (page.startsWith('step2'))
      expect(await tab.$eval('input[type=text]', (field) => (field as HTMLInputElement).value)).toBe(
        'mx01.mail.icloud.com',
      );
  },
);
