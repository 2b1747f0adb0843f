import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FillReport } from '@/lib/autofill/model';
import { fillPageOnRequest } from '@/lib/features/fill-page/background';
import { savedAccount } from '@/lib/platform/storage';

/**
 * The context menu item and the keyboard shortcut: they fill the tab they were used in, and as they
 * have no popup, the toolbar button's badge and tooltip say for that tab what happened.
 */

type Listener = (...args: never[]) => unknown;

/** A browser event the test can fire; fakeBrowser leaves contextMenus and commands unimplemented. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => listeners.push(listener),
    fire: (...args: unknown[]) => {
      for (const listener of listeners) (listener as (...values: unknown[]) => unknown)(...args);
    },
  };
}

let menuClicked: ReturnType<typeof fakeEvent>;
let commandUsed: ReturnType<typeof fakeEvent>;
let injected: ReturnType<typeof vi.fn>;
let pageAnswer: unknown;
/** What the look injected first answers: whether the page has any field. */
let pageHasFields: boolean;
let settingsTab: Browser.tabs.Tab;
let installed: (() => void) | undefined;
let otherTab: Browser.tabs.Tab;

const filledNine: FillReport = {
  detected: true,
  form: { kind: 'generic', confidence: 0.9 },
  fields: [
    ...(
      [
        'email',
        'imapHost',
        'imapPort',
        'imapSecurity',
        'imapUsername',
        'smtpHost',
        'smtpSecurity',
        'smtpUsername',
      ] as const
    ).map((role) => ({ role, outcome: 'filled' as const })),
    {
      role: 'smtpPort',
      outcome: 'corrected',
      from: '465',
      value: '587',
      findings: [{ field: 'smtpPort', found: '465', correction: '587', reason: 'smtpPortNotOffered' }],
    },
    { role: 'smtpPassword', outcome: 'left', reason: 'password' },
  ],
  untouched: true,
};

const badge = (tab: Browser.tabs.Tab) => fakeBrowser.action.getBadgeText({ tabId: tab.id });
const tooltip = (tab: Browser.tabs.Tab) => fakeBrowser.action.getTitle({ tabId: tab.id });
const badgeColour = (tab: Browser.tabs.Tab) => fakeBrowser.action.getBadgeBackgroundColor({ tabId: tab.id });

beforeEach(async () => {
  vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener').mockImplementation((listener) => {
    installed = listener as () => void;
  });
  menuClicked = fakeEvent();
  commandUsed = fakeEvent();
  Object.assign(fakeBrowser.contextMenus, { onClicked: menuClicked });
  Object.assign(fakeBrowser.commands, { onCommand: commandUsed });
  pageAnswer = filledNine;
  pageHasFields = true;
  injected = vi.fn(async ({ files }: { files?: string[] }) => [
    { frameId: 0, result: files?.includes('/fill-page-look.js') ? pageHasFields : pageAnswer },
  ]);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(injected as never);
  await savedAccount.set({ address: 'alex@icloud.com' });
  const windowId = (await fakeBrowser.windows.create({ focused: true }))?.id;
  otherTab = await fakeBrowser.tabs.create({ windowId, url: 'https://news.example/', active: false });
  settingsTab = await fakeBrowser.tabs.create({
    windowId,
    url: 'https://cloud.example.org/settings/mail',
    active: true,
  });
  fillPageOnRequest();
});
afterEach(() => vi.restoreAllMocks());

describe('the context menu item on an editable field', () => {
  it('is added on install, for editable fields only', () => {
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 'fill-this-page');
    installed?.();
    expect(create).toHaveBeenCalledWith({
      id: 'fill-this-page',
      title: 'Fill iCloud Mail settings here',
      contexts: ['editable'],
    });
  });

  it('fills the tab it was used in, and the badge counts the fields filled', async () => {
    menuClicked.fire({ menuItemId: 'fill-this-page', editable: true }, settingsTab);
    await vi.waitFor(async () => expect(await badge(settingsTab)).toBe('9'));
    expect(injected.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: settingsTab.id }, files: ['/fill-page-look.js'] },
      { target: { tabId: settingsTab.id }, files: ['/fill-page.js'] },
    ]);
    expect(await tooltip(settingsTab)).toBe(
      'Filled 9 fields on cloud.example.org. The password is left for you.\n' +
        'Outgoing port: 587 (was 465) — Apple documents only the port shown for sending, although many guides name this one.',
    );
    expect(await badge(otherTab)).toBe('');
  });

  it('ignores a click on another extension’s item', async () => {
    menuClicked.fire({ menuItemId: 'something-else', editable: true }, settingsTab);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(injected).not.toHaveBeenCalled();
    expect(await badge(settingsTab)).toBe('');
  });
});

describe('the keyboard shortcut', () => {
  it('fills the tab it was pressed in', async () => {
    commandUsed.fire('fill-page', settingsTab);
    await vi.waitFor(async () => expect(await badge(settingsTab)).toBe('9'));
    expect(injected.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: settingsTab.id } });
  });

  it('fills the active tab when the browser names none', async () => {
    commandUsed.fire('fill-page', undefined);
    await vi.waitFor(() => expect(injected).toHaveBeenCalledTimes(2));
    expect(injected.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: settingsTab.id } });
  });

  it('does nothing for another command', async () => {
    commandUsed.fire('_execute_action', settingsTab);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(injected).not.toHaveBeenCalled();
  });
});

describe('when everything was already right', () => {
  it('the badge shows a tick, not a "0" that reads like a failure', async () => {
    pageAnswer = {
      ...filledNine,
      fields: [{ role: 'smtpHost', outcome: 'already-correct', value: 'smtp.mail.me.com' }],
    };
    commandUsed.fire('fill-page', settingsTab);
    await vi.waitFor(async () => expect(await badge(settingsTab)).toBe('✓'));
    expect(await tooltip(settingsTab)).toBe('Everything on cloud.example.org was already right.');
  });
});

describe('when nothing could be filled, the button says so for that tab', () => {
  const problem = [217, 48, 37, 255];

  it('no mail setup form on the page', async () => {
    pageAnswer = { detected: false, fields: [], untouched: true, reason: 'no-form' };
    commandUsed.fire('fill-page', settingsTab);
    await vi.waitFor(async () => expect(await badge(settingsTab)).toBe('!'));
    expect(await badgeColour(settingsTab)).toEqual(problem);
    expect(await tooltip(settingsTab)).toBe('No mail setup form found on cloud.example.org.');
  });

  it('a page with no field at all: only the look goes in, not the filler', async () => {
    pageHasFields = false;
    commandUsed.fire('fill-page', settingsTab);
    await vi.waitFor(async () => expect(await badge(settingsTab)).toBe('!'));
    expect(await tooltip(settingsTab)).toBe('No mail setup form found on cloud.example.org.');
    expect(injected.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: settingsTab.id }, files: ['/fill-page-look.js'] },
    ]);
  });

  it('no address saved yet: nothing is injected', async () => {
    await savedAccount.set({ address: '' });
    menuClicked.fire({ menuItemId: 'fill-this-page', editable: true }, settingsTab);
    await vi.waitFor(async () => expect(await badge(settingsTab)).toBe('!'));
    expect(await tooltip(settingsTab)).toBe(
      'No address to fill: open this extension’s popup and enter your iCloud address first.',
    );
    expect(injected).not.toHaveBeenCalled();
  });

  it('a page the browser protects, named for what it is', async () => {
    injected.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const browserPage = await fakeBrowser.tabs.create({ url: 'chrome://settings/', active: true });
    commandUsed.fire('fill-page', browserPage);
    await vi.waitFor(async () => expect(await badge(browserPage)).toBe('!'));
    expect(await tooltip(browserPage)).toMatch(
      /^The browser does not let extensions fill this page: it is one of the browser’s own pages/,
    );
  });

  it('a web page the browser kept the extension out of: the site may be blocked', async () => {
    injected.mockRejectedValue(new Error('Cannot access contents of the page.'));
    commandUsed.fire('fill-page', settingsTab);
    await vi.waitFor(async () => expect(await badge(settingsTab)).toBe('!'));
    expect(await tooltip(settingsTab)).toMatch(
      /^The browser did not let the extension fill cloud\.example\.org\. Extensions may be blocked on this site/,
    );
  });

  it('an address that is not on iCloud', async () => {
    pageAnswer = { ...filledNine, fields: [], reason: 'not-icloud-address', domain: 'gmail.com' };
    commandUsed.fire('fill-page', settingsTab);
    await vi.waitFor(async () => expect(await badge(settingsTab)).toBe('!'));
    expect(await tooltip(settingsTab)).toMatch(/gmail\.com addresses are not on iCloud/);
  });
});
