import type { AuditFinding } from '../icloud/audit';
import type { FieldRole } from './decide/decide';

/** What happened to one field. `from` is the value it held before a correction. */
export interface FieldReport {
  role: FieldRole;
  outcome: 'filled' | 'corrected' | 'already-correct' | 'left';
  value?: string;
  from?: string;
  /** Why a field was left: 'password', 'not-icloud-address', 'no-name-given', 'no-matching-choice', 'user-edited', … */
  reason?: string;
  /** For a corrected field: what was wrong with the value it held, and why (lib/audit.ts). */
  findings?: AuditFinding[];
}

/**
 * Why nothing was filled at all. 'not-icloud-address': another provider's address, iCloud's settings
 * never work for it; 'custom-domain-without-login': an own domain, but not the iCloud address that signs in.
 */
export type NothingFilledReason = 'no-form' | 'not-icloud-address' | 'custom-domain-without-login';

export interface FillReport {
  detected: boolean;
  form?: { kind: 'gmail' | 'generic'; confidence: number };
  fields: FieldReport[];
  /** True when no field outside the ones listed changed, and nothing was submitted. */
  untouched: boolean;
  reason?: NothingFilledReason;
  /** With 'not-icloud-address': the address's domain, e.g. gmail.com. */
  domain?: string;
}

export const nothingFound: FillReport = { detected: false, fields: [], untouched: true, reason: 'no-form' };
