import * as z from 'zod/mini';
import { defineMessage } from '../../platform/messages';
import { noticeGuideSections } from './notice-text';
import { isSendMailAsWindow } from './site';
import type { GmailStatus } from './status';

/**
 * The Gmail feature's messages: its content script on the "Send mail as" window and the
 * background, and the popup asking that content script what it did.
 */

// What our own content script sends; checked anyway, since it comes from a web page's process.
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

/** The content script's report of what it did; the background answers with the notice to draw, or null. */
export const noticeMessage = defineMessage({
  type: 'gmail:notice',
  sender: 'content-script',
  from: isSendMailAsWindow,
  request: z.object({ type: z.literal('gmail:notice'), lang: z.string(), report: reportSchema }),
  // The notice is built here and drawn by the notice script: the content script passes it on unread.
  answer: z.unknown(),
});

/** A link in the notice: the guide is an extension page that a web page may not open itself. */
export const openGuideMessage = defineMessage({
  type: 'gmail:open-guide',
  sender: 'content-script',
  from: isSendMailAsWindow,
  request: z.object({ type: z.literal('gmail:open-guide'), section: z.enum(noticeGuideSections) }),
  answer: z.boolean(),
});

// Written out as objects so the compiler holds them to every step and reason GmailStatus knows.
const steps: { [Step in GmailStatus['step']]: Step } = {
  none: 'none',
  'add-address': 'add-address',
  smtp: 'smtp',
  verify: 'verify',
};
const skipReasons: { [Reason in NonNullable<GmailStatus['skipped']>]: Reason } = {
  'no-address': 'no-address',
  'other-provider': 'other-provider',
  'custom-domain-unknown': 'custom-domain-unknown',
  'turned-off': 'turned-off',
};

const statusSchema = z.object({
  step: z.enum(steps),
  address: z.optional(z.string()),
  skipped: z.optional(z.enum(skipReasons)),
  filled: z.boolean(),
  undone: z.boolean(),
});

/** The popup asks the content script of the active tab what it did there. */
export const statusMessage = defineMessage({
  type: 'gmail:status',
  sender: 'extension-page',
  request: z.object({ type: z.literal('gmail:status') }),
  answer: statusSchema satisfies z.ZodMiniType<GmailStatus>,
});
