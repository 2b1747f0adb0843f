import * as z from 'zod/mini';
import { fillReportSchema } from '../../autofill/model-schema';
import { defineMessage } from '../../platform/messages';
import { undoCounts } from '../fill-page/messages';

/**
 * "Always fill": its script on an opted-in site and the background, and the popup asking whether
 * the tab it is open on was filled by itself. The script's messages are accepted from https pages
 * only; before acting on one the background checks that the sender's origin is opted in still
 * (see background.ts), which no synchronous `from` can know.
 */

const fromSecurePage = (page: URL) => page.protocol === 'https:';

/** What the notice on the page says, written in the background, which has the words. */
export const siteNoticeSchema = z.object({
  label: z.string(),
  summary: z.string(),
  details: z.array(z.string()),
  words: z.object({ details: z.string(), undo: z.string(), dismiss: z.string(), stop: z.string() }),
});
export type SiteNotice = z.infer<typeof siteNoticeSchema>;

/** Asked before anything is read or filled: false once the site is no longer opted in. */
export const mayFillMessage = defineMessage({
  type: 'always-fill:may-fill',
  sender: 'content-script',
  from: fromSecurePage,
  request: z.object({ type: z.literal('always-fill:may-fill') }),
  answer: z.boolean(),
});

/**
 * The script saw fields on the page: the background injects the filler (entrypoints/fill-site-filler.ts)
 * into that frame, on a site opted in still, and answers whether it did. Pages with no field never
 * load the pipeline.
 */
export const loadFillerMessage = defineMessage({
  type: 'always-fill:load-filler',
  sender: 'content-script',
  from: fromSecurePage,
  request: z.object({ type: z.literal('always-fill:load-filler') }),
  answer: z.boolean(),
});

/** The script filled a form by itself; the background shows it on the toolbar button and answers with the notice, or null. */
export const filledMessage = defineMessage({
  type: 'always-fill:filled',
  sender: 'content-script',
  from: fromSecurePage,
  request: z.object({ type: z.literal('always-fill:filled'), report: fillReportSchema }),
  answer: z.nullable(siteNoticeSchema),
});

/** The notice's Undo ran: the popup offers none any more, and the notice says how it went. */
export const undoneMessage = defineMessage({
  type: 'always-fill:undone',
  sender: 'content-script',
  from: fromSecurePage,
  request: z.object({ type: z.literal('always-fill:undone'), ...undoCounts }),
  answer: z.string(),
});

/** "Stop filling on this site", pressed by the user in the notice: the line that says it is done. */
export const stopMessage = defineMessage({
  type: 'always-fill:stop',
  sender: 'content-script',
  from: fromSecurePage,
  request: z.object({ type: z.literal('always-fill:stop') }),
  answer: z.string(),
});

/**
 * The popup: whether its tab, once filled by itself, holds a fill that Undo can still put back (that
 * one, or a later fill in the same tab: there is one undo per page, lib/autofill/undo.ts).
 */
export const undoOfferedMessage = defineMessage({
  type: 'always-fill:undo-offered',
  sender: 'extension-page',
  request: z.object({ type: z.literal('always-fill:undo-offered'), tabId: z.number() }),
  answer: z.boolean(),
});
