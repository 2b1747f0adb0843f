import { i18n } from '#i18n';
import { translateFinding } from './audit-messages';
import { countChanged } from './fill-count';
import type { FillPageResult } from './messages';

/**
 * What "Fill this page" did, in words: the popup shows it, and for the menu and the shortcut it is
 * the toolbar button's tooltip.
 */

/** "Filled 7 fields on cloud.example.org. The passwords are left for you." — or why nothing was filled. */
export function fillResultText(result: FillPageResult): string {
  const where = result.host ?? i18n.t('forms.thisPage');
  switch (result.status) {
    case 'no-address':
      return i18n.t('forms.result.noAddress');
    case 'not-allowed':
      return i18n.t('forms.result.notAllowed');
    case 'failed':
      return i18n.t('forms.result.failed', [where]);
    case 'done':
      break;
  }
  const { report } = result;
  if (!report.detected) return i18n.t('forms.result.noForm', [where]);
  if (report.reason === 'custom-domain-without-login')
    return i18n.t('forms.result.customDomain', [where, i18n.t('popup.address.loginLabel')]);
  if (report.reason === 'not-icloud-address')
    return report.domain
      ? i18n.t('forms.result.otherProvider', [where, report.domain])
      : i18n.t('forms.result.notIcloud', [where]);
  const changed = countChanged(report.fields);
  const passwordsLeft = report.fields.some(({ reason }) => reason === 'password');
  const filled =
    changed === 0
      ? i18n.t('forms.result.alreadyRight', [where])
      : changed === 1
        ? i18n.t('forms.result.filledOne', [where])
        : i18n.t('forms.result.filledMany', [String(changed), where]);
  return passwordsLeft ? `${filled} ${i18n.t('forms.result.passwords')}` : filled;
}

// Security is left out: without an audit finding its values are the page's own codes ("1", "ssl").
const plainNames: Record<string, () => string> = {
  email: () => i18n.t('forms.field.email'),
  displayName: () => i18n.t('forms.field.displayName'),
  imapHost: () => i18n.t('audit.field.imapHost'),
  imapPort: () => i18n.t('audit.field.imapPort'),
  imapUsername: () => i18n.t('audit.field.imapUsername'),
  smtpHost: () => i18n.t('audit.field.smtpHost'),
  smtpPort: () => i18n.t('audit.field.smtpPort'),
  smtpUsername: () => i18n.t('audit.field.smtpUsername'),
};

/** One line per correction, with the reason where the settings audit has one: "Outgoing port: 587 (was 465) — …". */
export function correctionLines(result: FillPageResult): string[] {
  if (result.status !== 'done') return [];
  return result.report.fields.flatMap(({ role, outcome, value, from, findings }) => {
    if (outcome !== 'corrected') return [];
    if (findings?.length)
      return findings.map((finding) => {
        const { field, correction, found, reason } = translateFinding(finding);
        return i18n.t('forms.result.corrected', [field, correction, found, reason]);
      });
    const name = plainNames[role];
    return name && value !== undefined && from !== undefined
      ? [i18n.t('forms.result.correctedPlain', [name(), value, from])]
      : [];
  });
}
