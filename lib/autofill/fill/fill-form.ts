import type { AccountSettings } from '../../icloud/account';
import type { ConnectionSecurity } from '../../icloud/icloud';
import { helpText } from '../collect/help';
import { normalise } from '../collect/normalise';
import { isOn } from '../controls';
import type { DecidedField, MailSetupForm } from '../decide/decide';
import {
  checkboxWanted,
  choiceMeaning,
  type HostConvention,
  hostConvention,
  hostConventionInHelp,
  pickSecurity,
  schemeFor,
  securityMeaning,
  securityOfChoice,
} from '../decide/security';
import type { FieldReport, FieldRole, UndoOutcome } from '../model';
import { wasWritten } from '../report/count';
import { type FillOutcome, type FillStep, fillFields, followReRender } from './fill-fields';
import { widgetHolds, widgetPicksDone } from './fill-widget';
import { withSecurity } from './mail-properties';
import { nextTask, watchUntilQuiet } from './quiet';

/**
 * Fills a detected mail-setup form in the order pages depend on (email → IMAP before SMTP →
 * security → port → host → username), then reads every value back after the page's own handlers
 * ran and repairs what they changed. Passwords are never written; nothing is submitted.
 */

/** `reportAs`: the role the report names, when the step's own role had to be told apart from another field's. */
type Planned = { step: FillStep; reportAs?: FieldRole } | { left: FieldReport };

const sideOrder = ['imap', 'smtp'] as const;
const baseOrder = ['security', 'port', 'host', 'username', 'password'] as const;

function fillOrder(decided: DecidedField): number {
  if (decided.base === 'email') return 0;
  if (decided.base === 'displayName') return 1;
  return 2 + sideOrder.indexOf(decided.side ?? 'imap') * 10 + baseOrder.indexOf(decided.base as 'host');
}

/** What a security box says: its label or the words after it, else the caption just before it ("SSL/TLS ☐"). */
function boxWords(field: DecidedField['field']): string {
  const own = `${field.labels} ${field.textAfter}`;
  return securityMeaning(own) === 'unknown' ? field.textBefore.split(' ').slice(-3).join(' ') : own;
}

/** "This server supports a secure connection (SSL)": it says the server can encrypt, not how. */
const secureConnection =
  /\b(?:supports?|unterstutzt|prend en charge|admite|soporta)\b.{0,12}\b(?:secure|sichere[nr]?|securisee?|segura) (?:connection|verbindung|connexion|conexion)\b|\b(?:supports?|unterstutzt|prend en charge|admite|soporta)\b.{0,12}\b(?:connexion|conexion) (?:securisee|segura)\b/;

/** A box that names nothing but the security: "SSL/TLS", "Use TLS", "Secure". */
const bareSecurityWords = /^(?:use |enable )?(?:ssl ?tls|tls ?ssl|ssl|tls|secure)$/;

function besideStarttlsBox(box: HTMLElement): boolean {
  const scope: ParentNode = (box as HTMLInputElement).form ?? box.ownerDocument;
  return [...scope.querySelectorAll<HTMLElement>('input[type=checkbox], [role=checkbox], [role=switch]')].some(
    (other) =>
      other !== box &&
      /starttls|start tls/i.test(
        `${(other as HTMLInputElement).labels?.[0]?.textContent ?? ''} ${other.getAttribute('aria-label') ?? ''} ${other.getAttribute('name') ?? ''}`,
      ),
  );
}

/**
 * A lone "TLS" or "Secure" box means STARTTLS in one app and TLS from the first byte in another:
 * its help text's ports tell which ("Should be enabled when using port 465").
 */
function boxMeaning(field: DecidedField['field'], portHeld = '') {
  const words = boxWords(field);
  const named = securityMeaning(words);
  // A lone "Secure connection (SSL/TLS)" or "supports a secure connection (SSL)" box says only "encrypted":
  // "SSL" there is the everyday word for it. Beside a STARTTLS box it is SSL.
  // "SMTP over SSL/TLS" is SMTPS: the protocol inside TLS from the first byte.
  const meaning =
    named === 'implicit-tls' &&
    (/\bssl tls\b|\btls ssl\b/.test(words) || secureConnection.test(words)) &&
    !/\b(?:smtp|imap|pop3?|mail) over (?:ssl|tls)\b/.test(words) &&
    !besideStarttlsBox(field.element)
      ? 'encrypted'
      : named;
  if (meaning !== 'tls' && meaning !== 'encrypted') return meaning;
  // The first port its help names is the one the box is for.
  // Else a box that says only "SSL/TLS" and is on: the port it is on with ("SSL/TLS" on at 465 is TLS from the first byte).
  const port =
    /\b(465|993|587|143)\b/.exec(helpText(field.element))?.[1] ??
    (bareSecurityWords.test((field.labels || words).trim()) && isOn(field.element)
      ? /^(465|993|587|143)$/.exec(portHeld.trim())?.[1]
      : undefined);
  if (port === '465' || port === '993') return 'implicit-tls';
  return port ? 'starttls' : meaning;
}

/** What the port field of the same side holds before the fill: the port a security box is on with. */
function portHeldBeside(form: MailSetupForm, decided: DecidedField): string {
  return form.fields.find(({ base, side }) => base === 'port' && side === decided.side)?.field.value ?? '';
}

function securityStep(decided: DecidedField, wanted: ConnectionSecurity, portHeld: string): Planned {
  const { field, role } = decided;
  if (field.kind === 'checkbox') {
    const on = checkboxWanted(boxMeaning(field, portHeld), wanted);
    if (on === undefined) return { left: { role, outcome: 'left', reason: 'no-matching-choice' } };
    return { step: { role, element: field.element, want: { kind: on ? 'check' : 'uncheck' } } };
  }
  // A box of properties (decide.ts isMailProperties) gets the security as a property line.
  if (field.kind === 'textarea') {
    const value = withSecurity((field.element as HTMLTextAreaElement).value, decided.side ?? 'smtp', wanted);
    return { step: { role, element: field.element, want: { kind: 'text', value } } };
  }
  // Typed in the word mail libraries take: "ssl" for TLS from the start, "tls" for STARTTLS, unless the page says "starttls".
  if (field.kind === 'text') {
    const starttls = /starttls/i.test(`${field.value} ${field.rawPlaceholder} ${helpText(field.element)}`);
    const word = wanted === 'implicit-tls' ? 'ssl' : wanted === 'starttls' ? (starttls ? 'starttls' : 'tls') : '';
    return word
      ? { step: { role, element: field.element, want: { kind: 'text', value: word } } }
      : { left: { role, outcome: 'left', reason: 'no-matching-choice' } };
  }
  const labelMeaning = securityMeaning(field.labels);
  const index = pickSecurity(
    field.choices.map((choice) => choiceMeaning(choice.text, choice.value, labelMeaning)),
    wanted,
    field.choices.map((choice) => choice.text),
  );
  const choice = field.choices[index];
  if (!choice) return { left: { role, outcome: 'left', reason: 'no-matching-choice' } };
  // A custom dropdown is a select too (lib/autofill/widget.ts): picked by the option's text.
  if (field.kind === 'select')
    return {
      step: {
        role,
        element: field.element,
        want: { kind: 'select', value: choice.value, matches: (o) => o === choice.element, text: choice.text },
      },
    };
  return { step: { role, element: choice.element, want: { kind: 'check' } } };
}

function portStep(decided: DecidedField, port: string): Planned {
  const { field, role } = decided;
  if (field.kind === 'select') return { step: { role, element: field.element, want: { kind: 'select', value: port } } };
  if (field.kind === 'radio-group') {
    const choice = field.choices.find((option) => option.value === port || option.text === port);
    return choice
      ? { step: { role, element: choice.element, want: { kind: 'check' } } }
      : { left: { role, outcome: 'left', reason: 'no-matching-choice' } };
  }
  return { step: { role, element: field.element, want: { kind: 'text', value: port } } };
}

/** A host field whose words ask for "host:port" ("mail.example.com:587", "[:port]"). */
const asksForPort = /host ?(?:name )?port|server ?port/;
/** A caption or help that asks for the security as a prefix ("use prefix ssl:// or tls://"), shown without an example. */
const asksForScheme = /\bprefix(?:es)? (?:ssl|tls)\b/;
const noScheme = /\b(?:no|without|dont|don t|do not|never|kein\w*|ohne|sans|sin|nunca)(?: \w+)? prefix/;
/** Help text that writes a port after the host: "[server]:[port]", "host:port", "mail.example.org:587". */
const hostWithPort =
  /\[?(?:server|host|hostname|serveur|servidor)\]?:\[?(?:port|puerto)\]?|[a-z0-9-]+\.[a-z]{2,}:\d{2,5}\b/i;

/** A host field that carries security and port, like `tls://host:587`, keeps the page's way of writing it. */
function hostValue(
  decided: DecidedField,
  server: { host: string; port: number; security: ConnectionSecurity },
  hasPortField: boolean,
) {
  const { field } = decided;
  const inHelp = () => {
    const shown = hostConventionInHelp(helpText(field.element));
    // A port in the help's example goes into the host only where the form has no port field.
    return shown && { ...shown, withPort: shown.withPort && !hasPortField };
  };
  const inCaption = (): HostConvention | undefined => {
    const words = `${field.labels} ${field.title} ${normalise(helpText(field.element))}`;
    return asksForScheme.test(words) && !noScheme.test(words)
      ? { scheme: 'tls', withPort: !hasPortField && asksForPort.test(`${field.labels} ${field.title}`) }
      : undefined;
  };
  const convention = hostConvention(field.value, field.rawPlaceholder) ?? inHelp() ?? inCaption();
  if (!convention || !decided.side) {
    // Without a port field of its own, a host field that says it takes a port gets iCloud's.
    const withPort =
      !hasPortField &&
      (/:\d{2,5}\b/.test(field.rawPlaceholder) ||
        asksForPort.test(`${field.labels} ${field.title}`) ||
        hostWithPort.test(helpText(field.element)));
    return withPort ? `${server.host}:${server.port}` : server.host;
  }
  const scheme = schemeFor(convention, decided.side, server.security);
  return `${scheme}://${server.host}${convention.withPort ? `:${server.port}` : ''}`;
}

function plan(form: MailSetupForm, settings: AccountSettings, name: string | undefined): Planned[] {
  const usernames = form.fields.filter(({ base }) => base === 'username');
  const hasPort = (side: string | undefined) =>
    form.fields.some((other) => other.base === 'port' && other.side === side);
  const [localPart, domain] = settings.address.split('@');
  const domainStep: Planned[] =
    form.emailDomain && domain
      ? [{ step: { role: 'email', element: form.emailDomain.element, want: { kind: 'text', value: domain } } }]
      : [];
  // The address field right before the domain field takes the local part; every other one the whole address.
  const { emailDomain } = form;
  const localPartField = emailDomain
    ? form.fields.filter(({ base, field }) => base === 'email' && field.order < emailDomain.order).at(-1)?.field
    : undefined;
  // One username for both servers must be the full address: it is the only form SMTP accepts.
  const sharedUsername = form.sides.length === 2 && usernames.length === 1;
  return [...form.fields]
    .sort((a, b) => fillOrder(a) - fillOrder(b) || a.field.order - b.field.order)
    .map((decided): Planned => {
      const { field, role, base, side } = decided;
      const text = (value: string): Planned => ({
        step: { role, element: field.element, want: { kind: 'text', value } },
      });
      if (base === 'email') return text(field === localPartField && localPart ? localPart : settings.address);
      if (base === 'displayName')
        return name ? text(name) : { left: { role, outcome: 'left', reason: 'no-name-given' } };
      if (base === 'password' || !side) return { left: { role, outcome: 'left', reason: 'password' } };
      const server = settings[side];
      if (base === 'security') return securityStep(decided, server.security, portHeldBeside(form, decided));
      if (base === 'port') return portStep(decided, String(server.port));
      if (base === 'host') return text(hostValue(decided, server, hasPort(side)));
      return text(sharedUsername ? settings.smtp.username : server.username);
    })
    .flatMap((entry) =>
      'step' in entry && entry.step.element === localPartField?.element ? [entry, ...domainStep] : [entry],
    )
    .map(apartFromOthers());
}

/**
 * Several fields of one role (every From address, an address split in two) undo and are counted
 * each on its own: the second and later steps get a role of their own, the report keeps the shared one.
 */
function apartFromOthers(): (entry: Planned) => Planned {
  const seen = new Map<string, number>();
  return (entry) => {
    if (!('step' in entry)) return entry;
    const { role } = entry.step;
    const count = seen.get(role) ?? 0;
    seen.set(role, count + 1);
    if (count === 0) return entry;
    return { step: { ...entry.step, role: `${role}#${count}` }, reportAs: role as FieldRole };
  };
}

/** Whether the field still holds what this step wrote (in the copy a re-render put in its place, if any). */
function holds(step: FillStep): boolean {
  const element = followReRender(step);
  const { want } = step;
  switch (want.kind) {
    case 'text':
      return (element as HTMLInputElement).value === want.value;
    case 'select': {
      if (!(element instanceof HTMLSelectElement)) return widgetHolds(element, want);
      // The option at selectedIndex, not selectedOptions: that one lags behind in some DOMs.
      const select = element as HTMLSelectElement;
      const option = select.options[select.selectedIndex];
      if (!option) return false;
      return want.matches ? want.matches(option) : option.value === want.value || option.text.trim() === want.value;
    }
    case 'check':
      return isOn(element);
    case 'uncheck':
      return !isOn(element);
  }
}

function toReport(outcome: FillOutcome, role: FieldRole): FieldReport {
  const { outcome: kind, value } = outcome;
  if (kind === 'corrected') return { role, outcome: kind, value, from: outcome.from };
  if (kind === 'left') return { role, outcome: kind, value, reason: outcome.reason };
  return { role, outcome: kind, value };
}

/**
 * What a field held before the whole fill, not just before its own step: a page that clears the
 * port when the security changes must not turn "corrected from 465" into "filled".
 */
function sinceStart(report: FieldReport, held: string | undefined): FieldReport {
  const { role, value } = report;
  if (held === undefined || !wasWritten(report)) return report;
  if (held === value) return { role, outcome: 'already-correct', value: held };
  // Empty before the fill, though the page copied something in meanwhile (IMAP host into SMTP host).
  if (held === '') return value === undefined ? { role, outcome: 'filled' } : { role, outcome: 'filled', value };
  return { ...report, outcome: 'corrected', from: held };
}

/** The security a corrected field held before the fill, in the audit's terms, where the page's words tell it. */
export function securityHeld(form: MailSetupForm, { role, from }: FieldReport): ConnectionSecurity | undefined {
  const decided = form.fields.find((candidate) => candidate.role === role);
  if (decided?.base !== 'security' || from === undefined) return undefined;
  const { field } = decided;
  if (field.kind === 'checkbox') {
    // Only turning a box off is a correction: it was on, so the page used what the box says.
    const meaning = boxMeaning(field, portHeldBeside(form, decided));
    return meaning === 'starttls' || meaning === 'implicit-tls' ? meaning : undefined;
  }
  const labelMeaning = securityMeaning(field.labels);
  const meanings = field.choices.map((choice) => choiceMeaning(choice.text, choice.value, labelMeaning));
  const index = field.choices.findIndex((choice) => choice.value === from);
  return securityOfChoice(meanings, index >= 0 ? index : field.choices.findIndex((choice) => choice.text === from));
}

export interface GenericFill {
  fields: FieldReport[];
  /**
   * Puts every field back at once, synchronously; the promise settles after the page's reactions to
   * that are repaired, unless `settle` is false (switches are put back next, and the page's
   * reactions to those are the page's own).
   */
  undo: (settle?: boolean) => Promise<UndoOutcome[]>;
}

/** What a text field or select held before the fill, as a step that writes it back. */
function heldBefore({ role, element, want }: FillStep): FillStep | undefined {
  // A custom dropdown is put back by its own undo only: its shown text is no value to write.
  if (want.kind === 'select' && !(element instanceof HTMLSelectElement)) return undefined;
  if (element instanceof HTMLSelectElement) {
    const option = element.options[element.selectedIndex];
    return option && { role, element, want: { kind: 'select', value: option.value, matches: (o) => o === option } };
  }
  const text =
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && element.type !== 'radio' && element.type !== 'checkbox');
  return text ? { role, element, want: { kind: 'text', value: element.value } } : undefined;
}

// Each fill starts a new generation: an undo still settling never repairs over a newer fill.
let generation = 0;

/** `only`: fill just these of the form's fields, planned as part of the whole form (a host beside its port field). */
export async function fillGenericForm(
  form: MailSetupForm,
  settings: AccountSettings,
  name: string | undefined,
  only?: ReadonlySet<Element>,
): Promise<GenericFill> {
  const planned = plan(form, settings, name).filter(
    (entry) => !only || ('step' in entry ? only.has(entry.step.element) : false),
  );
  const steps = planned.flatMap((entry) => ('step' in entry ? [entry.step] : []));
  const before = steps.flatMap((step) => heldBefore(step) ?? []);
  // By step, not by element: a step may follow its field into the copy a re-render puts in its place.
  const heldAtStart = new Map(
    steps.flatMap((step) => {
      const held = heldBefore(step);
      return held ? [[step, held.want.kind === 'text' || held.want.kind === 'select' ? held.want.value : '']] : [];
    }),
  );
  const ours = ++generation;
  const first = fillFields(steps);
  await widgetPicksDone();
  const undos = [first.undo];
  const outcomes = new Map(steps.map((step, index) => [step, first.outcomes[index]]));

  // Watch the fields until the page is quiet (a port cleared when security changed, a host copied
  // over, a model that reverts a value after a round trip) and repair what it changed, a few times
  // at most: a page that keeps undoing us gets the last word and a reason.
  const notKept = await watchUntilQuiet(
    () => steps.filter((step) => outcomes.get(step)?.outcome !== 'left' && !holds(step)),
    (changed) => {
      const repair = fillFields(changed.map((step) => ({ ...step, repair: true })));
      undos.push(repair.undo);
      changed.forEach((step, index) => {
        const before = outcomes.get(step);
        const after = repair.outcomes[index];
        if (after?.outcome === 'left') outcomes.set(step, after);
        else if (before?.outcome === 'already-correct' && after) outcomes.set(step, after);
      });
    },
  );
  for (const step of notKept) outcomes.set(step, { role: step.role, outcome: 'left', reason: 'not-kept', value: '' });
  // A box the page turned over only after our click (its switch sets its model next tick).
  steps.forEach((step, index) => {
    const later = first.later[index];
    if (later && outcomes.get(step) === first.outcomes[index] && holds(step)) outcomes.set(step, later);
  });

  const fields = planned.map((entry) => {
    if ('left' in entry) return entry.left;
    const role = entry.reportAs ?? (entry.step.role as FieldRole);
    const outcome = outcomes.get(entry.step);
    return outcome
      ? sinceStart(toReport(outcome, role), heldAtStart.get(entry.step))
      : { role, outcome: 'left' as const };
  });
  return {
    fields,
    undo: async (settle = true) => {
      // Last run first, as a stack: a repair run's writes sit on top of the first run's.
      const undone = [...undos].reverse().flatMap((undo) => undo());
      await widgetPicksDone();
      if (!settle) return undone;
      const restored = new Set(undone.filter(({ outcome }) => outcome === 'restored').map(({ role }) => role));
      // Putting a security back can make the page clear its port again: read back and write once more.
      await watchUntilQuiet(
        () => (generation === ours ? before.filter((step) => restored.has(step.role) && !holds(step)) : []),
        (changed) => fillFields(changed.map((step) => ({ ...step, repair: true }))),
      );
      await nextTask();
      return undone;
    },
  };
}
