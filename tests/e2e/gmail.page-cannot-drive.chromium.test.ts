import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gmailPagesFolder } from '../fixtures/gmail/load';
import { gmailDialogUrl } from '../fixtures/gmail/pages';
import { attack, fieldStates, type HostileSession, launchHostileSession, pageReadable } from './hostile-page';

/**
 * Gmail's "Send mail as" window cannot drive the extension: messages and fake events from the page
 * fill nothing, and the saved address and the extension's id reach nothing the page can read.
 */

// The extension's own APIs inside worker.evaluate().
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
};

const savedAddress = 'alex@icloud.com';
let servedGmail = 'step1.html';
let session: HostileSession;

beforeAll(async () => {
  session = await launchHostileSession({
    'https://mail.google.com/**': () => readFileSync(path.join(gmailPagesFolder, servedGmail), 'utf8'),
  });
});
afterAll(() => session?.chromium.close());
afterEach(() => session.closeTabs());

const store = (gmailAutofill: boolean) =>
  session.store({ preferences: { gmailAutofill }, account: { address: savedAddress } });
const open = (url: string) => session.open(url);

/** What the Gmail content script says it did, asked the way the popup asks. */
function gmailStatus(url: string): Promise<unknown> {
  return session.worker.evaluate(async (match) => {
    const [tab] = await chrome.tabs.query({ url: match });
    return tab?.id === undefined ? undefined : chrome.tabs.sendMessage(tab.id, { type: 'gmail:status' });
  }, url);
}

describe('Gmail’s “Send mail as” window with auto-fill turned off', () => {
  test.each(['step1.html', 'step2-mx-guess-465.html'])(
    '%s: messages and fake events from the page fill nothing',
    async (page) => {
      await store(false);
      servedGmail = page;
      const tab = await open(gmailDialogUrl);
      // The content script is there and listening: it answers the extension, and says it is off.
      await expect.poll(() => gmailStatus(gmailDialogUrl)).toEqual({ turnedOff: true });
      const before = await fieldStates(tab);

      const outcome = await attack(tab, session.chromium.extensionId);

      expect(outcome).toEqual({ runtimeReachable: false, extensionFileLoaded: false });
      expect(await fieldStates(tab)).toEqual(before);
      expect(await tab.locator('icloud-mail-notice, icloud-mail-password-hint').count()).toBe(0);
      expect(await gmailStatus(gmailDialogUrl)).toEqual({ turnedOff: true });
    },
  );

  test('the saved address reaches nothing the page can read, nor does the extension’s id', async () => {
    await store(false);
    servedGmail = 'step1.html';
    const tab = await open(gmailDialogUrl);
    await expect.poll(() => gmailStatus(gmailDialogUrl)).toEqual({ turnedOff: true });
    // Before the page is handed the id for its attack: nothing of ours told it.
    const readable = await pageReadable(tab);
    expect(readable).not.toContain(savedAddress);
    expect(readable).not.toContain(session.chromium.extensionId);
    await attack(tab, session.chromium.extensionId);
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
