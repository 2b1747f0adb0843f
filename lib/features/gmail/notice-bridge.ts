import type { GuideLink, NoticeContent } from './notice-text';

/**
 * The Gmail content script fills and reports; the notice that shows it is a separate script the
 * background injects into the same isolated world only when there is something to say, which keeps
 * the script that runs on every load of Gmail's window within its 15 kB. This global is how the
 * two meet: the isolated world shares it, the page cannot see it.
 */

export interface NoticeActions {
  /** Puts the page back; returns the line saying how that went. */
  undo: () => Promise<string>;
  openGuide: (link: GuideLink) => void;
}

export interface GmailNotice {
  show: (content: NoticeContent, actions: NoticeActions, password?: HTMLInputElement) => void;
}

type WithNotice = typeof globalThis & { icloudMailGmailNotice?: GmailNotice };

export const gmailNoticeScript = '/gmail-notice.js';

export function offerGmailNotice(notice: GmailNotice): void {
  (globalThis as WithNotice).icloudMailGmailNotice = notice;
}

export function injectedGmailNotice(): GmailNotice | undefined {
  return (globalThis as WithNotice).icloudMailGmailNotice;
}
