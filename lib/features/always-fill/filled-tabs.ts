import { browser } from 'wxt/browser';
import { storage } from '#imports';

/**
 * The tabs whose page was filled by itself, so the popup opened on one offers Undo. Kept in session
 * storage, which outlives the background's restarts but not the browser's; a tab is forgotten when
 * it closes. Whether its page still holds that fill is asked of the page itself (background.ts), so
 * the background does not listen to every page load in every tab: each would wake it.
 */

const filledTabsItem = storage.defineItem<unknown>('session:alwaysFilledTabs');

async function read(): Promise<number[]> {
  const stored = await filledTabsItem.getValue();
  return Array.isArray(stored) ? stored.filter((tabId): tabId is number => typeof tabId === 'number') : [];
}

export const automaticallyFilledTabs = {
  has: async (tabId: number) => (await read()).includes(tabId),
  add: async (tabId: number) => {
    const tabs = await read();
    if (!tabs.includes(tabId)) await filledTabsItem.setValue([...tabs, tabId]);
  },
  forget: async (tabId: number) => {
    const tabs = await read();
    if (tabs.includes(tabId)) await filledTabsItem.setValue(tabs.filter((known) => known !== tabId));
  },
  /** Calls back when the page in this tab has been filled by itself; returns the function that stops watching. */
  watch: (tabId: number, onFilled: () => void) =>
    filledTabsItem.watch((stored) => {
      if (Array.isArray(stored) && stored.includes(tabId)) onFilled();
    }),
};

export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void automaticallyFilledTabs.forget(tabId));
}
