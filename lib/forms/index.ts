import { type MailAccount, settingsFor } from '../account';
import { type CollectOptions, collectFields } from './collect';
import { decideMailSetupForm, type FieldRole } from './decide';
import type { UndoOutcome } from './fill';
import { fillGenericForm } from './generic';
import { fillGmailDialog, type GmailReport } from './gmail';
import { gmailFieldNames } from './gmail-fields';
import { type FieldReport, type FillReport, nothingFound } from './report';

/**
 * The one entry everything calls: finds a mail-setup form on the page (Gmail's "Send mail as"
 * window first, then any other) and fills iCloud's settings into it. Plain DOM, no extension APIs.
 */

export type { FieldReport, FillReport } from './report';

export interface SetupAccount {
  address: string;
  /** The sender's name, for forms that ask for one. */
  name?: string;
  /** For an iCloud+ custom-domain address: the iCloud address that signs in. */
  icloudLogin?: string;
}

let undoLast: (() => UndoOutcome[] | Promise<UndoOutcome[]>) | undefined;

/**
 * Puts back every field the last fill on this page changed, unless the user has edited it since.
 * The fields are back when the call returns; the promise settles once the page's reactions are repaired.
 */
export async function undoLastFill(): Promise<UndoOutcome[]> {
  const undo = undoLast;
  undoLast = undefined;
  return undo ? undo() : [];
}

const gmailRoles: Record<string, FieldRole> = {
  name: 'displayName',
  address: 'email',
  smtpHost: 'smtpHost',
  port: 'smtpPort',
  username: 'smtpUsername',
  security: 'smtpSecurity',
};

function isGmailDialog(root: Document): boolean {
  if (root.location?.hostname === 'mail.google.com') return true;
  return (
    root.querySelector(`input[name="${gmailFieldNames.smtpHost}"], input[name="${gmailFieldNames.address}"]`) !== null
  );
}

function fromGmail(report: Exclude<GmailReport, { step: 'none' | 'verify' }>): FillReport {
  const fields: FieldReport[] = report.changes.map((change) => ({
    role: gmailRoles[change.role] ?? 'smtpHost',
    outcome: change.outcome,
    value: change.value,
    ...(change.outcome === 'corrected' && { from: change.from }),
    ...(change.outcome === 'left' && { reason: change.reason }),
  }));
  if (report.step === 'smtp') fields.push({ role: 'smtpPassword', outcome: 'left', reason: 'password' });
  undoLast = report.undo;
  return {
    detected: true,
    form: { kind: 'gmail', confidence: 1 },
    fields,
    untouched: true,
    ...(report.skipped && { reason: 'not-icloud-address' as const }),
  };
}

/** The state of every control on the page, shadow roots included: to prove afterwards that only the reported ones changed. */
function snapshotValues(root: Document | ShadowRoot, into = new Map<Element, string>()): Map<Element, string> {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as HTMLElement;
    if (element instanceof HTMLInputElement) into.set(element, `${element.value}|${element.checked}`);
    else if (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
      into.set(element, element.value);
    else if (element.hasAttribute('aria-checked')) into.set(element, element.getAttribute('aria-checked') ?? '');
    if (element.shadowRoot) snapshotValues(element.shadowRoot, into);
  }
  return into;
}

export async function autofillMailSetup(
  root: Document,
  account: SetupAccount,
  options: CollectOptions = {},
): Promise<FillReport> {
  const mailAccount: MailAccount = account.icloudLogin
    ? { address: account.address, icloudLogin: account.icloudLogin }
    : { address: account.address };
  if (isGmailDialog(root)) {
    const gmail = fillGmailDialog(root, mailAccount);
    if (gmail.step === 'add-address' || gmail.step === 'smtp') return fromGmail(gmail);
  }

  const fields = collectFields(root, options);
  const form = decideMailSetupForm(fields);
  if (!form) return nothingFound;
  const detected = { detected: true, form: { kind: 'generic' as const, confidence: form.confidence } };
  const settings = settingsFor(mailAccount);
  if (!settings)
    return {
      ...detected,
      fields: form.fields.map(({ role }) => ({ role, outcome: 'left', reason: 'not-icloud-address' })),
      untouched: true,
      reason: 'not-icloud-address',
    };

  const before = snapshotValues(root);
  const filled = await fillGenericForm(form, settings, account.name?.trim() || undefined);
  undoLast = filled.undo;
  const ours = new Set<Element>(form.fields.map(({ field }) => field.element));
  for (const { field } of form.fields) for (const choice of field.choices) ours.add(choice.element);
  const after = snapshotValues(root);
  const untouched = [...before].every(([element, value]) => ours.has(element) || after.get(element) === value);
  return { ...detected, fields: filled.fields, untouched };
}
