import * as z from 'zod/mini';
import { auditFields, auditReasons } from '../icloud/audit';
import { type FillReport, fieldOutcomes, fieldRoles, formKinds, nothingFilledReasons, switchKinds } from './model';

/** THE fill report's schema: held to the FillReport type by the compiler, used wherever a report crosses contexts. */
const auditFindingSchema = z.object({
  field: z.enum(auditFields),
  found: z.string(),
  correction: z.string(),
  reason: z.enum(auditReasons),
});

const fieldReportSchema = z.object({
  role: z.enum(fieldRoles),
  outcome: z.enum(fieldOutcomes),
  value: z.optional(z.string()),
  from: z.optional(z.string()),
  reason: z.optional(z.string()),
  findings: z.optional(z.array(auditFindingSchema)),
});

const switchReportSchema = z.object({
  kind: z.enum(switchKinds),
  side: z.optional(z.enum({ imap: 'imap', smtp: 'smtp' } as const)),
  outcome: z.enum({ set: 'set', left: 'left' } as const),
});

/** A report that crossed from a web page's process: believed only in this shape. */
export const fillReportSchema = z.object({
  detected: z.boolean(),
  form: z.optional(z.object({ kind: z.enum(formKinds), confidence: z.number() })),
  fields: z.array(fieldReportSchema),
  switches: z.optional(z.array(switchReportSchema).check(z.maxLength(40))),
  untouched: z.boolean(),
  reason: z.optional(z.enum(nothingFilledReasons)),
  domain: z.optional(z.string()),
}) satisfies z.ZodMiniType<FillReport>;
