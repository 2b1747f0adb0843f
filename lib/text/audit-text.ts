import { i18n } from '#i18n';
import type { AuditField, AuditFinding } from '../icloud/audit';

/**
 * A finding of lib/icloud/audit.ts in the user's language. Keys are built from codes by one convention,
 * checked by tests/unit/locales/i18n.test.ts: audit.field.<AuditField>, audit.reason.<AuditReason>.
 */

function valueLabel(field: AuditField, value: string): string {
  if (field === 'imapSecurity' || field === 'smtpSecurity') {
    if (value === 'implicit-tls') return i18n.t('audit.security.implicitTls');
    if (value === 'starttls') return i18n.t('audit.security.starttls');
    if (value === 'none') return i18n.t('audit.security.none');
  }
  if (field === 'passwordKind') {
    if (value === 'account') return i18n.t('audit.password.account');
    if (value === 'app-specific') return i18n.t('audit.password.appSpecific');
  }
  if (field === 'protocol') return value.toUpperCase();
  return value;
}

export interface TranslatedFinding {
  field: string;
  found: string;
  correction: string;
  reason: string;
}

export function translateFinding(finding: AuditFinding): TranslatedFinding {
  return {
    field: i18n.t(`audit.field.${finding.field}`),
    found: valueLabel(finding.field, finding.found),
    correction: valueLabel(finding.field, finding.correction),
    reason: i18n.t(`audit.reason.${finding.reason}`),
  };
}
