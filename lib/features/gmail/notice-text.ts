import type { FieldReport } from '../../autofill/model';
import { countChanged } from '../../autofill/report/count';
import { classifyDomain, domainOf, type MailAccount, settingsFor } from '../../icloud/account';
import { auditSettings } from '../../icloud/audit';
import { icloudMail } from '../../icloud/icloud';
import type { Translate } from '../../text/translate';
import type { GmailStepReport } from './step-report';
import { type GmailSunsetPhase, gmailSunsetText } from './sunset';

/**
 * What the Gmail notice says, as plain data in the page's language. Built in the background (which
 * has every locale's messages), so the content script only draws it and stays small.
 */

/** The parts of the guide the notice links to; the background opens no other. */
export const noticeGuideSections = ['app-password', 'troubleshooting', 'gmail-after-2027'] as const;
export type GuideSection = (typeof noticeGuideSections)[number];
/** A link into the guide; `error`: Gmail's error text, for troubleshooting to show pasted and answered. */
export type GuideLink = { text: string; guide: GuideSection; error?: string };
export type NoticeLink = { text: string; href: string } | GuideLink;

export interface NoticeContent {
  label: string;
  lines: string[];
  /** Likely causes of Gmail's SMTP error, each one line. */
  causes: string[];
  links: NoticeLink[];
  /** Always shown under the line, e.g. that Google is removing "Send mail as". */
  notes: { text: string; links: NoticeLink[] }[];
  undoable: boolean;
  /** Beside Gmail's password field on the SMTP step. */
  passwordHint?: { text: string; notShaped: string; links: NoticeLink[] };
  buttons: { details: string; undo: string; dismiss: string; undone: string; undonePartly: string };
}

/** The field as Gmail labels it, so the user finds it; the password is the user's and gets no line. */
function fieldName(role: FieldReport['role'], t: Translate): string | undefined {
  if (role === 'smtpHost') return t('gmail.field.smtpHost');
  if (role === 'smtpPort') return t('gmail.field.port');
  if (role === 'smtpUsername') return t('gmail.field.username');
  return role === 'smtpSecurity' ? t('gmail.field.security') : undefined;
}

/** Security in Gmail's own words ("Secured connection using TLS"), so the user finds the radio we chose. */
function shown(role: string, value: string | undefined, t: Translate): string {
  if (role !== 'smtpSecurity') return value ?? '';
  if (value === 'starttls') return t('gmail.security.tls');
  return value === 'implicit-tls' ? t('gmail.security.ssl') : t('gmail.security.none');
}

function whyWrong({ role, from }: FieldReport, account: MailAccount, t: Translate): string {
  // The step's roles are the audit's own field names (smtpHost, smtpPort, …).
  const finding = auditSettings({ [role]: from }, account)[0];
  if (!finding) return '';
  // Gmail's guess comes from the domain's mail exchangers (MX): iCloud's, but they do not take logins.
  return finding.reason === 'wrongHost' ? t('gmail.reason.guessedHost') : t(`audit.reason.${finding.reason}`);
}

function changeLine(change: FieldReport, account: MailAccount, t: Translate): string | undefined {
  const field = fieldName(change.role, t);
  if (!field) return undefined;
  if (change.outcome === 'filled') return t('gmail.smtp.filled', [field, shown(change.role, change.value, t)]);
  if (change.outcome === 'corrected') {
    const line = t('gmail.smtp.corrected', [
      field,
      shown(change.role, change.value, t),
      shown(change.role, change.from, t),
    ]);
    return `${line} ${whyWrong(change, account, t)}`.trim();
  }
  if (change.outcome === 'left')
    return change.reason === 'user-edited' ? t('gmail.smtp.userEdited', [field]) : t('gmail.smtp.notKept', [field]);
  return undefined;
}

/**
 * The notice for a report, or undefined when there is nothing worth saying on the page. `phase`:
 * whether Google is still removing "Send mail as" or has done so (./sunset.ts), by the caller's clock.
 */
export function noticeFor(
  stepReport: GmailStepReport,
  saved: MailAccount,
  t: Translate,
  phase: GmailSunsetPhase,
): NoticeContent | undefined {
  const sunset = gmailSunsetText(phase, t);
  const content: NoticeContent = {
    label: t('gmail.notice.label'),
    lines: [],
    causes: [],
    links: [],
    notes: [{ text: sunset.line, links: [sunset.learnMore] }],
    undoable: false,
    buttons: {
      details: t('gmail.notice.details'),
      undo: t('gmail.notice.undo'),
      dismiss: t('gmail.notice.dismiss'),
      undone: t('gmail.notice.undone'),
      undonePartly: t('gmail.notice.undonePartly'),
    },
  };
  // A "Send mail as" window that is none of the steps we know: Gmail refused, or changed it. Nothing was filled.
  if (stepReport.step === 'none') {
    content.lines.push(t('gmail.unknown.line'));
    content.links.push({ text: sunset.whatLasts.text, guide: 'gmail-after-2027' });
    return content;
  }
  const { address, report } = stepReport;
  if (stepReport.step === 'verify') {
    content.lines.push(t('gmail.verify.sent', [address]));
    content.links.push({ text: t('gmail.verify.open'), href: icloudMail.webmailUrl });
    return content;
  }
  // Nothing was filled for this address (the popup says why): nothing to say on the page.
  if (report.reason) return undefined;
  const account = saved.address.toLowerCase() === address.toLowerCase() ? saved : { address };
  content.undoable = countChanged(report.fields) > 0;
  if (stepReport.step === 'add-address') {
    if (content.undoable) content.lines.push(t('gmail.step1.filled', [address]));
    content.lines.push(t('gmail.step1.next'));
    return content;
  }
  // "Only your password is left" would be false beside a line saying Gmail did not keep a value.
  const notKept = report.fields.some(
    ({ outcome, reason }) => outcome === 'left' && reason !== 'user-edited' && reason !== 'password',
  );
  content.lines.push(
    notKept
      ? t('gmail.smtp.checkBelow', [address])
      : content.undoable
        ? t('gmail.smtp.summary', [address])
        : t('gmail.smtp.alreadyRight', [address]),
    ...report.fields.flatMap((change) => changeLine(change, account, t) ?? []),
  );
  content.passwordHint = passwordHintFor(t);
  const { smtpError } = stepReport;
  if (smtpError) {
    content.lines.push(smtpError.code ? t('gmail.error.title', [smtpError.code]) : t('gmail.error.titleNoCode'));
    content.causes.push(
      t('gmail.error.notAppPassword'),
      classifyDomain(domainOf(account.address)) === 'custom'
        ? t('gmail.error.usernameNotFullCustomDomain', [settingsFor(account)?.smtp.username ?? address])
        : t('gmail.error.usernameNotFull', [settingsFor(account)?.smtp.username ?? address]),
      t('gmail.error.revoked'),
    );
    content.links.push({ text: t('gmail.error.troubleshooting'), guide: 'troubleshooting', error: smtpError.text });
  }
  return content;
}

function passwordHintFor(t: Translate): NoticeContent['passwordHint'] {
  const accountUrl = icloudMail.appPassword.accountUrl;
  return {
    text: t('gmail.password.hint'),
    notShaped: t('gmail.password.notShaped'),
    links: [
      { text: t('gmail.password.howTo'), guide: 'app-password' },
      { text: t('gmail.password.account', [new URL(accountUrl).host]), href: accountUrl },
    ],
  };
}
