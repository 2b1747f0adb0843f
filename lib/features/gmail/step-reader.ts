import { type FillOutcome, type FillStep, fillFields } from '../../autofill/fill/fill-fields';
import { type FieldReport, type FillReport, nothingFound } from '../../autofill/model';
import { classifyDomain, domainOf, type MailAccount, settingsFor } from '../../icloud/account';
import { smtpServer } from '../../icloud/icloud';
import {
  type GmailSecurity,
  gmailSecurityValues,
  gmailFieldNames as names,
  securityGroupName,
  smtpErrorSelector,
  gmailLabelWords as words,
} from './fields';
import { mayFill } from './fillable';
import type { GmailStepFill, SmtpError } from './step-report';

/**
 * Gmail's "Add another email address you own" window: recognises the step, fills iCloud's SMTP
 * settings over Gmail's guesses, and reports what it did. Plain DOM, no extension APIs.
 */

// Every plan below names its fields by FillReport's roles, so their outcomes carry them.
const asFields = (outcomes: FillOutcome[]) => outcomes as FieldReport[];

function siteReport(fields: FieldReport[], why?: Pick<FillReport, 'reason' | 'domain'>): FillReport {
  return { detected: true, form: { kind: 'site', confidence: 1 }, fields, untouched: true, ...why };
}

type TextField = HTMLInputElement;

const fold = (text: string) => text.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ');
const has = (text: string, list: readonly string[]) => list.some((word) => text.includes(word));

/** Every label signal of a field in one string: aria-label, <label>s, the table cell before it, a radio's own text. */
function labelText(element: HTMLElement): string {
  const parts = [element.getAttribute('aria-label') ?? '', element.title];
  const labels = (element as HTMLInputElement).labels;
  if (labels) for (const label of labels) parts.push(label.textContent ?? '');
  const previousCell = element.closest('td, th')?.previousElementSibling;
  if (previousCell) parts.push(previousCell.textContent ?? '');
  if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox'))
    parts.push(element.nextSibling?.textContent ?? '');
  return fold(parts.join(' '));
}

const isShown = (element: HTMLElement) => element.checkVisibility();

function textInputs(root: ParentNode): TextField[] {
  return [...root.querySelectorAll<TextField>('input')].filter(
    (input) => ['text', 'email', ''].includes(input.type) && isShown(input),
  );
}

const byName = <T extends Element>(root: ParentNode, tag: string, name: string) =>
  root.querySelector<T>(`${tag}[name="${name}"]`) ?? undefined;

/** The account to fill for an address: the saved one (with its iCloud login) when it is the same address. */
function accountFor(address: string, saved: MailAccount): MailAccount {
  return saved.address && saved.address.toLowerCase() === address.toLowerCase() ? { ...saved, address } : { address };
}

/** Why nothing is filled for an address, in FillReport's words; undefined when iCloud's settings fit it. */
function skipReason(account: MailAccount): Pick<FillReport, 'reason' | 'domain'> | undefined {
  if (!account.address.includes('@')) return { reason: 'no-address' };
  if (settingsFor(account)) return undefined;
  const domain = domainOf(account.address);
  return classifyDomain(domain) === 'custom'
    ? { reason: 'custom-domain-without-login' }
    : { reason: 'not-icloud-address', domain };
}

const nothingToUndo = () => [];

// ——— Step 1: "Add another email address you own" ———

function fillAddressStep(root: Document, saved: MailAccount): GmailStepFill | undefined {
  const named = byName<TextField>(root, 'input', names.address);
  const addressField =
    named && named.type !== 'hidden'
      ? named
      : [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].some((box) =>
            has(labelText(box), words.alias),
          )
        ? textInputs(root).find((input) => input.type === 'email' || has(labelText(input), words.address))
        : undefined;
  if (!addressField || !mayFill(addressField, labelText(addressField))) return undefined;
  // Only an address on iCloud is worth putting into Gmail's window; another one is left for the user.
  const plan: FillStep[] = settingsFor(saved)
    ? [{ role: 'email', element: addressField, want: { kind: 'text', value: saved.address }, keepExisting: true }]
    : [];
  const { outcomes, undo } = fillFields(plan);
  const account = accountFor(addressField.value.trim() || saved.address, saved);
  const skipped = skipReason(account);
  return {
    stepReport: { step: 'add-address', address: account.address, report: siteReport(asFields(outcomes), skipped) },
    undo,
    touched: [addressField],
  };
}

// ——— Step 2: "Send mail through your SMTP server" (and edit mode) ———

interface SmtpFields {
  matchedBy: 'names' | 'labels';
  host: TextField;
  port: HTMLSelectElement;
  username: TextField;
  password?: HTMLInputElement;
  /** The radio for a security choice on a port, looked up after the port is set. */
  radioFor: (port: string, security: GmailSecurity) => HTMLInputElement | undefined;
  /** The security in effect for the port now selected. */
  securityNow: () => GmailSecurity | undefined;
}

function securityOfValue(value: string): GmailSecurity | undefined {
  return (Object.keys(gmailSecurityValues) as GmailSecurity[]).find((key) => gmailSecurityValues[key] === value);
}

function smtpFieldsByName(root: Document): SmtpFields | undefined {
  const host = byName<TextField>(root, 'input', names.smtpHost);
  const port = byName<HTMLSelectElement>(root, 'select', names.port);
  const username = byName<TextField>(root, 'input', names.username);
  if (!host || !port || !username) return undefined;
  const radio = (portValue: string, value: string) =>
    root.querySelector<HTMLInputElement>(
      `input[type=radio][name="${securityGroupName(portValue)}"][value="${value}"]`,
    ) ?? undefined;
  return {
    matchedBy: 'names',
    host,
    port,
    username,
    password: byName<HTMLInputElement>(root, 'input', names.password),
    radioFor: (portValue, security) => radio(portValue, gmailSecurityValues[security]),
    securityNow: () => {
      const on = root.querySelector<HTMLInputElement>(
        `input[type=radio][name="${securityGroupName(port.value)}"]:checked`,
      );
      return on ? securityOfValue(on.value) : undefined;
    },
  };
}

function securityOfLabel(radio: HTMLInputElement): GmailSecurity | undefined {
  const label = labelText(radio);
  return (['starttls', 'implicit-tls'] as const).find((security) => has(label, words[security]));
}

function smtpFieldsByLabel(root: Document, smtpPort: string): SmtpFields | undefined {
  const inputs = textInputs(root);
  const host = inputs.find((input) => has(labelText(input), words.smtpHost));
  const username = inputs.find((input) => input !== host && has(labelText(input), words.username));
  const port = [...root.querySelectorAll('select')].find((select) =>
    [...select.options].some((option) => option.value === smtpPort || option.text.trim() === smtpPort),
  );
  if (!host || !port || !username) return undefined;
  const radios = () => [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  // Gmail shows only the selected port's group; a name that mentions the port settles it when styles do not.
  const forPort = (portValue: string) => {
    const candidates = radios();
    const named = candidates.filter((radio) => radio.name.includes(portValue));
    return named.length > 0 ? named : candidates.filter(isShown);
  };
  return {
    matchedBy: 'labels',
    host,
    port,
    username,
    password: root.querySelector<HTMLInputElement>('input[type=password]') ?? undefined,
    radioFor: (portValue, security) => forPort(portValue).find((radio) => securityOfLabel(radio) === security),
    securityNow: () => {
      const on = forPort(port.value).find((radio) => radio.checked);
      return on && securityOfLabel(on);
    },
  };
}

/** The address being added: Gmail carries it over from step 1 in a hidden field; else the saved one if the page names its domain. */
function addressOnSmtpStep(root: Document, saved: MailAccount): string {
  const carried = byName<HTMLInputElement>(root, 'input', names.address)?.value.trim();
  if (carried) return carried;
  const pageText = fold(root.body?.textContent ?? '');
  return saved.address && pageText.includes(domainOf(saved.address)) ? saved.address : '';
}

function isEditing(root: Document): boolean {
  const buttons = [...root.querySelectorAll<HTMLInputElement>('input[type=submit], input[type=button]')];
  return has(fold([root.body?.textContent ?? '', ...buttons.map((button) => button.value)].join(' ')), words.editing);
}

/** An element's text with its lines apart: Gmail breaks its reply with a <br>, which textContent drops. */
function linesOf(element: Element): string {
  const lines: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) lines.push(node.textContent ?? '');
  return lines.join(' ');
}

function smtpErrorOn(root: Document): SmtpError | undefined {
  const shown = [...root.querySelectorAll(smtpErrorSelector)];
  // The selector matches the reply's box and the line inside it: each text once.
  const text = shown
    .filter((element) => !shown.some((other) => other !== element && other.contains(element)))
    .map(linesOf)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  const code = /\b[45]\d\d\b/.exec(text)?.[0];
  return code ? { text, code } : { text };
}

/** The fields found, when the adapter may write every one of them (./fillable.ts). */
function fillable(fields: SmtpFields | undefined): SmtpFields | undefined {
  const written = fields && [fields.host, fields.port, fields.username];
  return written?.every((field) => mayFill(field, labelText(field))) ? fields : undefined;
}

function fillSmtpStep(root: Document, saved: MailAccount): GmailStepFill | undefined {
  const fields = fillable(smtpFieldsByName(root)) ?? fillable(smtpFieldsByLabel(root, String(smtpServer.port)));
  if (!fields) return undefined;
  const account = accountFor(addressOnSmtpStep(root, saved), saved);
  const skipped = skipReason(account);
  const smtpError = smtpErrorOn(root);
  const step = {
    step: 'smtp' as const,
    editing: isEditing(root),
    address: account.address,
    matchedBy: fields.matchedBy,
    ...(smtpError && { smtpError }),
  };
  const settings = settingsFor(account);
  if (skipped || !settings)
    return { stepReport: { ...step, report: siteReport([], skipped) }, undo: nothingToUndo, touched: [] };

  const { smtp } = settings;
  const securityBefore = fields.securityNow();
  const first = fillFields([
    { role: 'smtpHost', element: fields.host, want: { kind: 'text', value: smtp.host } },
    { role: 'smtpPort', element: fields.port, want: { kind: 'select', value: String(smtp.port) } },
    { role: 'smtpUsername', element: fields.username, want: { kind: 'text', value: smtp.username } },
  ]);
  // The port change has revealed its own radio group; only now can we pick from it.
  const offered = fields.radioFor(String(smtp.port), smtp.security);
  const radio = offered && mayFill(offered, labelText(offered)) ? offered : undefined;
  const second = fillFields(radio ? [{ role: 'smtpSecurity', element: radio, want: { kind: 'check' } }] : []);
  const securityAfter = fields.securityNow();
  const security: FieldReport =
    securityAfter !== smtp.security
      ? { role: 'smtpSecurity', outcome: 'left', reason: 'not-kept', value: securityAfter ?? '' }
      : securityBefore === smtp.security
        ? { role: 'smtpSecurity', outcome: 'already-correct', value: smtp.security }
        : securityBefore
          ? { role: 'smtpSecurity', outcome: 'corrected', from: securityBefore, value: smtp.security }
          : { role: 'smtpSecurity', outcome: 'filled', value: smtp.security };
  const reported = [...asFields(first.outcomes), security];
  // Never written and never read: listed so the report says it is the user's to enter.
  if (fields.password) reported.push({ role: 'smtpPassword', outcome: 'left', reason: 'password' });

  return {
    stepReport: { ...step, report: siteReport(reported) },
    ...(fields.password && { password: fields.password }),
    undo: () => [...second.undo(), ...first.undo()],
    touched: [fields.host, fields.port, fields.username, ...(radio ? root.querySelectorAll('input[type=radio]') : [])],
  };
}

// ——— Step 3: "Confirm verification" ———

/** Gmail's form (it carries the `at` token) with one visible text box, the code, on a page that names the iCloud address. */
function verifyStep(root: Document, saved: MailAccount): GmailStepFill | undefined {
  if (root.querySelector('input[type=password], select')) return undefined;
  const forms = [...root.querySelectorAll('form')].filter(
    (form) => form.querySelector('input[type=hidden][name=at]') && textInputs(form).length === 1,
  );
  if (forms.length !== 1) return undefined;
  const mentioned = root.body?.textContent?.match(/[^\s@<>()"',;:]+@[a-z0-9.-]+\.[a-z]{2,}/gi) ?? [];
  const address = mentioned.find((candidate) => settingsFor(accountFor(candidate, saved)));
  return address
    ? { stepReport: { step: 'verify', address, report: siteReport([]) }, undo: nothingToUndo, touched: [] }
    : undefined;
}

/**
 * Something Gmail says on the window besides the SMTP server's reply we know, e.g. that it refuses
 * the entry: then the window is not the step we know, whatever fields it has.
 */
function gmailSaysSomething(root: Document): boolean {
  return [...root.querySelectorAll<HTMLElement>('[role=alert], [aria-live=assertive]')].some(
    (banner) => !banner.closest(smtpErrorSelector) && banner.checkVisibility() && /\S/.test(banner.textContent ?? ''),
  );
}

/** Runs on a page of Gmail's "Send mail as" window; does nothing when it cannot tell which step this is. */
export function fillGmailDialog(root: Document, saved: MailAccount): GmailStepFill {
  const none = { stepReport: { step: 'none' as const, report: nothingFound }, undo: nothingToUndo, touched: [] };
  if (gmailSaysSomething(root)) return none;
  return fillSmtpStep(root, saved) ?? fillAddressStep(root, saved) ?? verifyStep(root, saved) ?? none;
}
