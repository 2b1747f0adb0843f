import * as z from 'zod/mini';
import { fillReportSchema } from '../../autofill/model-schema';
import type { PageUndo } from '../../autofill/undo';
import { defineMessage } from '../../platform/messages';
import { notAllowedReasons } from './not-allowed';

/** "Fill this page" and its Undo, asked by the popup of the background for one tab. */

const at = { host: z.optional(z.string()) };

/** What "Fill this page" came to, from whichever of the popup, context menu or shortcut asked. */
export const fillPageResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), ...at, report: fillReportSchema }),
  z.object({ status: z.literal('no-address'), ...at }),
  z.object({ status: z.literal('not-allowed'), ...at, why: z.enum(notAllowedReasons) }),
  z.object({ status: z.literal('failed'), ...at }),
]);
export type FillPageResult = z.infer<typeof fillPageResultSchema>;

/** What an undo put back (lib/autofill/undo.ts PageUndo): fields, switches, and what the user had changed since. */
export const undoCounts = { restored: z.number(), switches: z.number(), left: z.number() };

/** What the page answers (see lib/autofill/undo.ts): null when it holds no undo. */
export const pageUndoSchema = z.nullable(z.object(undoCounts)) satisfies z.ZodMiniType<PageUndo | null>;

export const undoPageResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('undone'), ...at, ...undoCounts }),
  z.object({ status: z.literal('page-changed'), ...at }),
  z.object({ status: z.literal('failed'), ...at }),
]);
export type UndoPageResult = z.infer<typeof undoPageResultSchema>;

export const fillTabMessage = defineMessage({
  type: 'forms:fill-tab',
  sender: 'extension-page',
  request: z.object({ type: z.literal('forms:fill-tab'), tabId: z.number() }),
  answer: fillPageResultSchema,
});

export const undoTabMessage = defineMessage({
  type: 'forms:undo-tab',
  sender: 'extension-page',
  request: z.object({ type: z.literal('forms:undo-tab'), tabId: z.number() }),
  answer: undoPageResultSchema,
});
