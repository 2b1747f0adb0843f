import * as z from 'zod/mini';
import { fillReportSchema } from '../../autofill/model-schema';
import { defineMessage } from '../../platform/messages';
import { noticeGuideSections } from './notice-text';
import { isSendMailAsWindow } from './site';
import type { GmailStatus } from './status';
import type { GmailStepReport } from './step-report';

/**
 * The Gmail feature's messages: its content script on the "Send mail as" window and the
 * background, and the popup asking that content script what it did. Every report in them is
 * THE FillReport, parsed with its one schema: each comes from a web page's process.
 */

const stepReportSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('none'), report: fillReportSchema }),
  z.object({ step: z.literal('add-address'), address: z.string(), report: fillReportSchema }),
  z.object({ step: z.literal('verify'), address: z.string(), report: fillReportSchema }),
  z.object({
    step: z.literal('smtp'),
    address: z.string(),
    editing: z.boolean(),
    matchedBy: z.enum({ names: 'names', labels: 'labels' } as const),
    report: fillReportSchema,
    smtpError: z.optional(z.object({ text: z.string(), code: z.optional(z.string()) })),
  }),
]) satisfies z.ZodMiniType<GmailStepReport>;

/** The content script's report of what it did; the background answers with the notice to draw, or null. */
export const noticeMessage = defineMessage({
  type: 'gmail:notice',
  sender: 'content-script',
  from: isSendMailAsWindow,
  request: z.object({ type: z.literal('gmail:notice'), lang: z.string(), stepReport: stepReportSchema }),
  // The notice is built here and drawn by the notice script: the content script passes it on unread.
  answer: z.unknown(),
});

/**
 * A link in the notice: the guide is an extension page that a web page may not open itself.
 * `error`: Gmail's own error text, for the troubleshooting section to show pasted and answered.
 */
export const openGuideMessage = defineMessage({
  type: 'gmail:open-guide',
  sender: 'content-script',
  from: isSendMailAsWindow,
  request: z.object({
    type: z.literal('gmail:open-guide'),
    section: z.enum(noticeGuideSections),
    error: z.optional(z.string()),
  }),
  answer: z.boolean(),
});

const statusSchema = z.union([
  z.object({ turnedOff: z.literal(true) }),
  z.object({ turnedOff: z.literal(false), stepReport: stepReportSchema, undone: z.boolean() }),
]) satisfies z.ZodMiniType<GmailStatus>;

/** The popup asks the content script of the active tab what it did there. */
export const statusMessage = defineMessage({
  type: 'gmail:status',
  sender: 'extension-page',
  request: z.object({ type: z.literal('gmail:status') }),
  answer: statusSchema,
});
