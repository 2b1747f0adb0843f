import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { guideUrlForError, guideUrlForSection } from '../../platform/guide-url';
import { receive } from '../../platform/messages';
import { savedAccount } from '../../platform/storage';
import type { Translate } from '../../text/translate';
import { openGuideTab } from './guide-tab';
import { noticeMessage, openGuideMessage } from './messages';
import { gmailNoticeScript } from './notice-bridge';
import { noticeFor } from './notice-text';
import { gmailSunsetPhase } from './sunset';

/**
 * The background's part for the Gmail content script: writes its notice in the Gmail page's own
 * language (browser.i18n only knows the browser's; this reads that locale's messages.json), and
 * opens the guide, which a web page may not link to. Keeps text and locales out of the content script,
 * and injects the script that draws the notice only when there is one to show.
 */

/** The languages we have messages for; the Gmail page's `lang` picks one of them. */
const noticeLanguages = ['en', 'de', 'fr', 'es'] as const;

const browserLanguage = i18n.t as Translate;

async function translatorFor(pageLanguage: string): Promise<Translate> {
  const language = noticeLanguages.find((known) => known === pageLanguage.toLowerCase().split('-')[0]);
  if (!language) return browserLanguage;
  // WXT's typed paths know public/ files, not the _locales the i18n module writes at build time.
  const urlOf = browser.runtime.getURL as (path: string) => string;
  const messages = (await (await fetch(urlOf(`/_locales/${language}/messages.json`))).json()) as Record<
    string,
    { message?: string }
  >;
  return (key, substitutions = []) => {
    const message = messages[key.replaceAll('.', '_')]?.message;
    if (message === undefined) return browserLanguage(key, substitutions);
    return message.replace(/\$(\d)/g, (_, position: string) => substitutions[Number(position) - 1] ?? '');
  };
}

export function answerGmailWindow(): void {
  // Only our own content script on Gmail's window asks these; anything else gets no answer and no injected script.
  receive(openGuideMessage, ({ section, error }) =>
    openGuideTab(section === 'troubleshooting' && error ? guideUrlForError(error) : guideUrlForSection(section)),
  );
  receive(noticeMessage, async ({ lang, stepReport }, sender) => {
    const [t, account] = await Promise.all([translatorFor(lang), savedAccount.get()]);
    const notice = noticeFor(stepReport, account, t, gmailSunsetPhase(new Date()));
    const tabId = sender.tab?.id;
    if (!notice || tabId === undefined) return null;
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [gmailNoticeScript],
    });
    return notice;
  });
}
