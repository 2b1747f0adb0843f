import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openGuideTab } from '@/lib/features/gmail/guide-tab';

/** The Gmail notice's guide links (issue 15 item 6): one guide tab, reused, and not opened again within a second. */

const guide = `chrome-extension://${fakeBrowser.runtime.id}/guide.html`;
let clock = Date.UTC(2026, 11, 2);
let contexts: Partial<Browser.runtime.ExtensionContext>[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // Each test starts long after the last one opened anything.
  clock += 60_000;
  vi.setSystemTime(clock);
  contexts = [];
  const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
  runtime.getContexts = vi.fn(async () => contexts);
  runtime.ContextType = { TAB: 'TAB' };
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async () => ({})) as never);
  vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async () => ({})) as never);
  vi.spyOn(fakeBrowser.windows, 'update').mockImplementation((async () => ({})) as never);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('opening the guide from Gmail’s window', () => {
  it('opens a new tab when no guide is open', async () => {
    contexts = [{ tabId: 5, windowId: 1, documentUrl: 'chrome-extension://other/guide.html' }];
    expect(await openGuideTab('/guide.html#troubleshooting')).toBe(true);
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: `${guide}#troubleshooting` });
  });

  it('shows the section in the guide tab already open, brought to the front, instead of opening another', async () => {
    contexts = [{ tabId: 7, windowId: 2, documentUrl: `${guide}#gmail` }];
    expect(await openGuideTab('/guide.html#app-password')).toBe(true);
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
    expect(fakeBrowser.tabs.update).toHaveBeenCalledWith(7, { url: `${guide}#app-password`, active: true });
    expect(fakeBrowser.windows.update).toHaveBeenCalledWith(2, { focused: true });
  });

  it('opens nothing more for presses within a second of the last, and again after it', async () => {
    const results = [];
    for (let press = 0; press < 10; press++) results.push(await openGuideTab('/guide.html#troubleshooting'));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(fakeBrowser.tabs.create).toHaveBeenCalledTimes(1);
    vi.setSystemTime(clock + 999);
    expect(await openGuideTab('/guide.html#troubleshooting')).toBe(false);
    vi.setSystemTime(clock + 1000);
    expect(await openGuideTab('/guide.html#troubleshooting')).toBe(true);
    expect(fakeBrowser.tabs.create).toHaveBeenCalledTimes(2);
  });
});
