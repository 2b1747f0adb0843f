import { browser } from 'wxt/browser';
import { countChanged } from '../../autofill/report/count';
import { offerSiteAdapter } from '../../autofill/site-adapter';
import { keepUndo, undoLastFill } from '../../autofill/undo';
import { isEmptyUnread } from '../../autofill/unread';
import type { RequestOf } from '../../platform/messages';
import { readSavedSettings } from '../../platform/saved-settings';
import { gmailAutofillIn } from './autofill-switch';
import type { noticeMessage, openGuideMessage, statusMessage } from './messages';
import { injectedGmailNotice } from './notice-bridge';
import type { NoticeContent } from './notice-text';
import { isSendMailAsWindow } from './site';
import { gmailSiteAdapter } from './site-adapter';
import type { GmailStatus } from './status';
import { fillGmailDialog } from './step-reader';

/**
 * Gmail's "Send mail as" window (view=cf): fills iCloud's settings, then says what it did, and
 * answers the popup's question about it. Uses the browsers' own APIs, not the polyfill: the
 * script runs on every load of the window and has a 15 kB budget.
 */
// No zod here (size budget): the literal is held to the declaration by its type.
const statusType: RequestOf<typeof statusMessage>['type'] = 'gmail:status';

export async function fillSendMailAsWindow(): Promise<void> {
  // The manifest's patterns already ask for `view=cf` in the query; a second look costs nothing.
  if (!isSendMailAsWindow(location)) return;
  offerSiteAdapter(gmailSiteAdapter);
  const settings = readSavedSettings();
  if (document.readyState === 'loading')
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  // Only the bench build (`wxt build --mode bench`) marks the form parsed → settings read → filled:
  // a production page must not see them (a page can read them, even with auto-fill off).
  if (import.meta.env.MODE === 'bench') performance.mark('icloud-fill-start');
  const { account, preferences } = await settings;
  if (import.meta.env.MODE === 'bench') performance.mark('icloud-settings-read');
  const fill = gmailAutofillIn(preferences) ? fillGmailDialog(document, account) : undefined;
  if (import.meta.env.MODE === 'bench') performance.mark('icloud-fill-end');
  if (fill && countChanged(fill.stepReport.report.fields) > 0) keepUndo(fill.undo);
  // After the mark: the first focus lays the page out, which the browser does before painting anyway.
  const password = fill?.password;
  // Whether it is empty is the browser's answer: a password's value never reaches our script.
  if (password && !password.disabled && isEmptyUnread(password)) password.focus();

  let status: GmailStatus = fill
    ? { turnedOff: false, stepReport: fill.stepReport, undone: false }
    : { turnedOff: true };
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if ((message as { type?: string } | null)?.type === statusType) sendResponse(status);
    return undefined;
  });
  // A step we do not know still gets its short notice: Gmail may have refused or changed the window.
  if (!fill) return;

  // The background writes the text in the page's language and injects the notice script that shows it.
  const content = (await browser.runtime
    .sendMessage({
      type: 'gmail:notice',
      lang: document.documentElement.lang,
      stepReport: fill.stepReport,
    } satisfies RequestOf<typeof noticeMessage>)
    .catch(() => null)) as NoticeContent | null;
  if (!content) return;

  injectedGmailNotice()?.show(
    content,
    {
      undo: async () => {
        const undone = await undoLastFill();
        status = { turnedOff: false, stepReport: fill.stepReport, undone: true };
        return undone.every(({ outcome }) => outcome === 'restored')
          ? content.buttons.undone
          : content.buttons.undonePartly;
      },
      openGuide: ({ guide, error }) =>
        void browser.runtime.sendMessage({ type: 'gmail:open-guide', section: guide, error } satisfies RequestOf<
          typeof openGuideMessage
        >),
    },
    password,
  );
}
