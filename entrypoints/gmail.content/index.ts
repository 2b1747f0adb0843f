import { fillGmailDialog } from '@/lib/forms/gmail';
import type { NoticeContent, NoticeReport } from '@/lib/gmail-notice';
import { type GmailStatus, gmailStatusRequest, statusOf } from '@/lib/gmail-status';
import { readGmailSettings } from '@/lib/storage-light';
import { mountIsolated } from './isolated';
import { drawNotice, drawPasswordHint, type NoticeActions } from './notice';
import noticeStyles from './style.css?inline';

/** Gmail's "Send mail as" window only (view=cf): fills iCloud's settings, then says what it did. */
export default defineContentScript({
  matches: ['https://mail.google.com/mail/*'],
  includeGlobs: ['*view=cf*'],
  // Starts while Gmail's page is still parsing, so the saved address is already read when the form
  // is complete: at document_end, injection and the storage read alone took longer than a frame.
  runAt: 'document_start',
  // WXT would otherwise window.postMessage its start to Gmail's page, telling it our extension id.
  noScriptStartedPostMessage: true,
  async main() {
    const settings = readGmailSettings();
    if (document.readyState === 'loading')
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    // The bench reads these marks: the form is parsed (DOMContentLoaded) → filled.
    performance.mark('icloud-fill-start');
    const { account, gmailAutofill } = await settings;
    const report = gmailAutofill ? fillGmailDialog(document, account) : undefined;
    performance.mark('icloud-fill-end');
    // After the mark: the first focus lays the page out, which the browser does before painting anyway.
    const password = report?.step === 'smtp' && !report.skipped ? report.password : undefined;
    if (password?.value === '' && !password.disabled) password.focus();

    let status: GmailStatus = report
      ? statusOf(report)
      : { step: 'none', skipped: 'turned-off', filled: false, undone: false };
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if ((message as { type?: string } | null)?.type === gmailStatusRequest.type) sendResponse(status);
      return undefined;
    });
    if (!report || report.step === 'none') return;

    // The background writes the text, in the page's language, so no locale travels in this script.
    const { undo, password: _, ...plain } = { undo: undefined, password: undefined, ...report };
    const content = (await browser.runtime
      .sendMessage({ type: 'gmail:notice', lang: document.documentElement.lang, report: plain as NoticeReport })
      .catch(() => null)) as NoticeContent | null;
    if (!content) return;

    const actions: NoticeActions = {
      undo: () => {
        const undone = undo?.() ?? [];
        status = { ...status, filled: false, undone: true };
        return undone.every(({ outcome }) => outcome === 'restored')
          ? content.buttons.undone
          : content.buttons.undonePartly;
      },
      dismiss: () => notice.remove(),
      openGuide: (section) => void browser.runtime.sendMessage({ type: 'gmail:open-guide', section }),
    };
    const notice = mountIsolated('icloud-mail-notice', noticeStyles, drawNotice(content, actions), (host) =>
      document.body.prepend(host),
    );

    const hint = content.passwordHint;
    if (!password || !hint) return;
    mountIsolated('icloud-mail-password-hint', noticeStyles, drawPasswordHint(hint, actions.openGuide), (host) =>
      password.after(host),
    );
  },
});
