import type { FieldReport, FieldRole, FillReport } from '../../autofill/model';
import type { SiteAdapter } from '../../autofill/site-adapter';
import { classifyDomain, domainOf } from '../../icloud/account';
import { isSendMailAsWindow } from './site';
import { fillGmailDialog, type GmailReport, type GmailSkip } from './step-reader';

/**
 * Gmail's "Send mail as" window for the generic pipeline: "Fill this page" there runs the step
 * reader, and its outcome is told in the same FillReport as any other form.
 */

// Every role the step reader reports, by name; a role it may add later is left out, not guessed.
const roles = new Map<string, FieldRole>([
  ['name', 'displayName'],
  ['address', 'email'],
  ['smtpHost', 'smtpHost'],
  ['port', 'smtpPort'],
  ['username', 'smtpUsername'],
  ['security', 'smtpSecurity'],
]);

const skipReasons: Record<GmailSkip, NonNullable<FillReport['reason']>> = {
  'no-address': 'no-address',
  'other-provider': 'not-icloud-address',
  'custom-domain-unknown': 'custom-domain-without-login',
};

type Filled = Extract<GmailReport, { step: 'add-address' | 'smtp' }>;

export function gmailFillReport(report: Filled): FillReport {
  const fields: FieldReport[] = report.changes.flatMap((change) => {
    const role = roles.get(change.role);
    if (!role) return [];
    return [
      {
        role,
        outcome: change.outcome,
        value: change.value,
        ...(change.outcome === 'corrected' && { from: change.from }),
        ...(change.outcome === 'left' && { reason: change.reason }),
      },
    ];
  });
  if (report.step === 'smtp' && report.password)
    fields.push({ role: 'smtpPassword', outcome: 'left', reason: 'password' });
  const skipped = report.skipped && skipReasons[report.skipped];
  const otherDomain = skipped === 'not-icloud-address' && classifyDomain(domainOf(report.address)) === 'other-provider';
  return {
    detected: true,
    form: { kind: 'site', confidence: 1 },
    fields,
    untouched: true,
    ...(skipped && { reason: skipped }),
    ...(otherDomain && { domain: domainOf(report.address) }),
  };
}

export const gmailSiteAdapter: SiteAdapter = {
  fill(root, account) {
    if (!isSendMailAsWindow(root.location)) return undefined;
    const report = fillGmailDialog(root, account);
    if (report.step !== 'add-address' && report.step !== 'smtp') return undefined;
    return { report: gmailFillReport(report), undo: report.undo, touched: report.touched };
  },
};
