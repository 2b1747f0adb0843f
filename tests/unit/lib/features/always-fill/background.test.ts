import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FillReport } from '@/lib/autofill/model';
import { alwaysFillOnOptedInSites } from '@/lib/features/always-fill/background';
import type { SiteNotice } from '@/lib/features/always-fill/messages';
import { alwaysFillOn } from '@/lib/features/always-fill/site-opt-in';
import { optedInSites } from '@/lib/platform/storage';
import { type FakeSiteAccess, fakeSiteAccess } from './fake-site-access';

/**
 * The background's answers to the "Always fill" script: only on a site still opted in, the toolbar
 * button says what was filled, the notice gets its words, and the popup on that tab offers Undo.
 */

type Sender = Browser.runtime.MessageSender;

const site = 'https://cloud.example.org';
const tabId = 5;
const ownId = fakeBrowser.runtime.id;
const onSite: Sender = { id: ownId, url: `${site}/settings/mail`, tab: { id: tabId } as Browser.tabs.Tab, frameId: 0 };
const elsewhere: Sender = { ...onSite, url: 'https://news.example/', tab: { id: 6 } as Browser.tabs.Tab };
const popup: Sender = { id: ownId, url: `chrome-extension://${ownId}/popup.html` };

const filledThree: FillReport = {
  detected: true,
  form: { kind: 'generic', confidence: 0.9 },
  fields: [
    { role: 'imapHost', outcome: 'filled', value: 'imap.mail.me.com' },
    { role: 'smtpHost', outcome: 'filled', value: 'smtp.mail.me.com' },
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

let access: FakeSiteAccess;
let pageHoldsUndo: boolean;

/** The one answer the background's listeners give a message; undefined when none answered. */
async function deliver(message: unknown, sender: Sender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return answers.find((answer: unknown) => answer !== undefined);
}

const badge = (id: number) => fakeBrowser.action.getBadgeText({ tabId: id });
const tooltip = (id: number) => fakeBrowser.action.getTitle({ tabId: id });
const undoOffered = (id = tabId) => deliver({ type: 'always-fill:undo-offered', tabId: id }, popup);

beforeEach(async () => {
  access = fakeSiteAccess();
  pageHoldsUndo = true;
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => [
    { frameId: 0, result: pageHoldsUndo },
  ]) as never);
  await alwaysFillOn(site);
  alwaysFillOnOptedInSites();
});
afterEach(() => vi.restoreAllMocks());

describe('before filling, the script asks whether its site is opted in still', () => {
  it('yes on the opted-in site', async () => {
    expect(await deliver({ type: 'always-fill:may-fill' }, onSite)).toBe(true);
  });

  it('no on another https site', async () => {
    expect(await deliver({ type: 'always-fill:may-fill' }, elsewhere)).toBe(false);
  });

  it('no once the site’s access was taken back in the browser', async () => {
    access.granted.clear();
    expect(await deliver({ type: 'always-fill:may-fill' }, onSite)).toBe(false);
  });

  it('no once the site was removed from the list', async () => {
    await optedInSites.set([]);
    expect(await deliver({ type: 'always-fill:may-fill' }, onSite)).toBe(false);
  });

  it('no answer at all to an http page or to a page of another extension', async () => {
    expect(await deliver({ type: 'always-fill:may-fill' }, { ...onSite, url: 'http://cloud.example.org/' })).toBe(
      undefined,
    );
    expect(await deliver({ type: 'always-fill:may-fill' }, { ...onSite, id: 'other-extension' })).toBe(undefined);
  });
});

describe('once the script saw fields, it asks for the filler', () => {
  const loadFiller = { type: 'always-fill:load-filler' };
  const injectedFiles = () => vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.map(([injection]) => injection);

  it('the background injects it into that frame of the opted-in site', async () => {
    expect(await deliver(loadFiller, { ...onSite, frameId: 3 })).toBe(true);
    expect(injectedFiles()).toEqual([{ target: { tabId, frameIds: [3] }, files: ['/fill-site-filler.js'] }]);
  });

  it('not on another site, nor once the site’s access was taken back', async () => {
    expect(await deliver(loadFiller, elsewhere)).toBe(false);
    access.granted.clear();
    expect(await deliver(loadFiller, onSite)).toBe(false);
    expect(injectedFiles()).toEqual([]);
  });

  it('answers no when the browser refuses the injection', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('Frame with ID 3 was removed.'));
    expect(await deliver(loadFiller, { ...onSite, frameId: 3 })).toBe(false);
  });
});

describe('after an automatic fill', () => {
  it('the toolbar button counts the fields and its tooltip says what was corrected, for that tab', async () => {
    await deliver({ type: 'always-fill:filled', report: filledThree }, onSite);
    expect(await badge(tabId)).toBe('3');
    expect((await tooltip(tabId)).split('\n')).toEqual([
      'Filled 3 fields on cloud.example.org. The password is left for you.',
      'Outgoing port: 587 (was 465) — Apple documents only the port shown for sending, although many guides name this one.',
    ]);
    expect(await badge(6)).toBe('');
  });

  it('the notice gets its one line and, behind "What changed", the same report', async () => {
    expect(await deliver({ type: 'always-fill:filled', report: filledThree }, onSite)).toEqual({
      label: 'iCloud Mail Setup',
      summary: 'iCloud settings filled',
      details: [
        'Filled 3 fields on cloud.example.org. The password is left for you.',
        'Outgoing port: 587 (was 465) — Apple documents only the port shown for sending, although many guides name this one.',
      ],
      words: { details: 'What changed', undo: 'Undo', dismiss: 'Dismiss', stop: 'Stop filling on this site' },
    });
  });

  it('the popup opened on that tab offers Undo while the page holds it', async () => {
    expect(await undoOffered()).toBe(false);
    await deliver({ type: 'always-fill:filled', report: filledThree }, onSite);
    expect(await undoOffered()).toBe(true);
    expect(await undoOffered(6)).toBe(false);
    pageHoldsUndo = false;
    expect(await undoOffered()).toBe(false);
  });

  it('no Undo once the tab has loaded another page, which the page answers: no listener wakes for every page load', async () => {
    await deliver({ type: 'always-fill:filled', report: filledThree }, onSite);
    pageHoldsUndo = false;
    expect(await undoOffered()).toBe(false);
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(false);
  });

  it('a closed tab is forgotten', async () => {
    await deliver({ type: 'always-fill:filled', report: filledThree }, onSite);
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await undoOffered()).toBe(false));
  });

  it('no Undo once the notice’s Undo ran, which answers how it went', async () => {
    await deliver({ type: 'always-fill:filled', report: filledThree }, onSite);
    expect(await deliver({ type: 'always-fill:undone', restored: 3, switches: 0, left: 0 }, onSite)).toBe(
      'Put back 3 fields on cloud.example.org.',
    );
    expect(await undoOffered()).toBe(false);
  });

  it('nothing to show, and no Undo, when everything was already right', async () => {
    const alreadyRight = { ...filledThree, fields: [{ role: 'imapHost', outcome: 'already-correct' }] };
    expect(await deliver({ type: 'always-fill:filled', report: alreadyRight }, onSite)).toBeNull();
    expect(await badge(tabId)).toBe('✓');
    expect(await undoOffered()).toBe(false);
  });

  it('a fill that only set a switch gets its notice, with the switch in words, and its Undo', async () => {
    const switched: FillReport = {
      ...filledThree,
      fields: [{ role: 'smtpHost', outcome: 'already-correct', value: 'smtp.mail.me.com' }],
      switches: [{ kind: 'sending-method', side: 'smtp', outcome: 'set' }],
    };
    expect(((await deliver({ type: 'always-fill:filled', report: switched }, onSite)) as SiteNotice).details).toEqual([
      'No field on cloud.example.org needed filling; the options below were set.',
      'Sending method set to SMTP.',
    ]);
    expect(await undoOffered()).toBe(true);
    expect(await deliver({ type: 'always-fill:undone', restored: 0, switches: 1, left: 0 }, onSite)).toBe(
      'The options set on cloud.example.org are back as they were.',
    );
  });

  it('nothing at all for a site that is not opted in', async () => {
    expect(await deliver({ type: 'always-fill:filled', report: filledThree }, elsewhere)).toBeNull();
    expect(await badge(6)).toBe('');
    expect(await undoOffered(6)).toBe(false);
  });

  it('the popup’s question is answered for the popup only', async () => {
    await deliver({ type: 'always-fill:filled', report: filledThree }, onSite);
    expect(await deliver({ type: 'always-fill:undo-offered', tabId }, onSite)).toBe(undefined);
  });
});

describe('"Stop filling on this site" in the notice', () => {
  it('stops the automatic fill and gives the access back, and says so', async () => {
    expect(await deliver({ type: 'always-fill:stop' }, onSite)).toBe(
      'cloud.example.org is no longer filled automatically.',
    );
    expect(access.registered.size).toBe(0);
    expect(access.granted.size).toBe(0);
    expect(await optedInSites.get()).toEqual([]);
  });

  it('gives back nothing for a site that was never opted in', async () => {
    access.granted.add('https://news.example/*');
    await deliver({ type: 'always-fill:stop' }, elsewhere);
    expect(access.granted.has('https://news.example/*')).toBe(true);
    expect(await optedInSites.get()).toEqual([site]);
  });
});
