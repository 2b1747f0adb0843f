import { browser } from 'wxt/browser';

/**
 * Opens a part of the guide for the Gmail notice's links: in the guide tab already open when there
 * is one, and not again within a second, so however often the links are pressed (or a page
 * manages to press them) the browser gets one guide tab.
 */

const minimumGap = 1000;
let lastOpened = Number.NEGATIVE_INFINITY;

/** The tab that shows the guide now, if any (runtime.getContexts: Chrome 116+, Firefox 129+). */
async function openGuide(): Promise<{ tabId: number; windowId: number } | undefined> {
  if (typeof browser.runtime.getContexts !== 'function') return undefined;
  const guide = browser.runtime.getURL('/guide.html');
  const tabs = await browser.runtime.getContexts({ contextTypes: [browser.runtime.ContextType.TAB] });
  const shown = tabs.find((context) => context.tabId >= 0 && context.documentUrl?.split('#')[0] === guide);
  return shown && { tabId: shown.tabId, windowId: shown.windowId };
}

/** `path` is the guide's page and hash, e.g. '/guide.html#troubleshooting'. False when it was refused as too soon. */
export async function openGuideTab(path: string): Promise<boolean> {
  const now = Date.now();
  if (now - lastOpened < minimumGap) return false;
  lastOpened = now;
  // WXT's typed paths know the entrypoints' files, not a hash after them.
  const url = (browser.runtime.getURL as (path: string) => string)(path);
  const open = await openGuide();
  if (!open) {
    await browser.tabs.create({ url });
    return true;
  }
  // Only the hash changes: the browser jumps to that section of the page already drawn.
  await browser.tabs.update(open.tabId, { url, active: true });
  await browser.windows.update(open.windowId, { focused: true });
  return true;
}
