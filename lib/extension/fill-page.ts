import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { countChanged } from '../fill-count';
import {
  type FillPageResult,
  fillReportSchema,
  fillTabRequestSchema,
  pageUndoSchema,
  type UndoPageResult,
  undoTabRequestSchema,
} from '../messages';
import { savedAccount } from '../storage';
import { undoInPage, undoSlot } from './undo-slot';

/**
 * "Fill this page" from the popup, the context menu on editable fields, and the keyboard
 * shortcut: injects the filler into that one tab, only when asked (activeTab + scripting).
 */

const menuId = 'fill-this-page';
const commandName = 'fill-page';
// Built from entrypoints/fill-page.ts.
const fillScript = '/fill-page.js';

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

export async function fillTab(tabId: number): Promise<FillPageResult> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const host = hostOf(tab?.url);
  const at = host ? { host } : {};
  if (!(await savedAccount.get()).address) return { status: 'no-address', ...at };
  let injected: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [fillScript] });
    injected = frame?.result;
  } catch {
    // The browser's own pages, the web store, file:// without access: extensions may not run there.
    return { status: 'not-allowed', ...at };
  }
  const report = fillReportSchema.safeParse(injected);
  return report.success ? { status: 'done', ...at, report: report.data } : { status: 'failed', ...at };
}

/** Runs the undo the filler left in that tab's isolated world (see undo-slot.ts). */
async function undoTab(tabId: number): Promise<UndoPageResult> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const host = hostOf(tab?.url);
  const at = host ? { host } : {};
  let answer: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: undoInPage, args: [undoSlot] });
    answer = frame?.result;
  } catch {
    // Access ends when the tab moves to another page: whatever was filled is gone with it.
    return { status: 'page-changed', ...at };
  }
  const undone = pageUndoSchema.safeParse(answer);
  if (!undone.success) return { status: 'failed', ...at };
  return undone.data ? { status: 'undone', ...at, ...undone.data } : { status: 'page-changed', ...at };
}

/** The menu and the shortcut have no popup to speak in: the toolbar badge says how many fields were filled. */
async function showOnBadge(tabId: number, result: FillPageResult): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const changed = result.status === 'done' ? countChanged(result.report.fields) : 0;
  await action.setBadgeText({ tabId, text: result.status === 'done' && result.report.detected ? String(changed) : '' });
}

async function fillFromBrowserUi(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await showOnBadge(tabId, await fillTab(tabId));
}

export function fillPageOnRequest(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: menuId, title: i18n.t('forms.menu'), contexts: ['editable'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === menuId) void fillFromBrowserUi(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== commandName) return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    void fillFromBrowserUi(target?.id);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the extension's own pages (the popup) may ask; never a content script or a web page.
    const ownPage = sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/'));
    if (!ownPage) return undefined;
    const fill = fillTabRequestSchema.safeParse(message);
    if (fill.success) return fillTab(fill.data.tabId);
    const undo = undoTabRequestSchema.safeParse(message);
    return undo.success ? undoTab(undo.data.tabId) : undefined;
  });
}
