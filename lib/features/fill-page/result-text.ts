import { i18n } from '#i18n';
import type { FieldReport } from '../../autofill/model';
import { changedAnything, countChanged } from '../../autofill/report/count';
import { translateFinding } from '../../text/audit-text';
import type { FillPageResult } from './messages';
import type { NotAllowedReason } from './not-allowed';
import { switchLines } from './switch-text';

/**
 * What "Fill this page" did, in words: the popup shows it, and for the menu and the shortcut it is
 * the toolbar button's tooltip.
 */

// Left on purpose, not for want of a way: passwords are the user's, a name is filled only when given,
// and what the user typed or already had there stays.
const leftOnPurpose = new Set(['password', 'no-name-given', 'user-edited', 'kept-existing']);

/** A field the fill could not set right (the page refused the value, or offers no right choice). */
const needsYou = ({ outcome, reason }: FieldReport) => outcome === 'left' && !(reason && leftOnPurpose.has(reason));

/** Names the real reason the browser kept the extension out of the page. */
function notAllowedText(why: NotAllowedReason, where: string): string {
  switch (why) {
    case 'browser-page':
      return i18n.t('forms.result.notAllowedBrowserPage');
    case 'web-store':
      return i18n.t('forms.result.notAllowedWebStore');
    case 'file':
      return i18n.t('forms.result.notAllowedFile');
    case 'blocked':
      return i18n.t('forms.result.notAllowedBlocked', [where]);
    case 'unknown':
      return i18n.t('forms.result.notAllowed');
  }
}

/** "Filled 7 fields on cloud.example.org. The passwords are left for you." — or why nothing was filled. */
export function fillResultText(result: FillPageResult): string {
  const where = result.host ?? i18n.t('forms.thisPage');
  switch (result.status) {
    case 'no-address':
      return i18n.t('forms.result.noAddress');
    case 'not-allowed':
      return notAllowedText(result.why, where);
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
  const passwords = report.fields.filter(({ reason }) => reason === 'password').length;
  const filled =
    changed === 1
      ? i18n.t('forms.result.filledOne', [where])
      : changed > 1
        ? i18n.t('forms.result.filledMany', [String(changed), where])
        : report.fields.some(needsYou)
          ? i18n.t('forms.result.filledNone', [where])
          : changedAnything(report)
            ? i18n.t('forms.result.switchesOnly', [where])
            : i18n.t('forms.result.alreadyRight', [where]);
  if (passwords === 0) return filled;
  return `${filled} ${passwords === 1 ? i18n.t('forms.result.password') : i18n.t('forms.result.passwords')}`;
}

const fieldNames: Record<string, () => string> = {
  email: () => i18n.t('forms.field.email'),
  displayName: () => i18n.t('forms.field.displayName'),
  imapHost: () => i18n.t('audit.field.imapHost'),
  imapPort: () => i18n.t('audit.field.imapPort'),
  imapSecurity: () => i18n.t('audit.field.imapSecurity'),
  imapUsername: () => i18n.t('audit.field.imapUsername'),
  smtpHost: () => i18n.t('audit.field.smtpHost'),
  smtpPort: () => i18n.t('audit.field.smtpPort'),
  smtpSecurity: () => i18n.t('audit.field.smtpSecurity'),
  smtpUsername: () => i18n.t('audit.field.smtpUsername'),
};
// Without an audit finding, a security field's values are the page's own codes ("1", "ssl"): not shown.
const isSecurity = (role: string) => role === 'imapSecurity' || role === 'smtpSecurity';

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
    const name = fieldNames[role];
    return name && !isSecurity(role) && value !== undefined && from !== undefined
      ? [i18n.t('forms.result.correctedPlain', [name(), value, from])]
      : [];
  });
}

/** One line per field the fill could not set right, for the user to check: "Outgoing encryption: …". */
export function needsYouLines(result: FillPageResult): string[] {
  if (result.status !== 'done' || result.report.reason !== undefined) return [];
  return result.report.fields.filter(needsYou).flatMap(({ role }) => {
    const name = fieldNames[role];
    return name ? [i18n.t('forms.result.needsYou', [name()])] : [];
  });
}

/** Everything under the summary, in the order it happened: the switches set, the corrections, what to check. */
export function detailLines(result: FillPageResult): string[] {
  return [...switchLines(result), ...correctionLines(result), ...needsYouLines(result)];
}
