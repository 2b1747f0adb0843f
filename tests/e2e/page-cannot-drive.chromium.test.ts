import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gmailPagesFolder } from '../fixtures/gmail/load';
import { gmailDialogUrl } from '../fixtures/gmail/pages';
import { type ChromiumSession, launchChromium } from './harness';

/**
 * A web page cannot make the extension fill or reveal anything. Pages in real Chromium with the
 * built extension post every message shape the extension knows (and made-up ones), fire fake
 * events and try the extension's own URLs; nothing is filled and the saved address never reaches
 * anything the page can read.
 */

// The extension's own APIs inside worker.evaluate().
declare const chrome: {
  storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } };
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
};

const savedAddress = 'alex@icloud.com';
const siteUrl = 'https://webmail.example.org/settings/accounts';

let chromium: ChromiumSession;
let worker: Worker;
let servedGmail = 'step1.html';
const openTabs: Page[] = [];

beforeAll(async () => {
  chromium = await launchChromium();
  const { context } = chromium;
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: readFileSync(path.join(gmailPagesFolder, servedGmail), 'utf8') }),
  );
  await context.route('https://webmail.example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: readFileSync('tests/fixtures/forms/p01-label-for.html', 'utf8') }),
  );
  // Every message the page receives, from the first moment: what the page could read.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenMessages: string[] }).seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data) ?? String(event.data)), true);
    document.addEventListener('DOMContentLoaded', () => undefined);
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
});
afterAll(() => chromium?.close());
afterEach(async () => {
  for (const tab of openTabs.splice(0)) await tab.close();
});

async function store(gmailAutofill: boolean): Promise<void> {
  await worker.evaluate(
    async (items) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(items);
    },
    { preferences: { gmailAutofill }, account: { address: savedAddress } },
  );
}

async function open(url: string): Promise<Page> {
  const tab = await chromium.context.newPage();
  openTabs.push(tab);
  await tab.goto(url);
  return tab;
}

/** What the Gmail content script says it did, asked the way the popup asks. */
function gmailStatus(url: string): Promise<unknown> {
  return worker.evaluate(async (match) => {
    const [tab] = await chrome.tabs.query({ url: match });
    return tab?.id === undefined ? undefined : chrome.tabs.sendMessage(tab.id, { type: 'gmail:status' });
  }, url);
}

/** Every control's state, open shadow roots included. */
function fieldStates(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const states: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLInputElement) states.push(`${element.name}=${element.value}:${element.checked}`);
        else if (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
          states.push(`${element.name}=${element.value}`);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return states;
  });
}

/** Everything a script on the page can read: the DOM with its open shadow roots and values, storage, messages, timings. */
function pageReadable(tab: Page): Promise<string> {
  return tab.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        parts.push(element.outerHTML.slice(0, 2_000));
        if ('value' in element) parts.push(String((element as HTMLInputElement).value));
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    parts.push(document.title, document.cookie, window.name, location.href);
    parts.push(JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }));
    parts.push(JSON.stringify(performance.getEntries().map((entry) => entry.name)));
    parts.push(...(window as unknown as { seenMessages: string[] }).seenMessages);
    return parts.join('\n');
  });
}

interface AttackOutcome {
  /** Whether the page found any way to send a message to the extension. */
  runtimeReachable: boolean;
  /** Whether the page could load one of the extension's scripts. */
  extensionFileLoaded: boolean;
}

/** Everything a hostile page can try, short of what only the user can do. */
function attack(tab: Page): Promise<AttackOutcome> {
  return tab.evaluate(async (extensionId) => {
    // The page does not know the saved address; it tries one of its own.
    const account = 'page@icloud.com';
    const shapes: unknown[] = [
      { type: 'forms:fill-tab', tabId: 0 },
      { type: 'forms:fill-tab', tabId: 1 },
      { type: 'gmail:status' },
      { type: 'gmail:open-guide', section: 'app-password' },
      {
        type: 'gmail:notice',
        lang: 'en',
        report: { step: 'add-address', address: account, icloud: true, changes: [] },
      },
      { type: 'gmail:notice', lang: 'en', report: { step: 'verify', address: account } },
      { type: `${extensionId}:gmail:wxt:content-script-started`, contentScriptName: 'gmail', messageId: 'page' },
      { type: 'fill-page' },
      { type: 'fill', address: account },
      { type: 'account:get' },
      { type: 'storage:get', key: 'account' },
      { command: 'fill-page' },
      'fill-page',
      null,
      JSON.stringify({ type: 'forms:fill-tab', tabId: 1 }),
    ];
    for (const shape of shapes) {
      window.postMessage(shape, '*');
      window.top?.postMessage(shape, '*');
      const type = typeof shape === 'object' && shape && 'type' in shape ? String(shape.type) : 'message';
      document.dispatchEvent(new CustomEvent(type, { detail: shape, bubbles: true }));
      window.dispatchEvent(new CustomEvent(type, { detail: shape }));
    }
    // WXT's own "a newer copy of this content script started" event, as a page could forge it.
    document.dispatchEvent(
      new CustomEvent(`${extensionId}:gmail:wxt:content-script-started`, {
        detail: { contentScriptName: 'gmail', messageId: 'page' },
      }),
    );
    // Fake page life-cycle and user events.
    for (const name of ['DOMContentLoaded', 'readystatechange', 'visibilitychange'])
      document.dispatchEvent(new Event(name, { bubbles: true }));
    for (const name of ['load', 'pageshow', 'popstate', 'hashchange', 'focus']) window.dispatchEvent(new Event(name));
    for (const field of document.querySelectorAll('input, select')) {
      (field as HTMLElement).focus();
      for (const name of ['focus', 'input', 'change', 'contextmenu'])
        field.dispatchEvent(new Event(name, { bubbles: true }));
      field.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'F', code: 'KeyF', altKey: true, shiftKey: true, bubbles: true }),
      );
    }
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'F', altKey: true, shiftKey: true, bubbles: true }),
    );
    history.pushState({}, '', `${location.href}#fill`);

    // The page's only possible channels into the extension: runtime messaging and the extension's URLs.
    type SendMessage = (id: string, message: unknown) => Promise<unknown>;
    const sendMessage = (globalThis as { chrome?: { runtime?: { sendMessage?: SendMessage } } }).chrome?.runtime
      ?.sendMessage;
    let runtimeReachable = false;
    if (sendMessage)
      for (const shape of shapes)
        runtimeReachable ||= await sendMessage(extensionId, shape).then(
          () => true,
          () => false,
        );
    const extensionFileLoaded = await fetch(`chrome-extension://${extensionId}/fill-page.js`).then(
      () => true,
      () => false,
    );
    // Time for anything the extension might do in answer.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    return { runtimeReachable, extensionFileLoaded };
  }, chromium.extensionId);
}

describe('Gmail’s “Send mail as” window with auto-fill turned off', () => {
  test.each(['step1.html', 'step2-mx-guess-465.html'])(
    '%s: messages and fake events from the page fill nothing',
    async (page) => {
      await store(false);
      servedGmail = page;
      const tab = await open(gmailDialogUrl);
      // The content script is there and listening: it answers the extension, and says it is off.
      await expect.poll(() => gmailStatus(gmailDialogUrl)).toMatchObject({ skipped: 'turned-off', filled: false });
      const before = await fieldStates(tab);

      const outcome = await attack(tab);

      expect(outcome).toEqual({ runtimeReachable: false, extensionFileLoaded: false });
      expect(await fieldStates(tab)).toEqual(before);
      expect(await tab.locator('icloud-mail-notice, icloud-mail-password-hint').count()).toBe(0);
      expect(await gmailStatus(gmailDialogUrl)).toMatchObject({ skipped: 'turned-off', filled: false, undone: false });
    },
  );

  test('the saved address reaches nothing the page can read, nor does the extension’s id', async () => {
    await store(false);
    servedGmail = 'step1.html';
    const tab = await open(gmailDialogUrl);
    await expect.poll(() => gmailStatus(gmailDialogUrl)).toMatchObject({ skipped: 'turned-off' });
    // Before the page is handed the id for its attack: nothing of ours told it.
    const readable = await pageReadable(tab);
    expect(readable).not.toContain(savedAddress);
    expect(readable).not.toContain(chromium.extensionId);
    await attack(tab);
    expect(await pageReadable(tab)).not.toContain(savedAddress);
  });

  test('with auto-fill on, the same page is filled: the checks above can see a fill', async () => {
    await store(true);
    servedGmail = 'step1.html';
    const tab = await open(gmailDialogUrl);
    await expect.poll(() => tab.locator('[name=cfa]').inputValue()).toBe(savedAddress);
    expect(await pageReadable(tab)).toContain(savedAddress);
  });
});

describe('a mail-setup form on an ordinary site', () => {
  test('messages and fake events from the page fill nothing', async () => {
    await store(true);
    const tab = await open(siteUrl);
    const before = await fieldStates(tab);
    expect(before.length).toBeGreaterThan(5);

    const outcome = await attack(tab);

    expect(outcome).toEqual({ runtimeReachable: false, extensionFileLoaded: false });
    expect(await fieldStates(tab)).toEqual(before);
    expect(await pageReadable(tab)).not.toContain(savedAddress);
  });
});
