import type { Page, Worker } from 'playwright-core';
import { type ChromiumSession, launchChromium } from './harness';

/**
 * What a hostile page can read and try, for the tests that prove it gets nothing:
 * tests/e2e/page-cannot-drive.chromium.test.ts and the Gmail feature's tests/e2e/gmail.page-cannot-drive.chromium.test.ts.
 */

/** Every control's state, open shadow roots included. */
export function fieldStates(tab: Page): Promise<string[]> {
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
export function pageReadable(tab: Page): Promise<string> {
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

export interface AttackOutcome {
  /** Whether the page found any way to send a message to the extension. */
  runtimeReachable: boolean;
  /** Whether the page could load one of the extension's scripts. */
  extensionFileLoaded: boolean;
}

/** Everything a hostile page can try, short of what only the user can do. */
export function attack(tab: Page, extensionId: string): Promise<AttackOutcome> {
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
        stepReport: {
          step: 'add-address',
          address: account,
          report: { detected: true, fields: [{ role: 'email', outcome: 'filled', value: account }], untouched: true },
        },
      },
      {
        type: 'gmail:notice',
        lang: 'en',
        stepReport: { step: 'verify', address: account, report: { detected: true, fields: [], untouched: true } },
      },
      { type: 'gmail:open-guide', section: 'troubleshooting', error: 'page text' },
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
  }, extensionId);
}

// The extension's own APIs inside worker.evaluate().
declare const chrome: { storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } };

export interface HostileSession {
  chromium: ChromiumSession;
  worker: Worker;
  /** Replaces everything the extension stored. */
  store: (items: object) => Promise<void>;
  open: (url: string) => Promise<Page>;
  closeTabs: () => Promise<void>;
}

/** Real Chromium with the built extension; each route serves a page at its real URL; every message a page gets is recorded. */
export async function launchHostileSession(routes: Record<string, () => string>): Promise<HostileSession> {
  const chromium = await launchChromium();
  const { context } = chromium;
  for (const [url, body] of Object.entries(routes))
    await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: body() }));
  // Every message the page receives, from the first moment: what the page could read.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenMessages: string[] }).seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data) ?? String(event.data)), true);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabs: Page[] = [];
  return {
    chromium,
    worker,
    store: (items) =>
      worker.evaluate(async (all) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set(all);
      }, items),
    open: async (url) => {
      const tab = await context.newPage();
      tabs.push(tab);
      await tab.goto(url);
      return tab;
    },
    closeTabs: async () => {
      for (const tab of tabs.splice(0)) await tab.close();
    },
  };
}
