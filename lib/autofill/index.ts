import { classifyDomain, domainOf, type MailAccount, settingsFor } from '../icloud/account';
import type { ConnectionSecurity } from '../icloud/icloud';
import { type CollectedPage, type CollectOptions, collectPage } from './collect/collect';
import { isAriaToggle, isOn, isPasswordInput } from './controls';
import { decideMailSetupForm, type MailSetupForm } from './decide/decide';
import { fieldsToTypeFirst, planSwitches } from './decide/switches';
import { type FillResult, fillCustomSelectsWith, fillFields } from './fill/fill-fields';
import { fillGenericForm, securityHeld } from './fill/fill-form';
import { customSelects, widgetPicksDone } from './fill/fill-widget';
import { pageReactions } from './fill/page-reactions';
import { domQuiet } from './fill/quiet';
import { type TypedFirst, typeFirst } from './fill/type-first';
import { readWidgetOptions } from './fill/widget-options';
import { type FieldReport, type FillReport, nothingFound, type SwitchReport, type UndoOutcome } from './model';
import { countChanged, wasWritten } from './report/count';
import { explainCorrections } from './report/explain';
import { offeredSiteAdapter } from './site-adapter';
import { keepUndo, switchRole } from './undo';
import { widgetParts } from './widget';

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

/** What a control holds: its value (a role=checkbox's aria-checked), and whether it is checked. */
interface ControlState {
  value: string;
  checked: boolean;
}

/**
 * The state of every control on the page, shadow roots included: to prove afterwards that only the
 * reported ones changed. Password fields are left out: what they hold is never read.
 */
function snapshotValues(
  root: Document | ShadowRoot,
  secret: ReadonlySet<Element>,
  into = new Map<Element, ControlState>(),
): Map<Element, ControlState> {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as HTMLElement;
    if (isPasswordInput(element) || secret.has(element)) continue;
    if (element instanceof HTMLInputElement) into.set(element, { value: element.value, checked: element.checked });
    else if (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
      into.set(element, { value: element.value, checked: false });
    else if (element.hasAttribute('aria-checked'))
      into.set(element, { value: element.getAttribute('aria-checked') ?? '', checked: false });
    if (element.shadowRoot) snapshotValues(element.shadowRoot, secret, into);
  }
  return into;
}

/** The elements whose value changed between two snapshots. */
function changedBetween(before: Map<Element, ControlState>, after: Map<Element, ControlState>): Element[] {
  return [...before]
    .filter(
      ([element, { value, checked }]) => after.get(element)?.value !== value || after.get(element)?.checked !== checked,
    )
    .map(([element]) => element);
}

// The generic pipeline sets custom dropdowns; a site adapter that imports only fill-fields.ts does not.
fillCustomSelectsWith(customSelects);

/** Counts the fills of this page: an undo still settling never writes over a newer fill. */
let latestFill = 0;

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

  latestFill++;
  const page = collectPage(root, options);
  let { fields } = page;
  await readWidgetOptions(fields);
  let form = decideMailSetupForm(fields);
  const settings = settingsFor(mailAccount);
  const name = account.name?.trim() || undefined;
  const before = snapshotValues(root, secretOf(fields));
  const switched = settings ? await setSwitches(root, options, { settings, name }, page, form) : undefined;
  if (switched) ({ fields, form } = switched);
  if (!form) {
    // Switches that revealed no mail form go back at once: the page is not one.
    if (switched?.undo) await undoSwitches(root, switched.undo);
    return nothingFound;
  }
  const detected = { detected: true, form: { kind: 'generic' as const, confidence: form.confidence } };
  if (!settings) {
    const why = notOnIcloud(account.address);
    return {
      ...detected,
      fields: form.fields.map(({ role }) => ({ role, outcome: 'left', reason: why.reason })),
      untouched: true,
      ...why,
    };
  }

  const secret = secretOf(fields);
  const switchedElements = new Set(switched?.elements ?? []);
  // A field a switch has set already (an encryption yes/no list) is not filled a second time.
  const toFill: MailSetupForm = {
    ...form,
    fields: form.fields.filter(
      ({ field }) =>
        !switchedElements.has(field.element) && !field.choices.some((choice) => switchedElements.has(choice.element)),
    ),
  };
  const filled = await fillGenericForm(toFill, settings, name);
  const switchUndo = switched?.undo;
  const changed = changedBetween(before, snapshotValues(root, secret));
  // The form's own fields and the others of its <form>: what the page changes in reaction to the fill.
  const ownForms = new Set(toFill.fields.flatMap(({ field }) => (field.form ? [field.form] : [])));
  const formOf = (element: Element) => (element as HTMLInputElement).form ?? element.closest('form');
  const inForm = (element: Element) => {
    const form = formOf(element);
    return toFill.fields.some(({ field }) => field.element === element) || (form !== null && ownForms.has(form));
  };
  const reactions = pageReactions(
    new Map([...before].map(([element, { value }]) => [element, value])),
    changed.filter(inForm),
  );
  if (countChanged(filled.fields) > 0 || switchUndo)
    keepUndo(async () => {
      const undoing = latestFill;
      const untouchedSince = reactions.untouched();
      // Both at once, fields first: a page that reacts to a switch going back restores its own values.
      const fieldsBack = filled.undo(!switchUndo);
      const switchesBack = switchUndo ? undoSwitches(root, switchUndo) : [];
      const undone = [...(await fieldsBack), ...(await switchesBack)];
      // What the page wrote in reaction to the fill (a port set when the encryption was picked): as it was
      // before the fill, unless someone changed it since or a fill began while this undo settled.
      if (undoing === latestFill) reactions.putBack(untouchedSince);
      await domQuiet(root);
      return undone;
    });
  const ours = new Set<Element>([...switchedElements, ...(switched?.revealed ?? [])]);
  for (const { field } of toFill.fields) ours.add(field.element);
  for (const element of switched?.typed?.first ?? []) ours.add(element);
  for (const { field } of toFill.fields) for (const choice of field.choices) ours.add(choice.element);
  if (toFill.emailDomain) ours.add(toFill.emailDomain.element);
  // A custom dropdown keeps its value in hidden inputs of its own.
  for (const element of [...ours]) for (const part of widgetParts(element)) ours.add(part);
  // A role=checkbox drawn around a hidden box keeps its state in that box too.
  for (const element of [...ours])
    if (isAriaToggle(element)) for (const box of element.querySelectorAll('input[type=checkbox]')) ours.add(box);
  const untouched = changed.every((element) => ours.has(element));
  const fillForm = toFill;
  return {
    ...detected,
    fields: explainCorrections(withTyped(filled.fields, switched?.typed), mailAccount, (field) =>
      securityHeld(fillForm, field),
    ),
    ...(switched?.reports.length ? { switches: switched.reports } : {}),
    untouched,
  };
}

/**
 * The fill's report, with what was typed first to open the fields: the fill found those already
 * correct, because it was us who wrote them.
 */
function withTyped(fields: FieldReport[], typed: TypedFirst | undefined): FieldReport[] {
  if (!typed) return fields;
  const firstWrites = new Map(typed.fill.fields.filter(wasWritten).map((field) => [field.role, field]));
  const merged = fields.map((field) =>
    field.outcome === 'already-correct' ? (firstWrites.get(field.role) ?? field) : field,
  );
  const reported = new Set(fields.map(({ role }) => role));
  return [...merged, ...[...firstWrites.values()].filter(({ role }) => !reported.has(role))];
}

function secretOf(fields: readonly { element: Element; secret: boolean }[]): Set<Element> {
  return new Set<Element>(fields.filter((field) => field.secret).map(({ element }) => element));
}

interface Switched {
  fields: CollectedPage['fields'];
  form: MailSetupForm | undefined;
  reports: SwitchReport[];
  /** The elements the switches wrote. */
  elements: Element[];
  /** Values the page itself changed in reaction to a switch (a provider's defaults): ours to report, not the user's. */
  revealed: Element[];
  /** The address or server typed in first, because the page opens the rest only then. */
  typed?: TypedFirst;
  undo?: () => Promise<UndoOutcome[]>;
}

/** At most this many rounds of switches: a mode switch can reveal an authentication switch, which reveals the username. */
const switchRounds = 3;

/**
 * Sets the switches in front of the mail fields (sending mode, server type, authentication, security
 * options), waits for the page to show what they reveal, and reads the page again.
 */
async function setSwitches(
  root: Document,
  options: CollectOptions,
  { settings, name }: { settings: NonNullable<ReturnType<typeof settingsFor>>; name: string | undefined },
  page: CollectedPage,
  form: MailSetupForm | undefined,
): Promise<Switched | undefined> {
  const reports: SwitchReport[] = [];
  const results: FillResult[] = [];
  let typed: TypedFirst | undefined;
  let switchRoundsBeforeTyping = 0;
  const elements: Element[] = [];
  const beforeSwitches = snapshotValues(root, secretOf(page.fields));
  let current = { ...page, form };
  for (let round = 0; round < switchRounds; round++) {
    const planned = planSwitches(current.fields, current.form, settings, current.locked).filter(
      ({ step }) => !elements.includes(step.element),
    );
    if (planned.length === 0) {
      // No switch opens the rest: maybe what is typed in does, once.
      const typing = typed ? undefined : fieldsToTypeFirst(current.fields, current.form, current.locked);
      if (!typing) break;
      typed = await typeFirst(root, typing, current.fields, settings, name);
      switchRoundsBeforeTyping = results.length;
      if (countChanged(typed.fill.fields) === 0) break;
      current = { ...collectPage(root, options), form: undefined };
      await readWidgetOptions(current.fields);
      current.form = decideMailSetupForm(current.fields);
      continue;
    }
    // Each switch undoes under a role of its own, so the undo counts switches apart from fields (undo.ts).
    const result = fillFields(
      planned.map(({ step }, index) => ({ ...step, role: `${switchRole}${step.role}:${results.length}.${index}` })),
    );
    await widgetPicksDone();
    results.push(result);
    const turnsLater = result.later.some((later) => later !== undefined);
    if (!result.changed && !turnsLater) break;
    await domQuiet(root);
    planned.forEach(({ kind, side, step }, index) => {
      // A switch that turns over a tick after the click (its model sets it) has been set once the page is quiet.
      const landed = result.later[index] !== undefined && isOn(step.element) === (step.want.kind === 'check');
      const outcome = landed ? result.later[index]?.outcome : result.outcomes[index]?.outcome;
      if (outcome === 'already-correct') return;
      elements.push(step.element);
      reports.push({ kind, outcome: outcome === 'left' ? 'left' : 'set', ...(side ? { side } : {}) });
    });
    current = { ...collectPage(root, options), form: undefined };
    await readWidgetOptions(current.fields);
    current.form = decideMailSetupForm(current.fields);
  }
  if (results.length === 0 && !typed) return undefined;
  const revealed = changedBetween(beforeSwitches, snapshotValues(root, secretOf(current.fields)));
  const typedChanged = typed !== undefined && countChanged(typed.fill.fields) > 0;
  const undo =
    results.some((result) => result.changed) || typedChanged
      ? async () => {
          // Last first: the switches set after the typing, the typing, then the switches before it.
          const split = typed ? switchRoundsBeforeTyping : results.length;
          const later = results
            .slice(split)
            .reverse()
            .flatMap((result) => result.undo());
          const typing = typed ? await typed.undo() : [];
          const earlier = results
            .slice(0, split)
            .reverse()
            .flatMap((result) => result.undo());
          return [...later, ...typing, ...earlier];
        }
      : undefined;
  return {
    ...current,
    reports,
    elements,
    revealed,
    ...(typed ? { typed } : {}),
    ...(undo ? { undo } : {}),
  };
}

/** Puts the switches back, last first, and lets the page settle. */
async function undoSwitches(root: Document, undo: () => Promise<UndoOutcome[]>): Promise<UndoOutcome[]> {
  const undone = await undo();
  await widgetPicksDone();
  await domQuiet(root);
  return undone;
}
