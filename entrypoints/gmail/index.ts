import { fillGmailDialog } from '@/lib/forms/gmail';
import type { NoticeContent, NoticeReport } from '@/lib/gmail-notice';
import { injectedGmailNotice } from '@/lib/gmail-notice-bridge';
import { type GmailStatus, gmailStatusRequest, statusOf } from '@/lib/gmail-status';
import { readGmailSettings } from '@/lib/storage-light';

/**
 * Gmail's "Send mail as" window only (view=cf): fills iCloud's settings, then says what it did.
 * Declared in wxt.config.ts as a plain manifest content script rather than WXT's
 * defineContentScript, whose context object (2.6 kB) this script never uses: its budget is 15 kB.
 */
export default defineUnlistedScript({
  async main() {
    const settings = readGmailSettings();
    if (document.readyState === 'loading')
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    // Only the bench build (`wxt build --mode bench`) marks the form parsed → settings read → filled:
    // Gmail's page shares the performance timeline, and a production build leaves nothing on it.
    if (import.meta.env.MODE === 'bench') performance.mark('icloud-fill-start');
    const { account, gmailAutofill } = await settings;
    if (import.meta.env.MODE === 'bench') performance.mark('icloud-settings-read');
    const report = gmailAutofill ? fillGmailDialog(document, account) : undefined;
    if (import.meta.env.MODE === 'bench') performance.mark('icloud-fill-end');
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

    // The background writes the text in the page's language and injects the notice script that shows it.
    const { undo, password: _, ...plain } = { undo: undefined, password: undefined, ...report };
    const content = (await browser.runtime
      .sendMessage({ type: 'gmail:notice', lang: document.documentElement.lang, report: plain as NoticeReport })
      .catch(() => null)) as NoticeContent | null;
    if (!content) return;

    injectedGmailNotice()?.show(
      content,
      {
        undo: () => {
          const undone = undo?.() ?? [];
          status = { ...status, filled: false, undone: true };
          return undone.every(({ outcome }) => outcome === 'restored')
            ? content.buttons.undone
            : content.buttons.undonePartly;
        },
        openGuide: (section) => void browser.runtime.sendMessage({ type: 'gmail:open-guide', section }),
      },
      password,
    );
  },
});
