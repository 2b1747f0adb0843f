import { gmailFieldNames } from '../features/gmail/fields';
import { fillGmailDialog, type GmailReport } from '../features/gmail/step-reader';
import { classifyDomain, domainOf, type MailAccount, settingsFor } from '../icloud/account';
import type { ConnectionSecurity } from '../icloud/icloud';
import { type CollectOptions, collectFields } from './collect/collect';
import { isPasswordInput } from './controls';
import { decideMailSetupForm, type FieldRole } from './decide/decide';
import type { UndoOutcome } from './fill/fill-fields';
import { fillGenericForm, securityHeld } from './fill/fill-form';
import { type FieldReport, type FillReport, nothingFound } from './model';
import { wasWritten } from './report/count';
import { explainCorrections } from './report/explain';

/**
 * The one entry everything calls: finds a mail-setup form on the page (Gmail's "Send mail as"
 * window first, then any other) and fills iCloud's settings into it. Plain DOM, no extension APIs.
 */

export type { FieldReport, FillReport } from './model';

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

// Every role the Gmail filler reports, by name; a role it may add later is left out, not guessed.
const gmailRoles = new Map<string, FieldRole>([
  ['name', 'displayName'],
  ['address', 'email'],
  ['smtpHost', 'smtpHost'],
  ['port', 'smtpPort'],
  ['username', 'smtpUsername'],
  ['security', 'smtpSecurity'],
]);

const securityCodes: readonly string[] = ['implicit-tls', 'starttls', 'none'] satisfies ConnectionSecurity[];

function isGmailDialog(root: Document): boolean {
  if (root.location?.hostname === 'mail.google.com') return true;
  return (
    root.querySelector(`input[name="${gmailFieldNames.smtpHost}"], input[name="${gmailFieldNames.address}"]`) !== null
  );
}

/** Why an address gets nothing filled: another provider's, or an own domain without the iCloud address that signs in. */
function notOnIcloud(address: string): Pick<FillReport, 'reason' | 'domain'> {
  if (!address.includes('@')) return { reason: 'not-icloud-address' };
  const domain = domainOf(address);
  return classifyDomain(domain) === 'custom'
    ? { reason: 'custom-domain-without-login' }
    : { reason: 'not-icloud-address', domain };
}

function fromGmail(
  report: Exclude<GmailReport, { step: 'none' | 'verify' }>,
  account: MailAccount,
  untouched: boolean,
): FillReport {
  const fields: FieldReport[] = report.changes.flatMap((change) => {
    const role = gmailRoles.get(change.role);
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
  undoLast = report.undo;
  // The window may be adding another address than the saved one: its usernames are judged for that address.
  const sameAddress = report.address.toLowerCase() === account.address.toLowerCase();
  return {
    detected: true,
    form: { kind: 'gmail', confidence: 1 },
    // Gmail reports its security in the audit's own terms.
    fields: explainCorrections(fields, sameAddress ? account : { address: report.address }, ({ from }) =>
      from !== undefined && securityCodes.includes(from) ? (from as ConnectionSecurity) : undefined,
    ),
    untouched,
    ...(report.skipped && notOnIcloud(report.address)),
  };
}

/**
 * The state of every control on the page, shadow roots included: to prove afterwards that only the
 * reported ones changed. Password fields are left out: what they hold is never read.
 */
function snapshotValues(
  root: Document | ShadowRoot,
  secret: ReadonlySet<Element>,
  into = new Map<Element, string>(),
): Map<Element, string> {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as HTMLElement;
    if (isPasswordInput(element) || secret.has(element)) continue;
    if (element instanceof HTMLInputElement) into.set(element, `${element.value}|${element.checked}`);
    else if (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
      into.set(element, element.value);
    else if (element.hasAttribute('aria-checked')) into.set(element, element.getAttribute('aria-checked') ?? '');
    if (element.shadowRoot) snapshotValues(element.shadowRoot, secret, into);
  }
  return into;
}

/** The elements whose value changed between two snapshots. */
function changedBetween(before: Map<Element, string>, after: Map<Element, string>): Element[] {
  return [...before].filter(([element, value]) => after.get(element) !== value).map(([element]) => element);
}

/**
 * Gmail's filler names no elements: a change is its own when the element now holds a value it
 * reports writing, or is a security radio while it reports setting the security.
 */
function gmailExplains(element: Element, report: Exclude<GmailReport, { step: 'none' | 'verify' }>): boolean {
  const written = report.changes.filter(wasWritten);
  if (element instanceof HTMLInputElement && element.type === 'radio')
    return written.some(({ role }) => role === 'security');
  const now = (element as HTMLInputElement).value;
  return written.some(({ role, value }) => role !== 'security' && value === now);
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
    const before = snapshotValues(root, new Set());
    const gmail = fillGmailDialog(root, mailAccount);
    if (gmail.step === 'add-address' || gmail.step === 'smtp') {
      const changed = changedBetween(before, snapshotValues(root, new Set()));
      return fromGmail(
        gmail,
        mailAccount,
        changed.every((element) => gmailExplains(element, gmail)),
      );
    }
  }

  const fields = collectFields(root, options);
  const form = decideMailSetupForm(fields);
  if (!form) return nothingFound;
  const detected = { detected: true, form: { kind: 'generic' as const, confidence: form.confidence } };
  const settings = settingsFor(mailAccount);
  if (!settings) {
    const why = notOnIcloud(account.address);
    return {
      ...detected,
      fields: form.fields.map(({ role }) => ({ role, outcome: 'left', reason: why.reason })),
      untouched: true,
      ...why,
    };
  }

  const secret = new Set<Element>(fields.filter((field) => field.secret).map(({ element }) => element));
  const before = snapshotValues(root, secret);
  const filled = await fillGenericForm(form, settings, account.name?.trim() || undefined);
  undoLast = filled.undo;
  const ours = new Set<Element>(form.fields.map(({ field }) => field.element));
  for (const { field } of form.fields) for (const choice of field.choices) ours.add(choice.element);
  const untouched = changedBetween(before, snapshotValues(root, secret)).every((element) => ours.has(element));
  return {
    ...detected,
    fields: explainCorrections(filled.fields, mailAccount, (field) => securityHeld(form, field)),
    untouched,
  };
}
