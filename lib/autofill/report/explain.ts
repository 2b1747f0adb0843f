import type { MailAccount } from '../../icloud/account';
import { type AuditField, auditSettings, type FoundSettings, serverFields } from '../../icloud/audit';
import type { ConnectionSecurity } from '../../icloud/icloud';
import type { FieldReport } from '../model';
import { withoutPrivateValues } from './shown-values';

/**
 * Says why each correction was needed: the value a field held before the fill goes through the
 * settings audit (lib/icloud/audit.ts), and its findings go with the field into the report. Only values
 * that are plainly settings are quoted (shown-values.ts).
 */

const isAudited = (role: string): role is AuditField => (serverFields as readonly string[]).includes(role);

/** A host written with its scheme and port (`ssl://smtp.example.org:465`) held a port too. */
const hostWithPort = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^:/\s]+)(?::(\d+))?/i;

function heldSettings(
  role: AuditField,
  from: string,
  security: ConnectionSecurity | undefined,
): FoundSettings | undefined {
  if (role === 'imapSecurity' || role === 'smtpSecurity') return security && { [role]: security };
  if (role === 'imapHost' || role === 'smtpHost') {
    const [, host, port] = hostWithPort.exec(from.trim()) ?? [];
    if (!host) return undefined;
    const side = role === 'imapHost' ? 'imap' : 'smtp';
    return { [role]: host, ...(port && { [`${side}Port`]: port }) };
  }
  return { [role]: from };
}

/**
 * The fields with `findings` on each correction the audit explains. `securityHeld` reads a
 * security field's old value in the audit's terms ('starttls', 'implicit-tls', 'none'): pages
 * name their choices in their own way ("2", "ssl", "Use TLS").
 */
export function explainCorrections(
  fields: readonly FieldReport[],
  account: MailAccount,
  securityHeld: (field: FieldReport) => ConnectionSecurity | undefined,
): FieldReport[] {
  return fields.map((field) => {
    if (field.outcome !== 'corrected' || field.from === undefined || !isAudited(field.role))
      return withoutPrivateValues(field, account);
    const held = heldSettings(field.role, field.from, securityHeld(field));
    const findings = held ? auditSettings(held, account) : [];
    return withoutPrivateValues(findings.length > 0 ? { ...field, findings } : field, account);
  });
}
