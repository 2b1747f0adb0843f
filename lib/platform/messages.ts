import * as z from 'zod/mini';
import { auditFields, auditReasons } from '../icloud/audit';

/**
 * Messages between the extension's own pages and its background for "Fill this page", and the
 * fill report that comes back from a web page's process: both parsed here, at the boundary.
 */

export const fillTabRequestSchema = z.object({ type: z.literal('forms:fill-tab'), tabId: z.number() });
export type FillTabRequest = z.infer<typeof fillTabRequestSchema>;

const auditFindingSchema = z.object({
  field: z.enum(auditFields),
  found: z.string(),
  correction: z.string(),
  reason: z.enum(auditReasons),
});

const fieldReportSchema = z.object({
  role: z.string(),
  outcome: z.enum(['filled', 'corrected', 'already-correct', 'left']),
  value: z.optional(z.string()),
  from: z.optional(z.string()),
  reason: z.optional(z.string()),
  findings: z.optional(z.array(auditFindingSchema)),
});

export const fillReportSchema = z.object({
  detected: z.boolean(),
  form: z.optional(z.object({ kind: z.enum(['gmail', 'generic']), confidence: z.number() })),
  fields: z.array(fieldReportSchema),
  untouched: z.boolean(),
  reason: z.optional(z.enum(['no-form', 'not-icloud-address', 'custom-domain-without-login'])),
  domain: z.optional(z.string()),
});
export type FillReportMessage = z.infer<typeof fillReportSchema>;

/** What "Fill this page" came to, from whichever of the popup, context menu or shortcut asked. */
export const fillPageResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), host: z.optional(z.string()), report: fillReportSchema }),
  z.object({ status: z.literal('no-address'), host: z.optional(z.string()) }),
  z.object({ status: z.literal('not-allowed'), host: z.optional(z.string()) }),
  z.object({ status: z.literal('failed'), host: z.optional(z.string()) }),
]);
export type FillPageResult = z.infer<typeof fillPageResultSchema>;

/** The popup's Undo after "Fill this page": the background runs the undo the filler left in that tab. */
export const undoTabRequestSchema = z.object({ type: z.literal('forms:undo-tab'), tabId: z.number() });
export type UndoTabRequest = z.infer<typeof undoTabRequestSchema>;

/** What the page answers (see lib/autofill/undo.ts): null when it holds no undo. */
export const pageUndoSchema = z.nullable(z.object({ restored: z.number(), left: z.number() }));

export const undoPageResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('undone'), host: z.optional(z.string()), restored: z.number(), left: z.number() }),
  z.object({ status: z.literal('page-changed'), host: z.optional(z.string()) }),
  z.object({ status: z.literal('failed'), host: z.optional(z.string()) }),
]);
export type UndoPageResult = z.infer<typeof undoPageResultSchema>;
