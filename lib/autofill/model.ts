import type { AuditFinding } from '../icloud/audit';

/**
 * The typed records every stage of the fill shares, and THE fill report: what the generic filler
 * and every site adapter return, what the popup, the badge and the in-page notices read. Its zod
 * schema is in ./model-schema.ts, apart so that the scripts injected into pages carry no zod.
 */

export type Side = 'imap' | 'smtp';
export type SidedRole = `${Side}${'Host' | 'Port' | 'Security' | 'Username' | 'Password'}`;
/** What a field is for, in the user's words. */
export type FieldRole = 'email' | 'displayName' | SidedRole;

// Written out as an object so a role added to the type cannot be missing from the message schema.
export const fieldRoles: { [Role in FieldRole]: Role } = {
  email: 'email',
  displayName: 'displayName',
  imapHost: 'imapHost',
  imapPort: 'imapPort',
  imapSecurity: 'imapSecurity',
  imapUsername: 'imapUsername',
  imapPassword: 'imapPassword',
  smtpHost: 'smtpHost',
  smtpPort: 'smtpPort',
  smtpSecurity: 'smtpSecurity',
  smtpUsername: 'smtpUsername',
  smtpPassword: 'smtpPassword',
};

export type FieldOutcome = 'filled' | 'corrected' | 'already-correct' | 'left';
export const fieldOutcomes: { [Outcome in FieldOutcome]: Outcome } = {
  filled: 'filled',
  corrected: 'corrected',
  'already-correct': 'already-correct',
  left: 'left',
};

/** What happened to one field. `from` is the value it held before a correction. */
export interface FieldReport {
  role: FieldRole;
  outcome: FieldOutcome;
  value?: string;
  from?: string;
  /** Why a field was left: 'password', 'not-icloud-address', 'no-name-given', 'no-matching-choice', 'user-edited', … */
  reason?: string;
  /** For a corrected field: what was wrong with the value it held, and why (lib/icloud/audit.ts). */
  findings?: AuditFinding[];
}

/**
 * A switch the fill set before the fields: 'sending-method' (SMTP instead of sendmail or PHP mail),
 * 'server-type' (IMAP instead of POP), 'authentication' (on, or a sign-in mechanism that sends the
 * password), 'enable-server' (an incoming or outgoing server turned on), 'default-server' ("use the default server" off), 'insecure' ("Ignore TLS",
 * "Allow self-signed" off), 'verify-certificate' (on), 'security' (one of several encryption boxes),
 * 'short-username' ("Use short login": on for a side whose username is the name part, off for the full address),
 * 'provider-preset' (a list of other providers' presets set to its "Custom" choice).
 */
export type SwitchKind =
  | 'sending-method'
  | 'server-type'
  | 'authentication'
  | 'enable-server'
  | 'default-server'
  | 'insecure'
  | 'verify-certificate'
  | 'security'
  | 'short-username'
  | 'provider-preset';
export const switchKinds: { [Kind in SwitchKind]: Kind } = {
  'sending-method': 'sending-method',
  'server-type': 'server-type',
  authentication: 'authentication',
  'enable-server': 'enable-server',
  'default-server': 'default-server',
  insecure: 'insecure',
  'verify-certificate': 'verify-certificate',
  security: 'security',
  'short-username': 'short-username',
  'provider-preset': 'provider-preset',
};

/** 'set': the fill changed it; 'left': the page would not take or keep it. */
export interface SwitchReport {
  kind: SwitchKind;
  side?: Side;
  outcome: 'set' | 'left';
}

/**
 * Why nothing was filled at all. 'no-address': no address saved or on the page; 'not-icloud-address':
 * another provider's address, iCloud's settings never work for it; 'custom-domain-without-login': an
 * own domain, but not the iCloud address that signs in.
 */
export type NothingFilledReason = 'no-form' | 'no-address' | 'not-icloud-address' | 'custom-domain-without-login';
export const nothingFilledReasons: { [Reason in NothingFilledReason]: Reason } = {
  'no-form': 'no-form',
  'no-address': 'no-address',
  'not-icloud-address': 'not-icloud-address',
  'custom-domain-without-login': 'custom-domain-without-login',
};

/** 'generic': found by detection; 'site': a site adapter that knows the page (see lib/autofill/site-adapter.ts). */
export type FormKind = 'generic' | 'site';
export const formKinds: { [Kind in FormKind]: Kind } = { generic: 'generic', site: 'site' };

export interface FillReport {
  detected: boolean;
  form?: { kind: FormKind; confidence: number };
  fields: FieldReport[];
  /** The switches set before the fields, in the order they were set. */
  switches?: SwitchReport[];
  /** True when no field outside the ones listed changed, and nothing was submitted. */
  untouched: boolean;
  reason?: NothingFilledReason;
  /** With 'not-icloud-address': the address's domain, e.g. example.org. */
  domain?: string;
}

export const nothingFound: FillReport = { detected: false, fields: [], untouched: true, reason: 'no-form' };

/** How putting one field back went: 'left' when the user had changed it since the fill. */
export interface UndoOutcome {
  role: string;
  outcome: 'restored' | 'left';
}
