import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { i18n } from '#i18n';
import { savedAccount } from '../../platform/storage';
import type { Translate } from '../../text/translate';
import { gmailNoticeScript } from './notice-bridge';
import { type NoticeReport, noticeFor, noticeGuideSections } from './notice-text';

/**
 * The background's part for the Gmail content script: writes its notice in the Gmail page's own
 * language (browser.i18n only knows the browser's; this reads that locale's messages.json), and
 * opens the guide, which a web page may not link to. Keeps text and locales out of the content script,
 * and injects the script that draws the notice only when there is one to show.
 */

/** The languages we have messages for; the Gmail page's `lang` picks one of them. */
const noticeLanguages = ['en', 'de', 'fr', 'es'] as const;

const changeSchema = z.object({
  role: z.string(),
  outcome: z.enum(['filled', 'corrected', 'already-correct', 'left']),
  value: z.string(),
  from: z.optional(z.string()),
  reason: z.optional(z.string()),
});

// What our own content script sends; checked anyway, since it comes from a web page's process.
const reportSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('none') }),
  z.object({ step: z.literal('verify'), address: z.string() }),
  z.object({
    step: z.literal('add-address'),
    address: z.string(),
    icloud: z.boolean(),
    skipped: z.optional(z.string()),
    changes: z.array(changeSchema),
  }),
  z.object({
    step: z.literal('smtp'),
    address: z.string(),
    editing: z.boolean(),
    matchedBy: z.enum(['names', 'labels']),
    skipped: z.optional(z.string()),
    smtpError: z.optional(z.object({ code: z.optional(z.string()) })),
    changes: z.array(changeSchema),
  }),
]);

const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('gmail:notice'), lang: z.string(), report: reportSchema }),
  z.object({ type: z.literal('gmail:open-guide'), section: z.enum(noticeGuideSections) }),
]);

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
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = requestSchema.safeParse(message);
    // Only our own content script on Gmail asks this; anything else gets no answer and no injected script.
    const fromGmail = sender.id === browser.runtime.id && sender.url?.startsWith('https://mail.google.com/');
    if (!fromGmail || !request.success) return undefined;
    const { data } = request;
    if (data.type === 'gmail:open-guide')
      return browser.tabs.create({ url: browser.runtime.getURL(`/guide.html#${data.section}`) }).then(() => true);
    return Promise.all([translatorFor(data.lang), savedAccount.get()]).then(async ([t, account]) => {
      const notice = noticeFor(data.report as NoticeReport, account, t);
      const tabId = sender.tab?.id;
      if (!notice || tabId === undefined) return null;
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [gmailNoticeScript],
      });
      return notice;
    });
  });
}
