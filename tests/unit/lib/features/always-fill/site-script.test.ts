import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageNoticeButton, PageNoticeContent, PageNoticeOptions } from '@/lib/page-notice';
import { savedAccount } from '@/lib/platform/storage';

/**
 * The script on an opted-in site, in a page: it asks first, fills at most once per page load and
 * never after the user typed, and shows the notice the background words. The notice itself
 * (closed shadow root, trusted clicks only) is tests/unit/lib/page-notice's and the e2e's.
 */

const shown = vi.hoisted(() => ({
  notices: [] as { content: PageNoticeContent; options: PageNoticeOptions; said: string[] }[],
}));
vi.mock('@/lib/page-notice', () => ({
  showPageNotice: (content: PageNoticeContent, options: PageNoticeOptions) => {
    const notice = { content, options, said: [] as string[] };
    shown.notices.push(notice);
    return { say: (line: string) => notice.said.push(line), dismiss: () => {} };
  },
}));

const form = `
  <form>
    <h3>Incoming (IMAP)</h3>
    <label>Server <input name="imap_host" value="mail.example.net"></label>
    <label>Port <input name="imap_port" value="143"></label>
    <label>Username <input name="imap_user"></label>
    <h3>Outgoing (SMTP)</h3>
    <label>Server <input name="smtp_host"></label>
    <label>Port <input name="smtp_port"></label>
    <label>Username <input name="smtp_user"></label>
  </form>`;

const notice = {
  label: 'iCloud Mail Setup',
  summary: 'iCloud settings filled',
  details: ['Filled 6 fields on cloud.example.org.'],
  words: { details: 'What changed', undo: 'Undo', dismiss: 'Dismiss', stop: 'Stop filling on this site' },
};

const value = (name: string) => (document.querySelector(`[name=${name}]`) as HTMLInputElement).value;
let sent: { type: string }[];
let optedIn: boolean;
let fillerLoads: boolean;

/** A fresh copy of the script, as a new page load gets: its once-per-page mark lives in the page's world. */
async function runScript(): Promise<void> {
  const { fillOptedInSite } = await import('@/lib/features/always-fill/site-script');
  await fillOptedInSite();
}

const sentTypes = () => sent.map(({ type }) => type);

beforeEach(async () => {
  vi.resetModules();
  shown.notices = [];
  sent = [];
  optedIn = true;
  fillerLoads = true;
  delete (globalThis as Record<string, unknown>).icloudMailSetupAlwaysFillRan;
  delete (globalThis as Record<string, unknown>).icloudMailSetupSiteFiller;
  document.body.innerHTML = form;
  await savedAccount.set({ address: 'alex@icloud.com' });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (request: unknown) => {
    const message = request as { type: string };
    sent.push(message);
    if (message.type === 'always-fill:may-fill') return optedIn;
    // What the background does: injects the filler into the page's isolated world.
    if (message.type === 'always-fill:load-filler') {
      if (!fillerLoads) return false;
      const { default: filler } = await import('@/entrypoints/fill-site-filler');
      filler.main();
      return true;
    }
    if (message.type === 'always-fill:filled') return notice;
    if (message.type === 'always-fill:undone') return 'Put back 6 fields on cloud.example.org.';
    if (message.type === 'always-fill:stop') return 'cloud.example.org is no longer filled automatically.';
    return undefined;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('on a page of an opted-in site', () => {
  it('on a page with fields asks the background first, has it load the filler, then fills and reports', async () => {
    await runScript();
    await vi.waitFor(() =>
      expect(sentTypes()).toEqual(['always-fill:may-fill', 'always-fill:load-filler', 'always-fill:filled']),
    );
    expect(value('imap_host')).toBe('imap.mail.me.com');
    expect(value('smtp_host')).toBe('smtp.mail.me.com');
    expect(sent[2]).toMatchObject({ report: { detected: true, untouched: true } });
  });

  it('shows the notice: one line, what changed, Undo, and "Stop filling on this site"', async () => {
    await runScript();
    await vi.waitFor(() => expect(shown.notices).toHaveLength(1));
    const [{ content, options }] = shown.notices as [(typeof shown.notices)[0]];
    expect(content).toMatchObject({
      label: 'iCloud Mail Setup',
      summary: 'iCloud settings filled',
      details: ['Filled 6 fields on cloud.example.org.'],
      words: { details: 'What changed', undo: 'Undo', dismiss: 'Dismiss' },
    });
    expect(content.actions?.map(({ text }) => text)).toEqual(['Stop filling on this site']);
    expect(options.undo).toBeTypeOf('function');
  });

  it('the notice’s Undo puts the page back and tells the background how it went', async () => {
    await runScript();
    await vi.waitFor(() => expect(shown.notices).toHaveLength(1));
    const line = await shown.notices[0]?.options.undo?.();
    expect(line).toBe('Put back 6 fields on cloud.example.org.');
    expect(value('imap_host')).toBe('mail.example.net');
    expect(value('smtp_host')).toBe('');
    expect(sent.at(-1)).toEqual({ type: 'always-fill:undone', restored: 6, switches: 0, left: 0 });
  });

  it('"Stop filling on this site" goes through the background, and the notice says it is done', async () => {
    await runScript();
    await vi.waitFor(() => expect(shown.notices).toHaveLength(1));
    const stop = shown.notices[0]?.content.actions?.[0] as PageNoticeButton;
    stop.run();
    await vi.waitFor(() =>
      expect(shown.notices[0]?.said).toEqual(['cloud.example.org is no longer filled automatically.']),
    );
    expect(sent.at(-1)).toEqual({ type: 'always-fill:stop' });
  });
});

describe('it does not fill', () => {
  it('when the background says the site is no longer opted in', async () => {
    optedIn = false;
    await runScript();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sentTypes()).toEqual(['always-fill:may-fill']);
    expect(value('imap_host')).toBe('mail.example.net');
    expect(value('smtp_host')).toBe('');
  });

  it('when the background does not load the filler, and then it stops watching', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fillerLoads = false;
      await runScript();
      await vi.waitFor(() => expect(sentTypes()).toEqual(['always-fill:may-fill', 'always-fill:load-filler']));
      document.body.insertAdjacentHTML('beforeend', form);
      await vi.advanceTimersByTimeAsync(1000);
      expect(value('smtp_host')).toBe('');
      expect(sentTypes()).toEqual(['always-fill:may-fill', 'always-fill:load-filler']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('when the background does not answer', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValue(new Error('Could not establish connection'));
    await runScript();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(value('smtp_host')).toBe('');
  });

  it('a second time in the same page load, even after Undo', async () => {
    await runScript();
    await vi.waitFor(() => expect(shown.notices).toHaveLength(1));
    await shown.notices[0]?.options.undo?.();
    await runScript();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(value('smtp_host')).toBe('');
    expect(sentTypes().filter((type) => type === 'always-fill:filled')).toHaveLength(1);
  });

  it('when the page redraws its form after the fill and Undo', async () => {
    await runScript();
    await vi.waitFor(() => expect(shown.notices).toHaveLength(1));
    await shown.notices[0]?.options.undo?.();
    document.body.innerHTML = form;
    // Longer than the script waits for a page's changes to settle before it looks again.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(value('smtp_host')).toBe('');
    expect(sentTypes().filter((type) => type === 'always-fill:filled')).toHaveLength(1);
  });

  it('a form that appears after the user started typing on the page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = '<label>Search <input name="q"></label>';
      await runScript();
      // The search field is a field: the filler is loaded, and finds no mail setup form.
      await vi.waitFor(() => expect(sentTypes()).toEqual(['always-fill:may-fill', 'always-fill:load-filler']));
      const typed = new Event('input', { bubbles: true });
      // What a person's keystroke carries; the filler's own events never do.
      Object.defineProperty(typed, 'isTrusted', { value: true });
      document.querySelector('[name=q]')?.dispatchEvent(typed);
      document.body.insertAdjacentHTML('beforeend', form);
      await vi.advanceTimersByTimeAsync(1000);
      expect(value('smtp_host')).toBe('');
      expect(sentTypes()).toEqual(['always-fill:may-fill', 'always-fill:load-filler']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a page of the site with no field', () => {
  it('asks nothing and loads no filler while no field appears', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = '<article><h1>News</h1><p>Text with <a href="/more">a link</a>.</p></article>';
      await runScript();
      document.body.insertAdjacentHTML('beforeend', '<p>More text</p>');
      await vi.advanceTimersByTimeAsync(1000);
      // Not even whether the site is opted in still: nothing is read or filled on such a page.
      expect(sentTypes()).toEqual([]);
      expect((globalThis as Record<string, unknown>).icloudMailSetupSiteFiller).toBeUndefined();
      // Past the watching time a form that appears loads nothing either (and this page's watch is over).
      await vi.advanceTimersByTimeAsync(15_000);
      document.body.insertAdjacentHTML('beforeend', form);
      await vi.advanceTimersByTimeAsync(1000);
      expect(sentTypes()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a form drawn after the page loaded', () => {
  it('is filled once it appears, within the watching time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = '<p>Loading…</p>';
      await runScript();
      await vi.advanceTimersByTimeAsync(0);
      expect(sentTypes()).toEqual([]);
      document.body.insertAdjacentHTML('beforeend', form);
      await vi.advanceTimersByTimeAsync(1000);
      await vi.waitFor(() => expect(value('smtp_host')).toBe('smtp.mail.me.com'));
      expect(sentTypes()).toEqual(['always-fill:may-fill', 'always-fill:load-filler', 'always-fill:filled']);
    } finally {
      vi.useRealTimers();
    }
  });
});
