import { classifyDomain, domainOf, type MailAccount, settingsFor } from '../icloud/account';
import type { ConnectionSecurity } from '../icloud/icloud';
import { type CollectOptions, collectFields } from './collect/collect';
import { isPasswordInput } from './controls';
import { decideMailSetupForm } from './decide/decide';
import { fillGenericForm, securityHeld } from './fill/fill-form';
import { type FillReport, nothingFound } from './model';
import { countChanged } from './report/count';
import { explainCorrections } from './report/explain';
import { offeredSiteAdapter } from './site-adapter';
import { keepUndo } from './undo';

/**
 * The one entry everything calls: hands the page to a site adapter when a feature offered one for
 * it, else finds a mail-setup form on the page and fills iCloud's settings into it. Plain DOM, no
 * extension APIs, no site names.
 */

export type { FieldReport, FillReport } from './model';
export { undoLastFill } from './undo';

export interface SetupAccount {
  address: string;
  /** The sender's name, for forms that ask for one. */
  name?: string;
  /** For an iCloud+ custom-domain address: the iCloud address that signs in. */
  icloudLogin?: string;
}

const securityCodes: readonly string[] = ['implicit-tls', 'starttls', 'none'] satisfies ConnectionSecurity[];
const asSecurity = (value: string | undefined) =>
  value !== undefined && securityCodes.includes(value) ? (value as ConnectionSecurity) : undefined;

/** Why an address gets nothing filled: another provider's, or an own domain without the iCloud address that signs in. */
function notOnIcloud(address: string): Pick<FillReport, 'reason' | 'domain'> {
  if (!address.includes('@')) return { reason: 'not-icloud-address' };
  const domain = domainOf(address);
  return classifyDomain(domain) === 'custom'
    ? { reason: 'custom-domain-without-login' }
    : { reason: 'not-icloud-address', domain };
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

export async function autofillMailSetup(
  root: Document,
  account: SetupAccount,
  options: CollectOptions = {},
): Promise<FillReport> {
  const mailAccount: MailAccount = account.icloudLogin
    ? { address: account.address, icloudLogin: account.icloudLogin }
    : { address: account.address };
  const adapter = offeredSiteAdapter();
  if (adapter) {
    const before = snapshotValues(root, new Set());
    const site = adapter.fill(root, mailAccount);
    if (site) {
      const touched = new Set(site.touched);
      if (countChanged(site.report.fields) > 0) keepUndo(site.undo);
      const untouched = changedBetween(before, snapshotValues(root, new Set())).every((element) =>
        touched.has(element),
      );
      // A site adapter reports a security it corrected in the audit's own terms.
      const fields = explainCorrections(site.report.fields, mailAccount, ({ from }) => asSecurity(from));
      return { ...site.report, fields, untouched };
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
  if (countChanged(filled.fields) > 0) keepUndo(filled.undo);
  const ours = new Set<Element>(form.fields.map(({ field }) => field.element));
  for (const { field } of form.fields) for (const choice of field.choices) ours.add(choice.element);
  const untouched = changedBetween(before, snapshotValues(root, secret)).every((element) => ours.has(element));
  return {
    ...detected,
    fields: explainCorrections(filled.fields, mailAccount, (field) => securityHeld(form, field)),
    untouched,
  };
}
