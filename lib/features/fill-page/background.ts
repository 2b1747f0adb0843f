import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { fillReportSchema } from '../../autofill/model-schema';
import { undoInPage, undoSlot } from '../../autofill/undo';
import { receive } from '../../platform/messages';
import { savedAccount } from '../../platform/storage';
import { hostOf } from '../../platform/web-address';
import { injectFiller } from './inject-filler';
import { type FillPageResult, fillTabMessage, pageUndoSchema, type UndoPageResult, undoTabMessage } from './messages';
import { whyNotAllowed } from './not-allowed';
import { showOnButton } from './toolbar-button';

/**
 * "Fill this page" from the popup, the context menu on editable fields, and the keyboard
 * shortcut: injects the filler into that one tab, only when asked (activeTab + scripting).
 */

const menuId = 'fill-this-page';
const commandName = 'fill-page';

async function fillTab(tabId: number): Promise<FillPageResult> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const host = hostOf(tab?.url);
  const at = host ? { host } : {};
  if (!(await savedAccount.get()).address) return { status: 'no-address', ...at };
  let injected: unknown;
  try {
    injected = await injectFiller(tabId);
  } catch (error) {
    // The browser's own pages, the web store, file:// without access, a site the user blocked.
    return { status: 'not-allowed', ...at, why: whyNotAllowed(tab?.url, String(error)) };
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

async function fillFromBrowserUi(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await showOnButton(tabId, await fillTab(tabId));
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
  // Only the extension's own pages (the popup) may ask; never a content script or a web page.
  receive(fillTabMessage, ({ tabId }) => fillTab(tabId));
  receive(undoTabMessage, ({ tabId }) => undoTab(tabId));
}
