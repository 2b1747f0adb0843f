import { localPartOf, type MailAccount, settingsFor } from './account';
import { parseHostInput } from './host-input';
import { type ConnectionSecurity, icloudMail } from './icloud';

/**
 * Checks mail settings found in a page's form, or typed by the user, against iCloud's real ones.
 * No validation library and no browser API: the Gmail content script imports this and must stay small.
 */

export interface FoundSettings {
  imapHost?: string;
  imapPort?: number | string;
  imapSecurity?: ConnectionSecurity;
  imapUsername?: string;
  smtpHost?: string;
  smtpPort?: number | string;
  smtpSecurity?: ConnectionSecurity;
  smtpUsername?: string;
  protocol?: 'imap' | 'pop3';
  passwordKind?: 'account' | 'app-specific';
}

export type AuditField = keyof FoundSettings;

/** The servers' settings a mail app asks for: the fields a form filler can correct. */
export const serverFields = [
  'imapHost',
  'imapPort',
  'imapSecurity',
  'imapUsername',
  'smtpHost',
  'smtpPort',
  'smtpSecurity',
  'smtpUsername',
] as const satisfies readonly AuditField[];

/** Every setting the audit checks. */
export const auditFields = ['protocol', ...serverFields, 'passwordKind'] as const satisfies readonly AuditField[];

/** Why a value is wrong; lib/audit-messages.ts turns each code into one translated line (locale key audit.reason.<code>). */
export const auditReasons = [
  'imapHostForSmtp',
  'smtpHostForImap',
  'oldHostName',
  'oldHostBroken',
  'hostNameOnly',
  'wrongHost',
  'noEncryption',
  'smtpNeedsStarttls',
  'imapNeedsTls',
  'smtpPortNotOffered',
  'smtpPort',
  'popPort',
  'imapPort',
  'noPop',
  'smtpUsernameLocalPart',
  'customDomainLogin',
  'wrongUsername',
  'accountPassword',
] as const;

export type AuditReason = (typeof auditReasons)[number];

/** `found` and `correction` use the same vocabulary as FoundSettings (hosts, ports as text, security codes). */
export interface AuditFinding {
  field: AuditField;
  found: string;
  correction: string;
  reason: AuditReason;
}

/** Hosts and usernames compare without case, surrounding spaces or a trailing dot. */
function comparable(typed: string): string {
  return typed.toLowerCase().replace(/\.$/, '');
}

/** `typed` as written; a right host with a scheme, port or path is not "another server". */
function hostReason(typed: string, server: 'imap' | 'smtp'): AuditReason | undefined {
  const { imap, smtp, oldHosts, oldHostsRecordedBroken } = icloudMail;
  const { host, hasExtras } = parseHostInput(typed);
  if (host === (server === 'imap' ? imap.host : smtp.host)) return hasExtras ? 'hostNameOnly' : undefined;
  if (server === 'smtp' && host === imap.host) return 'imapHostForSmtp';
  if (server === 'imap' && host === smtp.host) return 'smtpHostForImap';
  if ((oldHostsRecordedBroken as readonly string[]).includes(host)) return 'oldHostBroken';
  if ((oldHosts as readonly string[]).includes(host)) return 'oldHostName';
  return 'wrongHost';
}

function securityReason(found: string, server: 'imap' | 'smtp'): AuditReason | undefined {
  if (found === icloudMail[server].security) return undefined;
  if (found === 'none') return 'noEncryption';
  return server === 'smtp' ? 'smtpNeedsStarttls' : 'imapNeedsTls';
}

function smtpPortReason(found: string): AuditReason | undefined {
  if (found === String(icloudMail.smtp.port)) return undefined;
  return (icloudMail.wrongSmtpPorts as readonly number[]).map(String).includes(found)
    ? 'smtpPortNotOffered'
    : 'smtpPort';
}

function imapPortReason(found: string): AuditReason | undefined {
  if (found === String(icloudMail.imap.port)) return undefined;
  return found === String(icloudMail.popPort) ? 'popPort' : 'imapPort';
}

function usernameReason(
  found: string,
  accepted: string[],
  account: MailAccount,
  localPart: string,
): AuditReason | undefined {
  if (accepted.includes(found)) return undefined;
  if (found === account.address.toLowerCase()) return 'customDomainLogin';
  return found === localPart ? 'smtpUsernameLocalPart' : 'wrongUsername';
}

/** The port a host field carries ("smtp.mail.me.com:465") stands for the port field when that is empty. */
export function withPortsFromHosts(found: FoundSettings): FoundSettings {
  const filled = { ...found };
  for (const [host, port] of [
    ['imapHost', 'imapPort'],
    ['smtpHost', 'smtpPort'],
  ] as const) {
    const carried = parseHostInput(String(found[host] ?? '')).port;
    if (carried && String(found[port] ?? '').trim() === '') filled[port] = carried;
  }
  return filled;
}

/** Every wrong value in `entered`, each with the right value and why. Correct settings give an empty list. */
export function auditSettings(entered: FoundSettings, account: MailAccount): AuditFinding[] {
  const found = withPortsFromHosts(entered);
  const findings: AuditFinding[] = [];
  const check = (
    field: AuditField,
    correction: string | number,
    reasonFor: (value: string) => AuditReason | undefined,
  ) => {
    const typed = String(found[field] ?? '').trim();
    const reason = typed === '' ? undefined : reasonFor(comparable(typed));
    if (reason) findings.push({ field, found: typed, correction: String(correction), reason });
  };
  const { imap, smtp } = icloudMail;

  check('protocol', 'imap', (value) => (value === 'pop3' ? 'noPop' : undefined));
  check('imapHost', imap.host, (value) => hostReason(value, 'imap'));
  check('imapPort', imap.port, imapPortReason);
  check('imapSecurity', imap.security, (value) => securityReason(value, 'imap'));
  check('smtpHost', smtp.host, (value) => hostReason(value, 'smtp'));
  check('smtpPort', smtp.port, smtpPortReason);
  check('smtpSecurity', smtp.security, (value) => securityReason(value, 'smtp'));

  const settings = settingsFor(account);
  if (settings) {
    const login = settings.smtp.username.toLowerCase();
    const localPart = localPartOf(login);
    // Apple accepts the name part or the full address for IMAP; SMTP needs the full address.
    check('imapUsername', settings.imap.username, (value) =>
      usernameReason(value, [localPart, login], account, localPart),
    );
    check('smtpUsername', settings.smtp.username, (value) => usernameReason(value, [login], account, localPart));
  }

  check('passwordKind', 'app-specific', (value) => (value === 'account' ? 'accountPassword' : undefined));
  return findings;
}
