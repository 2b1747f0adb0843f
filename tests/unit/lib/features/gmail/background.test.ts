import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerGmailWindow } from '@/lib/features/gmail/background';
import { guideLocation, guideUrlForError } from '@/lib/platform/guide-url';
import { savedAccount } from '@/lib/platform/storage';

/**
 * The Gmail window's requests to the background: answered only for our own content script on the
 * "Send mail as" window, parsed first; nothing else opens a tab or injects a script.
 */

type Sender = Browser.runtime.MessageSender;

const ownId = fakeBrowser.runtime.id;
const gmailContentScript: Sender = {
  id: ownId,
  url: 'https://mail.google.com/mail/u/0/?ui=2&ik=abc&view=cf&at=x',
  tab: { id: 3 } as Browser.tabs.Tab,
};
const anotherExtension: Sender = { id: 'other-extension-id', url: 'chrome-extension://other-extension-id/popup.html' };
const malformed: unknown[] = [
  null,
  undefined,
  'gmail:notice',
  42,
  [],
  {},
  { type: 'gmail:notice' },
  { type: 'GMAIL:OPEN-GUIDE' },
];

const deliver = (message: unknown, sender: Sender): Promise<unknown[]> =>
  fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
const ignored = (answers: unknown[]) => answers.every((answer) => answer === undefined);

describe('the Gmail window’s requests in the background', () => {
  let opened: ReturnType<typeof vi.fn>;
  const fillReport = { detected: true, form: { kind: 'site', confidence: 1 }, fields: [], untouched: true };
  const notice = (address: string, extra: object = {}, report: object = {}) => ({
    type: 'gmail:notice',
    lang: 'xx',
    stepReport: {
      step: 'smtp',
      address,
      editing: false,
      matchedBy: 'names',
      report: { ...fillReport, ...report },
      ...extra,
    },
  });

  let clock = Date.UTC(2026, 11, 2);
  beforeEach(async () => {
    // The guide opens at most once a second (./guide-tab.ts): each test comes long after the last.
    vi.useFakeTimers({ toFake: ['Date'] });
    clock += 60_000;
    vi.setSystemTime(clock);
    opened = vi.fn(async () => ({}) as Browser.tabs.Tab);
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(opened as never);
    // No guide tab open yet: the guide opens in a new one.
    vi.spyOn(fakeBrowser.runtime, 'getContexts').mockImplementation((async () => []) as never);
    // The notice's drawing script goes into the asking tab: stand-in for the browser's injection.
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => []) as never);
    await savedAccount.set({ address: 'alex@icloud.com' });
    answerGmailWindow();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('opens the guide for our own content script', async () => {
    const [answer] = await deliver({ type: 'gmail:open-guide', section: 'app-password' }, gmailContentScript);
    expect(await answer).toBe(true);
    expect(opened).toHaveBeenCalledWith({ url: `chrome-extension://${ownId}/guide.html#app-password` });
  });

  it('opens troubleshooting with Gmail’s error text pasted, as the guide reads it', async () => {
    const error = 'Authentication failed. [Server response: 535 5.7.8 Error: authentication failed]';
    await deliver({ type: 'gmail:open-guide', section: 'troubleshooting', error }, gmailContentScript);
    const url = `chrome-extension://${ownId}${guideUrlForError(error)}`;
    expect(opened).toHaveBeenCalledWith({ url });
    expect(guideLocation(new URL(url).hash)).toEqual({ section: 'troubleshooting', error });
  });

  it('opens only the section for an error sent with another section', async () => {
    await deliver({ type: 'gmail:open-guide', section: 'app-password', error: '535' }, gmailContentScript);
    expect(opened).toHaveBeenCalledWith({ url: `chrome-extension://${ownId}/guide.html#app-password` });
  });

  it('answers no one else, and opens nothing for a section it does not know', async () => {
    const other = anotherExtension;
    expect(ignored(await deliver({ type: 'gmail:open-guide', section: 'app-password' }, other))).toBe(true);
    expect(ignored(await deliver(notice('alex@icloud.com'), other))).toBe(true);
    // Our own content script, but on a page that is not Gmail: no notice, nothing injected there.
    const elsewhere = { id: ownId, url: 'https://evil.example/page', tab: { id: 4 } as Browser.tabs.Tab };
    expect(ignored(await deliver(notice('alex@icloud.com'), elsewhere))).toBe(true);
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
    for (const section of ['javascript:alert(1)', '../popup.html', 'https://evil.example', ''])
      expect(ignored(await deliver({ type: 'gmail:open-guide', section }, gmailContentScript))).toBe(true);
    for (const message of malformed) expect(ignored(await deliver(message, gmailContentScript))).toBe(true);
    expect(opened).not.toHaveBeenCalled();
  });

  it('rejects a notice request whose report has an unknown step or is not a FillReport', async () => {
    const bad = [
      { ...notice('alex@icloud.com'), stepReport: { step: 'reveal', address: 'x', report: fillReport } },
      notice('alex@icloud.com', {}, { fields: [{ role: 'smtpHost', outcome: 'stolen', value: '' }] }),
      notice('alex@icloud.com', {}, { fields: [{ role: 'port', outcome: 'filled', value: '587' }] }),
      notice('alex@icloud.com', { report: undefined }),
      notice('alex@icloud.com', { matchedBy: 'guess' }),
      notice('alex@icloud.com', { smtpError: { code: '535' } }),
      { type: 'gmail:notice', stepReport: { step: 'none' } },
      // The shape the content script sent before the one FillReport.
      { type: 'gmail:notice', lang: 'en', report: { step: 'smtp', address: 'x', changes: [] } },
    ];
    for (const message of bad) expect(ignored(await deliver(message, gmailContentScript))).toBe(true);
  });

  it('never writes the saved address into a notice for a report about another address', async () => {
    const answers = await deliver(
      notice('someone@icloud.com', { smtpError: { text: 'Authentication failed. 535', code: '535' } }),
      gmailContentScript,
    );
    const answer = answers.find((candidate) => candidate !== undefined);
    const content = JSON.stringify(await answer);
    expect(content).toContain('someone@icloud.com');
    expect(content).not.toContain('alex@icloud.com');
  });
});
