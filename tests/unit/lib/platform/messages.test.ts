import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillReportSchema } from '@/lib/autofill/model-schema';
import { fillPageOnRequest } from '@/lib/features/fill-page/background';
import { fillPageResultSchema, fillTabMessage } from '@/lib/features/fill-page/messages';
import { savedAccount } from '@/lib/platform/storage';

/**
 * A web page cannot make the extension fill or reveal anything: every message is parsed, and the
 * background answers only the extension's own contexts — the popup for "Fill this page". Anything
 * else gets no answer and changes nothing. (The Gmail feature's messages: tests/unit/lib/features/gmail/background.test.ts.)
 */

type Sender = Browser.runtime.MessageSender;

const ownId = fakeBrowser.runtime.id;
const popup: Sender = { id: ownId, url: `chrome-extension://${ownId}/popup.html` };
const gmailContentScript: Sender = {
  id: ownId,
  url: 'https://mail.google.com/mail/u/0/?ui=2&ik=abc&view=cf&at=x',
  tab: { id: 3 } as Browser.tabs.Tab,
};
const hostileSenders: [string, Sender][] = [
  ['another extension’s popup', { id: 'other-extension-id', url: 'chrome-extension://other-extension-id/popup.html' }],
  ['a sender with no id (a web page over externally_connectable)', { url: 'https://evil.example/' }],
  [
    'our own content script on a web page',
    { id: ownId, url: 'https://evil.example/page', tab: { id: 4 } as Browser.tabs.Tab },
  ],
  ['a look-alike extension origin', { id: ownId, url: `chrome-extension://${ownId}.evil.example/popup.html` }],
  ['a sender with our id and no url', { id: ownId }],
];

const report = { detected: true, form: { kind: 'generic', confidence: 0.9 }, fields: [], untouched: true };

/** No listener answered: each one returned undefined. */
const ignored = (answers: unknown[]) => answers.every((answer) => answer === undefined);

/** Every answer the background's listeners give to one message; `undefined` from each means "ignored". */
async function deliver(message: unknown, sender: Sender): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
}

const malformed: unknown[] = [
  null,
  undefined,
  'forms:fill-tab',
  42,
  [],
  {},
  { type: 'forms:fill-tab' },
  { type: 'forms:fill-tab', tabId: '7' },
  { type: 'forms:fill-tab', tabId: Number.NaN },
  { type: 'forms:fill-tab', tabId: null },
  { type: 'FORMS:FILL-TAB', tabId: 7 },
  { type: 'forms:fill-tab ', tabId: 7 },
  { type: 'forms:fill-page', tabId: 7 },
  { type: 'fill', tabId: 7, address: 'alex@icloud.com' },
  JSON.parse('{"__proto__": {"type": "forms:fill-tab", "tabId": 7}}'),
];

describe('the message parsers', () => {
  it('accept the one request "Fill this page" sends', () => {
    expect(fillTabMessage.request.safeParse({ type: 'forms:fill-tab', tabId: 7 }).success).toBe(true);
  });

  it.each(malformed.map((message) => [JSON.stringify(message) ?? String(message), message]))(
    'reject %s',
    (_, message) => {
      expect(fillTabMessage.request.safeParse(message).success).toBe(false);
    },
  );

  it('reject a fill report with an unknown outcome, form kind or reason', () => {
    expect(fillReportSchema.safeParse(report).success).toBe(true);
    const field = { role: 'smtpHost', outcome: 'filled', value: 'smtp.mail.me.com' };
    expect(fillReportSchema.safeParse({ ...report, fields: [field] }).success).toBe(true);
    expect(fillReportSchema.safeParse({ ...report, fields: [{ ...field, outcome: 'submitted' }] }).success).toBe(false);
    expect(fillReportSchema.safeParse({ ...report, form: { kind: 'evil', confidence: 1 } }).success).toBe(false);
    expect(fillReportSchema.safeParse({ ...report, reason: 'because' }).success).toBe(false);
    expect(fillReportSchema.safeParse({ ...report, fields: 'all' }).success).toBe(false);
  });

  it('reject a fill result with an unknown status', () => {
    expect(fillPageResultSchema.safeParse({ status: 'done', report }).success).toBe(true);
    expect(fillPageResultSchema.safeParse({ status: 'done' }).success).toBe(false);
    expect(fillPageResultSchema.safeParse({ status: 'hacked', report }).success).toBe(false);
  });
});

describe('"Fill this page" in the background', () => {
  let injected: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    injected = vi.fn(async () => [{ frameId: 0, result: report }]);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(injected as never);
    await savedAccount.set({ address: 'alex@icloud.com' });
    fillPageOnRequest();
  });
  afterEach(() => vi.restoreAllMocks());

  it('fills the tab when the popup asks, and only then', async () => {
    const [answer] = await deliver({ type: 'forms:fill-tab', tabId: 7 }, popup);
    expect(answer).toEqual({ status: 'done', report });
    // The look whether the page has fields, then the filler: both into that tab.
    expect(injected.mock.calls.map(([injection]) => injection.target)).toEqual([{ tabId: 7 }, { tabId: 7 }]);
  });

  it.each(hostileSenders)('ignores the request from %s', async (_, sender) => {
    expect(ignored(await deliver({ type: 'forms:fill-tab', tabId: 7 }, sender))).toBe(true);
    expect(injected).not.toHaveBeenCalled();
  });

  it('ignores the request from our own Gmail content script: only extension pages may ask', async () => {
    expect(ignored(await deliver({ type: 'forms:fill-tab', tabId: 3 }, gmailContentScript))).toBe(true);
    expect(injected).not.toHaveBeenCalled();
  });

  it('ignores malformed and unknown messages, even from the popup', async () => {
    for (const message of malformed) expect(ignored(await deliver(message, popup))).toBe(true);
    expect(injected).not.toHaveBeenCalled();
  });

  it('reports a failure, not the page’s words, when the injected script answers with something else', async () => {
    injected.mockImplementation(async () => [{ frameId: 0, result: { detected: 'yes', address: 'alex@icloud.com' } }]);
    const [answer] = await deliver({ type: 'forms:fill-tab', tabId: 7 }, popup);
    expect(answer).toEqual({ status: 'failed' });
  });
});
