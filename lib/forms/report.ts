import type { FieldRole } from './decide';

/** What happened to one field. `from` is the value it held before a correction. */
export interface FieldReport {
  role: FieldRole;
  outcome: 'filled' | 'corrected' | 'already-correct' | 'left';
  value?: string;
  from?: string;
  /** Why a field was left: 'password', 'not-icloud-address', 'no-name-given', 'no-matching-choice', 'user-edited', … */
  reason?: string;
}

/** Why nothing was filled at all. */
export type NothingFilledReason = 'no-form' | 'not-icloud-address';

export interface FillReport {
  detected: boolean;
  form?: { kind: 'gmail' | 'generic'; confidence: number };
  fields: FieldReport[];
  /** True when no field outside the ones listed changed, and nothing was submitted. */
  untouched: boolean;
  reason?: NothingFilledReason;
}

export const nothingFound: FillReport = { detected: false, fields: [], untouched: true, reason: 'no-form' };
