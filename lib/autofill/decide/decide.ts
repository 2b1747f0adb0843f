import { icloudMail } from '../../icloud/icloud';
import type { CollectedField, Visibility } from '../collect/field';
import { helpText } from '../collect/help';
import { normalise } from '../collect/normalise';
import { addressLike } from '../collect/prefilter';
import type { FieldRole, Side } from '../model';
import {
  type BaseRole,
  lookAlikeSignal,
  mailSignal,
  popPattern,
  type RolePatterns,
  rolePatterns,
  senderSignal,
  sidePatterns,
  signInSourceSignal,
} from './roles';
import { choiceMeaning, securityMeaning } from './security';

/**
 * Decides which collected field is which, and whether the page holds a mail-setup form at all.
 * Acts only when enough fields agree: a host with its port, username or security on one side,
 * at least three recognised fields, and words only mail-server forms use.
 */

export interface DecidedField {
  field: CollectedField;
  role: FieldRole;
  base: BaseRole;
  side?: Side;
  score: number;
  /** The field names its side itself (or its section does), rather than taking it from a neighbour. */
  ownSide: boolean;
}

export interface MailSetupForm {
  fields: DecidedField[];
  /** The halves the form holds: IMAP, SMTP or both. */
  sides: Side[];
  confidence: number;
  /** An address asked for in two halves, local part "@" domain: the field that takes the domain. */
  emailDomain?: CollectedField;
}

const baseRoles = Object.keys(rolePatterns) as BaseRole[];
const minimumScore = 3;
/** A hint this low is a veto: the most the words add (label 3, name 2, sender 3) leaves it below minimumScore. */
const ruledOutByShape = -10;

// Ports that place an unlabelled field on a side: iCloud's own, the SMTP ports guides give wrongly, plain IMAP.
const plainImapPort = '143';
const portSide = new Map<string, Side>([
  [String(icloudMail.imap.port), 'imap'],
  [plainImapPort, 'imap'],
  [String(icloudMail.smtp.port), 'smtp'],
  ...icloudMail.wrongSmtpPorts.map((port): [string, Side] => [String(port), 'smtp']),
]);

interface FieldText {
  explicit: string;
  inferred: string;
  names: string;
  /** The value and placeholder: example values hint at the role ("993", "smtp.example.org"). */
  examples: string[];
  // Worked out on first use, once per look: plain fields, as thousands of WeakMap entries cost the GC more.
  side: { of: SideWord } | undefined;
  /** explicit and names together. */
  said: string | undefined;
  ownContext: string | undefined;
  signal: string | undefined;
}

/**
 * Exactly `${first} ${second} ${third} ${fourth}`.trim(), without building that string when only the
 * first or the second part has words: most fields on a page of thousands have a label and little else.
 */
function trimmedWords(first: string, second: string, third = '', fourth = ''): string {
  if (third === '' && fourth === '') {
    if (second === '') return first.trim();
    if (first === '') return second.trim();
  }
  return `${first} ${second} ${third} ${fourth}`.trim();
}

/** What the field says of itself: its captions and its names. */
function saidByField(text: FieldText): string {
  text.said ??= `${text.explicit} ${text.names}`;
  return text.said;
}

/** The last `count` words of a text: the caption nearest a field. */
export function lastWords(text: string, count = 6): string {
  let start = text.length;
  for (let word = 0; word < count && start > 0; word++) start = text.lastIndexOf(' ', start - 1);
  return start < 0 ? text : text.slice(start + 1);
}

function textOf(field: CollectedField): FieldText {
  // A placeholder that is an example value ("ssl://imap.example.com:993", "993") is not a label.
  const placeholder = /[.@:/]|^\s*\d+\s*$/.test(field.rawPlaceholder) ? '' : field.placeholder;
  const after = field.kind === 'checkbox' && !field.labels ? field.textAfter : '';
  return {
    explicit: trimmedWords(field.labels, placeholder, field.title),
    inferred: field.rowHeader
      ? trimmedWords(field.rowHeader, field.columnHeader, after)
      : trimmedWords(lastWords(field.textBefore, 5), after),
    // "new password" on a username field only keeps the browser's password manager out.
    names: trimmedWords(
      field.name,
      field.id,
      field.secret ? field.autocomplete : field.autocomplete.replace(/new password|\boff\b/, ''),
      field.dataHints,
    ),
    examples: examplesOf(field),
    // Filled in on first use; declared here so every FieldText has one shape.
    side: undefined,
    said: undefined,
    ownContext: undefined,
    signal: undefined,
  };
}

function examplesOf(field: CollectedField): string[] {
  const examples: string[] = [];
  for (const example of [field.value, field.rawPlaceholder]) {
    const text = example.slice(0, 300).trim();
    if (text) examples.push(text);
  }
  return examples;
}

function allows(field: CollectedField, role: BaseRole): boolean {
  // A field that says it holds a password is nothing else, whatever else it says ("Senha do usuário").
  if (field.secret) return role === 'password';
  switch (field.kind) {
    case 'radio-group':
    case 'select':
      return role === 'security' || role === 'port';
    case 'checkbox':
      return role === 'security';
    case 'password':
      return role === 'password';
    case 'textarea':
      return role === 'security' && isMailProperties(field);
    default:
      // A free-text security ("Encryption: tls") only where the page's words name one (hints below).
      return role !== 'security' || field.kind === 'text';
  }
}

/** A JavaMail-style key that sets the security ("mail.smtp.starttls.enable=true"), as written and as normalised. */
const securityKey = /\bmail\.(?:smtp|imap)s?\.(?:starttls|ssl)\.enable\b/;
const securityKeyWords = /\bmail (?:smtp|imap)s? (?:starttls|ssl) enable\b/;

/** One property per line: "key=value", "key: value", a "#" comment or nothing. */
const propertyLine = /^\s*(?:#.*|[\w.-]+\s*[=:].*)?$/;
/** A key whose value must not be read back or kept: a password, a secret, a token. */
const secretKey = /^\s*[\w.-]*(?:pass|secret|token|credential)[\w.-]*\s*[=:]/im;

/**
 * A box of mail properties, one "key=value" per line, whose own text or help names a security key;
 * not one that holds anything else (JSON, several properties on a line) or a secret.
 */
export function isMailProperties(field: CollectedField): boolean {
  if (field.kind !== 'textarea' || secretKey.test(field.value)) return false;
  const lines = field.value.split(/\r?\n/);
  if (!lines.every((line) => propertyLine.test(line) && !/;\s*[\w.-]+\s*[=:]/.test(line))) return false;
  return (
    securityKey.test(field.value) ||
    securityKeyWords.test(`${field.placeholder} ${lastWords(field.textBefore, 30)} ${field.textAfter}`)
  );
}

/** A value the page replaces when it sends: a placeholder in brackets, braces or percent signs. */
const templateValue = /\[[A-Z][A-Z_]*\]|\{\{?\s*[\w.]+\s*\}\}?|%(?:s|\w+%)|\$\{\w+\}/;

const bareAddress = /^(?:from |sender )?address(?:es)?$/;

/** What a free-text security field holds: nothing yet, or one security's word. */
const securityWord = /^(?:|tls|ssl|starttls|none|ssl\/tls)$/i;
/** A caption that is only the security's noun ("Encryption", "SMTP security"): not "TLS version" or "SSL CA file". */
const securityNoun =
  /^(?:(?:smtp|imap|mail|e ?mail) )?(?:encryption|security|verschlusselung|sicherheit|chiffrement|securite|cifrado|seguridad)(?: (?:type|method|mode|protocol))?$/;

/** A text field typed a security into: holding a security's word, or empty under a caption or example that asks for one. */
function typedSecurity(field: CollectedField): boolean {
  const value = field.value.trim();
  if (!securityWord.test(value)) return false;
  return value !== '' || securityNoun.test(field.labels) || /\b(?:tls|ssl|starttls)\b/i.test(field.rawPlaceholder);
}

/** An example that is a person's name ("e.g. Bob Smith", "z. B. Max Mustermann"): a name field's, never an address's. */
const personName =
  /^(?:(?:[eE]\.? ?[gG]|[zZ]\.? ?[bB]|[eE]x|[pP]\.? ?[eE]j|[bB]sp)\.?:? )?\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;

const hostLike = /^(?:[a-z]+:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?$/i;

function hints(field: CollectedField, { examples }: FieldText, role: BaseRole): number {
  const autocomplete = field.autocomplete;
  // "[FULLNAME]", "{{ user.name }}", "%s": the page's template for each sender, not one sender's name or address.
  if ((role === 'email' || role === 'displayName') && templateValue.test(field.value)) return ruledOutByShape;
  switch (role) {
    case 'password':
      return field.kind === 'password' ? 4 : /password/.test(autocomplete) ? 3 : 0;
    case 'email': {
      // A count ("Maximum e-mails: 5") is no address, whatever its caption says.
      if (/^\d+$/.test(field.value.trim())) return ruledOutByShape;
      const holdsAddress = examples.some((text) => addressLike.test(text));
      const typed = field.inputType === 'email';
      return (
        (typed ? 2 : 0) +
        (autocomplete === 'email' ? 2 : 0) +
        (!typed && holdsAddress ? 2 : 0) +
        // A bare "Address(es)" caption is the sender's address only on a field that holds or asks for one.
        (bareAddress.test(field.labels) && (typed || holdsAddress) ? 3 : 0)
      );
    }
    case 'username':
      return autocomplete === 'username' ? 2 : field.inputType === 'email' ? 1 : 0;
    case 'displayName':
      // French "Nombre de tentatives" is a number of retries, not Spanish "Nombre".
      if (field.inputType === 'number') return ruledOutByShape;
      return (autocomplete === 'name' ? 2 : 0) + (examples.some((text) => personName.test(text)) ? 1 : 0);
    case 'host':
      return examples.some((text) => hostLike.test(text) && !text.includes('@')) ? 2 : 0;
    case 'port': {
      // A list without a single number ("None / SSL / TLS" under "… on port 587") is not the port.
      if (field.choices.length && !field.choices.some((choice) => /\d/.test(`${choice.value} ${choice.text}`)))
        return ruledOutByShape;
      const numeric = field.choices.length
        ? field.choices.filter((choice) => portSide.has(choice.value.trim()) || portSide.has(choice.text)).length >= 2
        : // A mail port (POP3S's too, which a page may still show), not any number: "Email sending rate: 60" is no port.
          examples.some((text) => portSide.has(text) || text === String(icloudMail.popPort));
      return (numeric ? 2 : 0) + (field.inputType === 'number' ? 1 : 0);
    }
    case 'security': {
      // Typed in: it holds nothing yet or a security's own word ("tls", "ssl", "starttls").
      if (field.kind === 'text') return typedSecurity(field) ? 0 : ruledOutByShape;
      // Only a properties box reaches here as a textarea (allows): the key it names says what it is.
      if (field.kind === 'textarea') return 3;
      // A sending-mode list ("PHP mail", "SMTP/SMTPS") is a switch (switches.ts), not the security.
      const protocol = (text: string) => /\b(?:smtps?|imaps?|pop ?3?s?)\b/.test(text);
      // A "Protocol" list of IMAP and POP is the server type (switches.ts); one of SMTP and SMTPS is the security.
      if (
        /protocol|protokoll|protocole|protocolo/.test(field.labels) &&
        field.choices.some((c) => popPattern.test(c.text))
      )
        return ruledOutByShape;
      if (
        field.choices.some((choice) => protocol(choice.text)) &&
        field.choices.some((choice) => !protocol(choice.text) && securityMeaning(choice.text) === 'unknown')
      )
        return ruledOutByShape;
      const labelMeaning = securityMeaning(field.labels);
      const meanings = field.choices.map((choice) => choiceMeaning(choice.text, choice.value, labelMeaning));
      const encrypted = meanings.filter((meaning) => meaning !== 'unknown' && meaning !== 'none').length;
      if (field.kind === 'checkbox') return 0;
      return encrypted >= 1 && meanings.length >= 2 ? 3 : 0;
    }
  }
}

/**
 * A caption that names the role only loosely ("Account name": in many apps the account's own
 * nickname), on a field whose name and id do not name the role once those words are taken out.
 */
function looselyNamed({ loose, label }: RolePatterns, text: FieldText): boolean {
  if (!loose?.test(text.explicit)) return false;
  // The caption's words, not the looser name words: a page's `data-doctype="Email Account"` is on every field.
  const strict = new RegExp(loose.source, 'g');
  return !label.test(text.explicit.replace(strict, ' ')) && !label.test(text.names.replace(strict, ' '));
}

const noReply = /noreply|no reply/g;

/**
 * Words of a host caption that say how to write the host, not that it is another field: "Hostname + Port",
 * "for encryption use prefix ssl:// or tls://".
 */
const hostShapeWords =
  /\b(?:for (?:encryption|security) )?(?:use )?(?:the |a )?prefix(?:es)? (?:ssl|tls)(?: or (?:ssl|tls))?\b|\bhost ?name port\b|\b(?:host ?(?:name)?|server) (?:and|or) port\b/g;

/**
 * A no-reply address is what apps send their mail from: a field named so ("s_noreply_mail") whose own
 * caption asks for the address is the sender's, unless something else in its names rules it out.
 */
function noReplySender(role: BaseRole, { label, never }: RolePatterns, text: FieldText): boolean {
  return (
    role === 'email' &&
    label.test(text.explicit) &&
    never !== undefined &&
    !never.test(text.names.replace(noReply, ' ')) &&
    !never.test(text.explicit)
  );
}

function score(field: CollectedField, text: FieldText, role: BaseRole): number {
  if (!allows(field, role)) return 0;
  const patterns = rolePatterns[role];
  let total = hints(field, text, role);
  // Ruled out by its shape (a number as the name, a filled text as the security): no words can lift it.
  if (total <= ruledOutByShape) return total;
  if (role === 'username' && looselyNamed(patterns, text)) return Math.min(total, minimumScore - 1);
  if (patterns.label.test(text.explicit)) total += 3;
  else if (patterns.label.test(text.inferred)) total += text.explicit ? 1 : 3;
  if (patterns.name.test(text.names)) total += 2;
  // The sender's own address: a field that says it is an address and says "from" or "sender".
  // Its own label, when it has one, says so: "Display name for sender email address" in a placeholder does not.
  const saysAddress =
    role === 'email' && (patterns.label.test(field.labels || text.explicit) || field.inputType === 'email');
  if (saysAddress && (senderSignal.test(text.explicit) || senderSignal.test(text.names))) total += 3;
  // Ruling out only lowers a score: no need to look when it is already too low.
  if (total < minimumScore) return total;
  const { never } = patterns;
  if (
    never &&
    (never.test(text.explicit) ||
      (never.test(text.names) && !noReplySender(role, patterns, text)) ||
      (!text.explicit && never.test(lastWords(text.inferred, 3))))
  )
    return 0;
  // A caption a person reads outweighs the words of an id: "Nombre" on `account_friendlyname`.
  const captioned = patterns.label.test(text.explicit || lastWords(text.inferred, 3));
  const ruledOut =
    patterns.not &&
    (patterns.not.test(role === 'host' ? text.explicit.replace(hostShapeWords, ' ') : text.explicit) ||
      // An address field's name often carries its object's path ("smtpServer.from").
      (role !== 'email' && !captioned && patterns.not.test(text.names)) ||
      (!text.explicit && patterns.not.test(lastWords(text.inferred, 3))));
  return ruledOut ? total - 4 : total;
}

function bestRole(field: CollectedField, text: FieldText): { base: BaseRole; score: number } | undefined {
  let best: { base: BaseRole; score: number } | undefined;
  for (const base of baseRoles) {
    const value = score(field, text, base);
    if (value >= minimumScore && (!best || value > best.score)) best = { base, score: value };
  }
  return best;
}

type SideWord = Side | 'pop' | undefined;

function sideIn(text: string): SideWord {
  const imap = sidePatterns.imap.test(text);
  const smtp = sidePatterns.smtp.test(text);
  if (imap !== smtp) return imap ? 'imap' : 'smtp';
  if (!imap && popPattern.test(text)) return 'pop';
  return undefined;
}

/** The side a field names itself, or its section names. */
function sideOf(field: CollectedField, text: FieldText): SideWord {
  text.side ??= { of: readSideOf(field, text) };
  return text.side.of;
}

function readSideOf(field: CollectedField, text: FieldText): SideWord {
  const own = sideIn(saidByField(text)) ?? sideIn(lastWords(text.inferred, 8));
  if (own) return own;
  return sectionFacts(field.section).side;
}

/** Fields under one heading share their section list (collect/collect.ts): what it says is read once. */
const sectionsRead = new WeakMap<readonly string[], { side: SideWord; nearest: string; sideNamedBy: string }>();

function sectionFacts(section: readonly string[]): { side: SideWord; nearest: string; sideNamedBy: string } {
  let facts = sectionsRead.get(section);
  if (!facts) {
    const named = section.find((context) => sideIn(context) !== undefined);
    // The side the nearest section that names one says; the three nearest sections as one text.
    facts = {
      side: named === undefined ? undefined : sideIn(named),
      nearest: section.slice(0, 3).join(' '),
      sideNamedBy: named ?? '',
    };
    sectionsRead.set(section, facts);
  }
  return facts;
}

/** The side a field's example value implies ("pop.example.com", "993"): the weakest sign, below the page's own choice. */
function sideOfExample(field: CollectedField): SideWord {
  const example = (field.value || field.rawPlaceholder).trim().toLowerCase();
  const prefix = /^(?:[a-z]+:\/\/)?(imap|smtp|pop3?)\./.exec(example)?.[1];
  if (prefix) return prefix.startsWith('pop') ? 'pop' : (prefix as Side);
  return portSide.get(example);
}

interface Candidate {
  field: CollectedField;
  text: FieldText;
  base: BaseRole;
  score: number;
  side: SideWord;
  ownSide?: boolean;
}

/**
 * An address or name that sits with the server fields is the sender's: an install page's
 * administrator address further down is another account's.
 */
function nearServerFields(scored: Omit<Candidate, 'side'>[]): void {
  const server = scored.filter(
    ({ base, field, text }) => (base === 'host' || base === 'port' || base === 'username') && sideOf(field, text),
  );
  for (const candidate of scored) {
    if (hasSide(candidate.base)) continue;
    if (server.some(({ field }) => Math.abs(field.order - candidate.field.order) <= 5)) candidate.score += 1;
  }
}

/** Text that belongs to the field itself and its nearest sections: where another section's words show. */
function ownContext(field: CollectedField, text: FieldText): string {
  text.ownContext ??= `${saidByField(text)} ${lastWords(text.inferred)} ${sectionFacts(field.section).nearest}`;
  return text.ownContext;
}

/** A field of a directory, database, proxy or shell section on the same page: never part of the mail form. */
function belongsElsewhere(field: CollectedField, text: FieldText): boolean {
  const own = ownContext(field, text);
  return lookAlikeSignal.test(own) && !mailSignal.test(saidByField(text));
}

/** The sides the page has chosen in a type or protocol list ("Type: IMAP"), if it says one. */
function chosenSides(fields: readonly CollectedField[]): SideWord[] {
  const sides: SideWord[] = [];
  for (const field of fields) {
    if (field.kind !== 'select' && field.kind !== 'radio-group') continue;
    const chosen = field.choices.find((choice) => choice.selected);
    if (!chosen) continue;
    const side = sideIn(`${chosen.text} ${chosen.value.replace(/["']/g, '').toLowerCase()}`);
    if (side && field.visibility() !== 'hidden') sides.push(side);
  }
  return sides;
}

function countMatches(candidates: readonly { field: CollectedField; text: FieldText }[], pattern: RegExp): number {
  return candidates.filter(
    ({ field, text }) => pattern.test(signalText(field, text)) && field.visibility() !== 'hidden',
  ).length;
}

/** The words a field and its sections say, where mail and look-alike signals are counted: built once per look. */
function signalText(field: CollectedField, text: FieldText): string {
  // The section that gave the field its side counts too, however far out: a dialog titled "SMTP account".
  text.signal ??= `${ownContext(field, text)} ${field.section.at(-1) ?? ''} ${sectionFacts(field.section).sideNamedBy}`;
  return text.signal;
}

function evaluate(fields: readonly CollectedField[]): MailSetupForm | undefined {
  const read = fields.map((field) => ({ field, text: textOf(field) }));
  const scored: Omit<Candidate, 'side'>[] = [];
  for (const { field, text } of read) {
    const best = bestRole(field, text);
    if (best && !belongsElsewhere(field, text)) scored.push({ field, text, base: best.base, score: best.score });
  }
  // Cheap checks on the words alone first: without a host, no form, whatever the layout says.
  if (scored.length < 3 || !scored.some(({ base }) => base === 'host')) return undefined;
  nearServerFields(scored);
  const chosenByPage = chosenSides(fields);
  const pageSide = chosenByPage.find((side) => side !== 'pop');
  const placed = scored.map((candidate): Candidate => {
    const side = sideOf(candidate.field, candidate.text);
    if (side) return { ...candidate, side, ownSide: true };
    return { ...candidate, side: pageSide ? undefined : sideOfExample(candidate.field), ownSide: false };
  });
  if (!placed.some(({ side }) => side === 'imap' || side === 'smtp') && chosenByPage.length === 0) return undefined;
  const candidates = resolveSides(placed, chosenByPage);

  const chosen = new Map<FieldRole, DecidedField>();
  const choose = (candidate: Candidate) => {
    const { base, side } = candidate;
    const sided = hasSide(base);
    if ((sided && (side === undefined || side === 'pop')) || !shown(candidate)) return;
    const role = roleOf(candidate);
    const decided: DecidedField = {
      field: candidate.field,
      role,
      base,
      score: candidate.score,
      ownSide: candidate.ownSide === true,
      ...(sided ? { side: side as Side } : {}),
    };
    const held = chosen.get(role);
    if (!held || better(decided, held)) chosen.set(role, decided);
  };
  // A field that names its side outranks every one that took it from a neighbour (see `better`):
  // those are looked at, and their layout read, only for a role no field claims in its own words.
  for (const candidate of candidates) if (!takesSide(candidate)) choose(candidate);
  for (const candidate of candidates)
    if (takesSide(candidate) && chosen.get(roleOf(candidate))?.ownSide !== true) choose(candidate);
  dropBareName(chosen);
  const decided = [...chosen.values()].sort((a, b) => a.field.order - b.field.order);
  const sides = (['imap', 'smtp'] as const).filter((side) => {
    const has = (base: BaseRole) => chosen.has(`${side}${base[0]?.toUpperCase()}${base.slice(1)}` as FieldRole);
    return has('host') && (has('port') || has('username') || has('security'));
  });
  if (sides.length === 0 || decided.length < 3) return undefined;
  // Both an incoming and an outgoing half ("Incoming" and "Outgoing" tabs) is itself a mail-server form.
  // A type or sending-mode list set to IMAP or SMTP says so too.
  const mail =
    countMatches(read, mailSignal) +
    hostExamples(decided) +
    (sides.length === 2 ? 1 : 0) +
    (chosenByPage.some((side) => side === 'imap' || side === 'smtp') ? 1 : 0);
  // Fields that say SMTP or IMAP themselves are judged on their own: an install page's database
  // section elsewhere on the page does not veto them.
  const sayMail = decided.filter(({ field }) => {
    const text = textOf(field);
    return mailSignal.test(`${saidByField(text)} ${lastWords(text.inferred)}`);
  }).length;
  const lookAlike = sayMail >= 2 ? 0 : countMatches(read, lookAlikeSignal);
  if (mail === 0 || lookAlike >= mail) return undefined;
  // Its server fields saying SMTP do not make a sign-in source a mail account.
  const decidedFields = new Set(decided.map(({ field }) => field));
  if (
    countMatches(
      read.filter(({ field }) => decidedFields.has(field)),
      signInSourceSignal,
    ) > 0
  )
    return undefined;
  const confidence = Math.min(
    0.99,
    0.3 + 0.08 * Math.min(decided.length, 6) + 0.1 * sides.length + (mail >= 2 ? 0.1 : 0) - 0.1 * lookAlike,
  );
  const emailDomain = domainHalf(decided, fields);
  return {
    fields: [...decided, ...otherSenders(chosen.get('email'), candidates)].sort(
      (a, b) => a.field.order - b.field.order,
    ),
    sides,
    confidence: Math.round(confidence * 100) / 100,
    ...(emailDomain ? { emailDomain } : {}),
  };
}

const domainWords = /domain|domaine|dominio/;

/** The field right after an address field that asks for the part after the "@", when the address field has no "@". */
function domainHalf(decided: readonly DecidedField[], fields: readonly CollectedField[]): CollectedField | undefined {
  const email = decided.find(({ base }) => base === 'email')?.field;
  if (!email || email.inputType === 'email' || email.value.includes('@')) return undefined;
  const next = fields.find((field) => field.order > email.order);
  if (next?.kind !== 'text' || !domainWords.test(`${next.name} ${next.id} ${next.labels}`)) return undefined;
  return next.visibility() === 'hidden' ? undefined : next;
}

/**
 * Every other "From" address of the form (system mails and users' mails each have one): iCloud sends
 * only from the account's own addresses (../shared/research/icloud-facts.md, "550 5.7.0 From address
 * is not one of your addresses"). Only fields that say "from" or "sender" themselves, as the chosen one does.
 */
function otherSenders(sender: DecidedField | undefined, candidates: readonly Candidate[]): DecidedField[] {
  const saysSender = ({ text }: { text: FieldText }) =>
    senderSignal.test(text.explicit) || senderSignal.test(text.names);
  if (!sender) return [];
  const chosen = candidates.find(({ field }) => field === sender.field);
  // Within one <form> only: a page of several sending profiles without forms keeps the others' senders.
  if (!chosen || !saysSender(chosen) || chosen.field.form === null) return [];
  return candidates
    .filter(
      (candidate) =>
        candidate.base === 'email' &&
        candidate.field !== sender.field &&
        candidate.field.form === chosen.field.form &&
        // As strong as the chosen one, but for its bonus beside the server fields (nearServerFields).
        candidate.score >= Math.min(sender.score, minimumScore + 3) &&
        saysSender(candidate) &&
        candidate.field.visibility() === 'visible',
    )
    .map(({ field, score }) => ({ field, role: 'email', base: 'email', score, ownSide: false }));
}

/** Help that says a name field names the server entry, not the sender. */
const serverEntryName =
  /\bname (?:of|for) (?:this|the) (?:mail |smtp |e ?mail )?(?:server|connection|account|entry)\b|\bname dieses (?:mail ?)?servers\b|\bnom de ce serveur\b|\bnombre de este servidor\b/;

/** A bare "Name" is the sender's name only right beside the address the form asks for. */
function dropBareName(chosen: Map<FieldRole, DecidedField>): void {
  const name = chosen.get('displayName');
  if (!name) return;
  // Its help says whose name it is: "The name of this server", "Der Name dieses Servers".
  if (serverEntryName.test(normalise(helpText(name.field.element, 200)))) {
    chosen.delete('displayName');
    return;
  }
  if (!rolePatterns.displayName.loose?.test(name.field.labels || name.field.placeholder)) return;
  const email = chosen.get('email');
  const beside = email && Math.abs(email.field.order - name.field.order) === 1 && email.field.inputType === 'email';
  if (!beside) chosen.delete('displayName');
}

/** Example values like "smtp.example.org" are mail signals too. */
function hostExamples(decided: readonly DecidedField[]): number {
  return decided.filter(
    ({ base, field }) => base === 'host' && /^(?:[a-z]+:\/\/)?(?:imap|smtp|mail)\./i.test(field.rawPlaceholder),
  ).length;
}

function better(candidate: DecidedField, held: DecidedField): boolean {
  // A field that says SMTP itself outranks a side-less one that only took the side from its neighbours.
  if (candidate.side && candidate.ownSide !== held.ownSide) return candidate.ownSide;
  const shown = (decided: DecidedField) => (decided.field.visibility() === 'visible' ? 1 : 0);
  if (shown(candidate) !== shown(held)) return shown(candidate) > shown(held);
  if (candidate.score !== held.score) return candidate.score > held.score;
  const loose = ({ base, field }: DecidedField) => rolePatterns[base].loose?.test(field.labels) === true;
  return loose(held) && !loose(candidate);
}

const shown = (candidate: Candidate) => candidate.field.visibility() !== 'hidden';
/** The address and the sender name serve both servers; every other role is an IMAP or an SMTP one. */
const hasSide = (base: Candidate['base']) => base !== 'email' && base !== 'displayName';
const takesSide = ({ base, ownSide }: Candidate) => ownSide !== true && hasSide(base);

function roleOf({ base, side }: Candidate): FieldRole {
  if (base === 'email' || base === 'displayName') return base;
  return `${side}${base[0]?.toUpperCase()}${base.slice(1)}` as FieldRole;
}

/**
 * Fields that do not name their side take it from the field before them ("Port" after
 * "Incoming server"), or from the form when it only has one side. Hidden fields that name a side
 * drop out here; the others when a role is chosen, so only fields that could be filled have their layout read.
 */
function resolveSides(candidates: Candidate[], chosenByPage: readonly SideWord[]): Candidate[] {
  const named = new Set<SideWord>(chosenByPage.filter((side) => side !== 'pop'));
  for (const candidate of candidates)
    if ((candidate.side === 'imap' || candidate.side === 'smtp') && shown(candidate)) named.add(candidate.side);
  const only = named.size === 1 ? [...named][0] : undefined;
  // Fields that name only the outgoing side: the block before them may be the incoming one.
  if (candidates.some(({ side }) => side === 'smtp') && !candidates.some(({ side }) => side === 'imap'))
    incomingBlockBefore(candidates);
  let previous: SideWord;
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (!hasSide(candidate.base)) {
      kept.push(candidate);
      continue;
    }
    const side = candidate.side ?? previous ?? only;
    // A field no side reaches cannot be filled, shown or not.
    if (side === undefined) continue;
    // Only a field that names a side can change the one its followers take, so only its layout is
    // read here; one that takes the side leaves it as it was, shown or not.
    if (candidate.side !== undefined && !shown(candidate)) continue;
    candidate.side = side;
    previous = side;
    kept.push(candidate);
  }
  return kept;
}

/**
 * An account dialog that names only its outgoing server ("Serveur / Port / Chiffrement", then "Serveur
 * sortant (SMTP) / Port / Chiffrement"): the server, port and security before the outgoing ones, none of
 * them naming a side, are the incoming server's.
 */
function incomingBlockBefore(candidates: Candidate[]): void {
  const firstOwn = candidates.findIndex(({ side }) => side === 'smtp');
  if (!candidates.slice(firstOwn).some(({ base, side }) => base === 'host' && side === 'smtp')) return;
  // Exactly one server's fields come before: its server first, then its port and security.
  const block = candidates.slice(0, firstOwn).filter(({ base }) => hasSide(base));
  const bases = block.map(({ base }) => base);
  if (block.length !== 3 || bases[0] !== 'host' || !bases.includes('port') || !bases.includes('security')) return;
  if (block.some(({ side }) => side !== undefined)) return;
  for (const candidate of block) candidate.side = 'imap';
}

/** Groups fields by their form and finds the mail-setup form among them, if there is one. */
const namesHost = (field: CollectedField) => rolePatterns.host.label.test(`${field.labels} ${field.placeholder}`);

/** How a group of fields is shown: on screen (any field is), in a closed tab or panel, or not at all. */
function shownAs(group: readonly CollectedField[]): Visibility {
  if (group.some((field) => field.visibility() === 'visible')) return 'visible';
  return group.some((field) => field.visibility() === 'hidden-panel') ? 'hidden-panel' : 'hidden';
}

export function decideMailSetupForm(fields: readonly CollectedField[]): MailSetupForm | undefined {
  const groups = new Map<Element | null, CollectedField[]>();
  let previous: CollectedField[] | undefined;
  for (const field of fields) {
    const group = groups.get(field.form);
    if (group) group.push(field);
    else groups.set(field.form, [field]);
  }
  // A form without any server field (a page that puts the credentials in a form of their own) belongs
  // with the form before it: one setup, split over two <form>s, shown together.
  let waiting: CollectedField[] = [];
  // Forms that wait for the next one but are not shown as it is: each stays a group of its own.
  const apart: CollectedField[][] = [];
  for (const [form, group] of groups) {
    if (form !== null && !group.some(namesHost)) {
      // A form in a closed tab is another tab's settings, not the open form's credentials.
      if (previous && shownAs(previous) !== shownAs(group)) continue;
      // Before any form with servers, it waits for the next one.
      if (previous) previous.push(...group);
      else waiting.push(...group);
      groups.delete(form);
      continue;
    }
    if (waiting.length > 0 && shownAs(waiting) !== shownAs(group)) {
      apart.push(waiting);
      waiting = [];
    }
    if (waiting.length > 0) {
      group.unshift(...waiting);
      waiting = [];
    }
    previous = group;
  }
  if (waiting.length > 0) groups.set(null, [...(groups.get(null) ?? []), ...waiting]);
  const found = [...groups.values(), ...apart].map(evaluate).filter((form) => form !== undefined);
  if (found.length === 0) return groups.size > 1 ? evaluate(fields) : undefined;
  const [first, ...others] = found.sort((a, b) => b.confidence - a.confidence);
  if (!first) return undefined;
  // IMAP and SMTP in two separate forms on one page: one setup, filled together.
  const partner = others.find((form) => form.sides.every((side) => !first.sides.includes(side)));
  if (!partner) return first;
  return {
    fields: [...first.fields, ...partner.fields].sort((a, b) => a.field.order - b.field.order),
    sides: [...first.sides, ...partner.sides],
    confidence: Math.max(first.confidence, partner.confidence),
  };
}
