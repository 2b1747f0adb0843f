import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { changedAnything } from '../../autofill/report/count';
import { undoSlot } from '../../autofill/undo';
import { receive } from '../../platform/messages';
import { optedInSites } from '../../platform/storage';
import { showOnButton } from '../fill-page/toolbar-button';
import { undoResultText } from '../fill-page/undo-result-text';
import { automaticallyFilledTabs, forgetClosedTabs } from './filled-tabs';
import { keepOptedInSitesInStep, stopWhenAccessIsTakenBack } from './keep-in-step';
import {
  filledMessage,
  loadFillerMessage,
  mayFillMessage,
  stopMessage,
  undoneMessage,
  undoOfferedMessage,
} from './messages';
import { siteNoticeFor } from './notice-text';
import { siteFillerScript } from './site-filler';
import { isOptedIn, registeredSites, stopFillingOn } from './site-opt-in';

/**
 * The background's part of "Always fill": keeps the opted-in sites in step with the browser's
 * settings, answers the script on those sites, and tells the popup when its tab was filled by itself.
 */

type Sender = { url?: string; tab?: { id?: number }; frameId?: number };

function pageOf(sender: Sender): { origin: string; host: string; tabId: number } | undefined {
  const tabId = sender.tab?.id;
  if (!sender.url || tabId === undefined) return undefined;
  const { origin, host } = new URL(sender.url);
  return { origin, host, tabId };
}

/** Runs in the page, handed to scripting.executeScript: whether the fill there can still be undone. */
function holdsUndo(slot: string): boolean {
  // Its own property: a page element named like the slot shows through the window, never as its own.
  return (
    Object.hasOwn(globalThis, slot) && typeof (globalThis as unknown as Record<string, unknown>)[slot] === 'function'
  );
}

async function undoOffered(tabId: number): Promise<boolean> {
  if (!(await automaticallyFilledTabs.has(tabId))) return false;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: holdsUndo, args: [undoSlot] });
    return frame?.result === true;
  } catch {
    return false;
  }
}

export function alwaysFillOnOptedInSites(): void {
  stopWhenAccessIsTakenBack();
  forgetClosedTabs();
  // Every answer waits for this, so none is given from a list that is not in step yet.
  const inStep = keepOptedInSitesInStep().catch(() => undefined);
  const optedInPage = async (sender: Sender) => {
    await inStep;
    const page = pageOf(sender);
    return page && (await isOptedIn(page.origin)) ? page : undefined;
  };

  receive(mayFillMessage, async (_request, sender) => (await optedInPage(sender)) !== undefined);

  // Into the frame that asked only: its script saw fields there.
  receive(loadFillerMessage, async (_request, sender) => {
    const page = await optedInPage(sender);
    if (!page) return false;
    const target = { tabId: page.tabId, frameIds: [sender.frameId ?? 0] };
    return browser.scripting.executeScript({ target, files: [siteFillerScript] }).then(
      () => true,
      () => false,
    );
  });

  receive(filledMessage, async ({ report }, sender) => {
    const page = await optedInPage(sender);
    if (!page) return null;
    const result = { status: 'done' as const, host: page.host, report };
    await showOnButton(page.tabId, result);
    if (!changedAnything(report)) return null;
    await automaticallyFilledTabs.add(page.tabId);
    return siteNoticeFor(result);
  });

  receive(undoneMessage, async ({ restored, switches, left }, sender) => {
    const page = pageOf(sender);
    if (page) await automaticallyFilledTabs.forget(page.tabId);
    return undoResultText({ status: 'undone', host: page?.host, restored, switches, left });
  });

  receive(stopMessage, async (_request, sender) => {
    await inStep;
    const page = pageOf(sender);
    if (!page) return '';
    const known = [...(await optedInSites.get()), ...(await registeredSites())].includes(page.origin);
    const outcome = known ? await stopFillingOn(page.origin) : 'removed';
    return outcome === 'removed'
      ? i18n.t('forms.site.removed', [page.host])
      : i18n.t('forms.site.accessKept', [page.host]);
  });

  receive(undoOfferedMessage, async ({ tabId }) => undoOffered(tabId));
}
