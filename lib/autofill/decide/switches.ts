import type { AccountSettings } from '../../icloud/account';
import { smtpServer } from '../../icloud/icloud';
import type { CollectedField, FieldChoice } from '../collect/field';
import { isOn } from '../controls';
import type { FillStep } from '../fill/fill-fields';
import type { Side, SwitchKind } from '../model';
import { decideMailSetupForm, lastWords, type MailSetupForm } from './decide';
import { passwordPatterns } from './roles';
import { securityMeaning } from './security';

/**
 * The switches a page puts in front of its mail fields, and how each must be set for iCloud: a
 * sending mode ("SMTP" instead of sendmail or PHP mail), a server type (IMAP, never POP), SMTP
 * authentication, an "enable outgoing server" or "use the default server" box, a "short login" box, options that lower
 * security ("Ignore TLS", "Allow self-signed"), extra encryption boxes, and a list of other providers' presets
 * (set to "Custom"). Plain DOM, no site names.
 */

export interface PlannedSwitch {
  kind: SwitchKind;
  side?: Side;
  step: FillStep;
}

const yesWord = /(?:^|\s)(?:yes|ja|oui|si|true|on|enabled?|aktiviert|aktiv|active|activ[eo]|activado|habilitado)$/;
const noWord = /(?:^|\s)(?:no|nein|non|false|off|disabled?|deaktiviert|inactive|desactive|desactivado)$/;
const yesValue = /^(?:1|true|yes|on|y)$/i;
const noValue = /^(?:0|false|no|off|n)$/i;

const mailWords = /\be ?mails?\b|\bmailer\b|\bsmtps?\b|\bimaps?\b|courriel|correo|messagerie/;
const modeWords =
  /\bmode\b|method|methode|metodo|mailer|transport|delivery|\bsend|envoi|envoyer|enviar|envio|versand|provider|fournisseur|proveedor|anbieter|agent|\bvia\b|adapter|driver|treiber|pilote|controlador/;
/** What a sending-mode list offers besides SMTP: the local mailer, PHP's mail(), a default, nothing. */
const otherSender =
  /sendmail|\bphp\b|mail function|fonction mail|funcion mail|\blocal\b|qmail|exim|postfix|\bmta\b|\bdefault\b|standard|\bnone\b|never|jamais|nunca|niemals|disabled?|\bpipe\b/;
const oauth = /oauth/;
const authMechanism = /^(?:plain|login|cram(?: ?md5)?|digest ?md5|ntlm|gssapi|kerberos)\b|pop before smtp/;
/** Mechanisms that never send the password itself, and the ones that do (over TLS). */
const challengeMechanism = /^(?:cram(?: ?md5)?|digest ?md5|ntlm|gssapi|kerberos)\b/;
const cleartextMechanisms = /^(?:plain|login)\b/;
const genericSmtp =
  /\b(?:other|custom|generic|own|eigene[nrs]?|andere[nrs]?|autre|propres?|personnalise|otro|propio|generico)\b.{0,30}\bsmtp|\bsmtp\b.{0,20}\b(?:server|serveur|servidor)\b/;
const smtpWord = /\bsmtps?\b/;
/**
 * A provider list already on its own settings ("Custom", "Benutzerdefiniert", "Other provider"): its
 * SMTP choices are other providers' presets, which carry their hosts, never iCloud's.
 */
const ownSettingsChoice =
  /^(?:custom|benutzerdefiniert|personnalise|personalizado|manual|manuell|(?:other|andere[rs]?|autre|otro)(?: (?:provider|anbieter|fournisseur|proveedor))?)$/;
/** A list that says it offers presets ("Preset service", "E-mail provider"). */
const presetWords =
  /preset|provider|\bservice\b|anbieter|\bdienst\b|vorlage|voreinstellung|fournisseur|prestataire|preregl|proveedor|servicio|predefinid|plantilla/;
/** A choice that carries a mail server of its own ("smtp.example.com:465:YES"). */
const mailServerInValue = /\b(?:smtp|imap|pop3?|mail|securesmtp|outgoing)[\w-]*\.[\w.-]+\.[a-z]{2,}\b/i;
/** A choice that names a protocol ("IMAP", "POP3", "SMTP"): a list of those is a mode, never presets. */
const protocolChoice = (choice: FieldChoice) =>
  [imapWord, popWord, smtpWord].some((word) => word.test(choice.text)) ||
  /^(?:imap|pop3?|smtp)s?$/.test(bareValue(choice));
const imapWord = /\bimaps?\b/;
const popWord = /\bpop ?3?s?\b/;

const authWords =
  /\bauth\b|authenti|authentif|autentic|anmeldung erforderlich|login required|requires? (?:a )?login|identification requise/;
// "The password is an authentication token" (jeton, Token) says how the password is sent, not that one is.
const authNotWords = /oauth|method|methode|metodo|type|\btyp\b|mechanism|two factor|2fa|\bxoauth|token|jeton|\bficha\b/;
const noAuthChoice = /^(?:none|no|keine|aucune?|ninguna?|sin|ohne|no authentication|pas d authentification)$/;
/** The password's own words (roles.ts): "Username & password" rather than "Username only". */
const passwordWord = passwordPatterns.label;
const passwordAuthChoice =
  /password|passwort|kennwort|mot de passe|contrasena|\blogin\b|\bplain\b|\bnormal\b|user ?name|benutzername|utilisateur|usuario/;
const insecureWords =
  /ignore (?:the )?(?:tls|ssl|starttls|cert)|ignore tls error|disable (?:tls|ssl|starttls)|(?:tls|ssl|starttls) (?:disabled|off)|allow insecure|insecure|self ?signed|auto ?signe|auto ?firmad|selbst ?signiert|skip (?:server )?(?:certificate|cert|tls|ssl)|(?:do not|dont|don t) verify|\bno verificar|ne pas verifier|nicht pruf|trust all|accept all cert|accept any cert|ignor\w* (?:the |la |le |l )?(?:\w+ )?(?:verif|valid|cert|zertifikat)|skip (?:\w+ )?verif|omitir (?:la )?verificacion/;
/** "STARTTLS for insecure connections": what the upgrade is for, not an option that lowers security. */
const upgradesInsecure = /\b(?:starttls|tls)(?: support)? (?:for|on|over) (?:an? )?insecure connections?\b/g;
const saysInsecure = (text: string) => insecureWords.test(text.replace(upgradesInsecure, ' '));
const notRecommended = /not recommended|nicht empfohlen|non recommande|no recomendado/;
const verifyWords =
  /verify|verification|verifier|verificar|\bvalidat|check (?:the )?(?:server )?certificate|zertifikat pruf|prufe|valider le certificat/;
/** A box that drops the domain from the username ("Use short login": user@example.com → user). */
const shortUsernameWords =
  /short (?:login|user ?name)|(?:login|user ?name) without (?:the )?domain|strip (?:the )?domain|(?:login|benutzername|anmeldename) ohne domain|(?:identifiant|utilisateur) sans (?:le )?domaine|(?:usuario|inicio de sesion) sin (?:el )?dominio/;
/** Words that turn something on, and the nouns of a collector's switch ("IMAP fetching", "Obtención IMAP"). */
const enableWords =
  /\benable|\buse\b|\busar\b|\butiliser|activ|aktivier|verwende|benutze|habilitar|turn on|einschalt|\bfetching\b|\babruf(?:en)?\b|\brecuperation\b|\bobtencion\b|\brecuperacion\b/;
const serverWords =
  /\bsmtp\b|\bimap\b|incoming|outgoing|mail server|own server|custom server|eigenen server|propre serveur|servidor (?:smtp|propio)|serveur smtp/;
const defaultServerWords =
  /\bdefault\b|standard|predetermin|defaut|\bphp\b|sendmail|local mta|built in|integr|eingebaut|interne?\b/;

/** "Use system value", "Use default", "Inherit": a box that keeps the field beside it on a value from elsewhere. */
const inheritedValueWords =
  /\b(?:use|usar|utiliser)\b.{0,20}\b(?:system|default|global|parent|website|predeterminado|defaut|systeme|sistema)|(?:system|standard)wert verwenden|\binherit|vererb|heredad|herite/;

interface Toggle {
  field: CollectedField;
  on: boolean;
  /** The step that sets it, or undefined when it already is. */
  set: (on: boolean, kind: SwitchKind) => FillStep | undefined;
  text: string;
  /** Its "on" says only that: "Enable", "Active", "Aktiviert" (what it enables is said around it). */
  enables: boolean;
}

const bareEnable = /^(?:enabled?|active|activ[eo]|activee?|aktiv(?:iert)?|activ(?:er|ar|ado)|habilita(?:do|r)|on)$/;
/** A caption that names only a state: "Status: (•) Enable ( ) Disable". */
const stateCaption = /^(?:status|state|estado|etat|statut|zustand)$/;

function bareValue(choice: FieldChoice): string {
  return choice.value.replace(/^"(.*)"$/, '$1').toLowerCase();
}

/** What a control says about itself: its labels, the words just before it, its names. */
function ownWords(field: CollectedField): string {
  const after = field.kind === 'checkbox' ? field.textAfter.split(' ').slice(0, 8).join(' ') : '';
  return `${field.labels} ${after} ${lastWords(field.textBefore, 6)} ${field.name} ${field.id} ${field.title}`;
}

function choiceStep(field: CollectedField, choice: FieldChoice, role: string): FillStep {
  // A custom dropdown is a select too (lib/autofill/widget.ts): picked by the option's text.
  if (field.kind === 'select')
    return {
      role,
      element: field.element,
      want: { kind: 'select', value: choice.value, matches: (option) => option === choice.element, text: choice.text },
    };
  return { role, element: choice.element, want: { kind: 'check' } };
}

/** A checkbox, a role=switch, or a list of exactly a yes and a no choice. */
function asToggle(field: CollectedField): Toggle | undefined {
  if (field.kind === 'checkbox') {
    const on = isOn(field.element);
    return {
      field,
      on,
      text: ownWords(field),
      enables: bareEnable.test(field.labels || field.textAfter.split(' ').slice(0, 3).join(' ')),
      set: (want, kind) =>
        want === on ? undefined : { role: kind, element: field.element, want: { kind: want ? 'check' : 'uncheck' } },
    };
  }
  if ((field.kind !== 'select' && field.kind !== 'radio-group') || field.choices.length !== 2) return undefined;
  const yes = field.choices.find(
    (choice) => yesWord.test(choice.text) || (!choice.text && yesValue.test(bareValue(choice))),
  );
  const no = field.choices.find(
    (choice) => noWord.test(choice.text) || (!choice.text && noValue.test(bareValue(choice))),
  );
  // Values tell yes from no only for choices that show no words ("Same as IMAP" / "None" are not yes and no).
  const byValue = (!yes || !no) && field.choices.every((choice) => !choice.text);
  const yesChoice = byValue ? field.choices.find((choice) => yesValue.test(bareValue(choice))) : yes;
  const noChoice = byValue ? field.choices.find((choice) => noValue.test(bareValue(choice))) : no;
  if (!yesChoice || !noChoice || yesChoice === noChoice) return undefined;
  const on = yesChoice.selected;
  return {
    field,
    on,
    text: `${ownWords(field)} ${yesChoice.text.replace(yesWord, '')}`,
    enables: bareEnable.test(yesChoice.text),
    set: (want, kind) =>
      want === on && (on || noChoice.selected) ? undefined : choiceStep(field, want ? yesChoice : noChoice, kind),
  };
}

/**
 * A list of other providers' presets with a choice of one's own (two providers, …, "Custom"):
 * choosing a preset writes its server over ours. Its own-settings choice, when it is one.
 */
function ownSettingsOfPresets(field: CollectedField): FieldChoice | undefined {
  if ((field.kind !== 'select' && field.kind !== 'radio-group') || field.choices.length < 3) return undefined;
  // "PHP mail / SMTP / Other", "POP3 / IMAP / Other" choose how mail is sent or fetched (modeSwitch), not presets.
  if (field.choices.some(protocolChoice)) return undefined;
  const own = field.choices.find((choice) => ownSettingsChoice.test(choice.text));
  const words = `${ownWords(field)} ${field.section.at(-1) ?? ''}`;
  const presets =
    (presetWords.test(words) && mailWords.test(words)) ||
    field.choices.filter((choice) => mailServerInValue.test(choice.value)).length >= 2;
  return presets ? own : undefined;
}

/** iCloud's own preset, where a list has one: by its name (normalised, "iCloud" reads "i cloud") or its server. */
const isIcloudPreset = (choice: FieldChoice) =>
  /\bi ?cloud\b/.test(choice.text) || choice.value.includes(smtpServer.host);

/** A preset list that offers no iCloud preset is set to its own-settings choice ("Custom"), before the fields are filled. */
function providerPreset(field: CollectedField): PlannedSwitch | undefined {
  const own = ownSettingsOfPresets(field);
  if (!own || own.selected || field.choices.some(isIcloudPreset)) return undefined;
  return { kind: 'provider-preset', step: choiceStep(field, own, 'provider-preset') };
}

/** A list that chooses how mail is sent (SMTP or something else) or how it is fetched (IMAP or POP). */
function modeSwitch(field: CollectedField, wantImplicitImap: boolean): PlannedSwitch | undefined {
  if ((field.kind !== 'select' && field.kind !== 'radio-group') || field.choices.length < 2) return undefined;
  if (ownSettingsOfPresets(field)) return undefined;
  const says = (choice: FieldChoice, pattern: RegExp) => pattern.test(`${choice.text} ${bareValue(choice)}`);
  const imap = field.choices.filter((choice) => says(choice, imapWord));
  if (imap.length > 0 && field.choices.some((choice) => says(choice, popWord) && !says(choice, imapWord))) {
    const secure = imap.find((choice) => /imaps|ssl|tls/.test(`${choice.text} ${bareValue(choice)}`));
    const plain = imap.find((choice) => choice !== secure);
    const pick = (wantImplicitImap ? secure : plain) ?? imap[0];
    if (!pick || pick.selected) return undefined;
    return { kind: 'server-type', side: 'imap', step: choiceStep(field, pick, 'server-type') };
  }
  // A list of securities ("None / SMTPS / STARTTLS") is the security, filled with the port, not a sending mode.
  if (field.choices.every((choice) => securityMeaning(choice.text) !== 'unknown')) return undefined;
  // A list of authentication mechanisms ("PLAIN", "LOGIN", "POP-BEFORE-SMTP") is not a sending mode.
  if (field.choices.some((choice) => authMechanism.test(`${choice.text} ${bareValue(choice)}`))) return undefined;
  if (field.choices.some((choice) => choice.selected && ownSettingsChoice.test(choice.text))) return undefined;
  const smtp = field.choices.filter((choice) => says(choice, smtpWord) && !says(choice, oauth));
  const others = field.choices.filter((choice) => !says(choice, smtpWord));
  if (smtp.length === 0 || others.length === 0) return undefined;
  const words = ownWords(field);
  const aboutSending =
    mailWords.test(words) ||
    modeWords.test(words) ||
    others.some((choice) => otherSender.test(`${choice.text} ${bareValue(choice)}`));
  if (!aboutSending) return undefined;
  if (smtp.some((choice) => choice.selected)) {
    // Already SMTP: only a list that mixes mode and security ("SMTP+SSL") may still need a change.
    if (smtp.length === 1) return undefined;
  }
  // A list that mixes mode and security ("SMTP+TLS") first by security; then "Other SMTP",
  // "SMTP server" or plain "smtp" before a vendor's "Amazon SES SMTP".
  const meaning = (choice: FieldChoice) => securityMeaning(choice.text);
  const generic = smtp.filter(
    (choice) => bareValue(choice) === 'smtp' || genericSmtp.test(choice.text) || /^smtps?$/.test(choice.text),
  );
  const pick =
    smtp.find((choice) => meaning(choice) === 'starttls') ??
    smtp.find((choice) => meaning(choice) === 'tls' && smtp.some((other) => meaning(other) === 'implicit-tls')) ??
    generic.find((choice) => meaning(choice) === 'unknown') ??
    generic[0] ??
    smtp.find((choice) => meaning(choice) === 'unknown') ??
    smtp[0];
  if (!pick || pick.selected) return undefined;
  return { kind: 'sending-method', side: 'smtp', step: choiceStep(field, pick, 'sending-method') };
}

/**
 * A list of SASL mechanisms set to a challenge-response one (CRAM-MD5, NTLM…) while a cleartext one
 * is offered: iCloud's sign-in is a "normal"/cleartext password over TLS (../shared/research/icloud-facts.md),
 * the app-specific password, for sending as for reading.
 */
function cleartextMechanism(field: CollectedField, selected: FieldChoice | undefined): PlannedSwitch | undefined {
  const said = (choice: FieldChoice) => `${choice.text} ${bareValue(choice)}`;
  if (!selected || !challengeMechanism.test(said(selected))) return undefined;
  if (!field.choices.every((choice) => authMechanism.test(said(choice)) || noAuthChoice.test(choice.text)))
    return undefined;
  const pick = field.choices.find((choice) => cleartextMechanisms.test(said(choice)));
  const side = sideOfText(ownWords(field)) ?? 'smtp';
  return pick ? { kind: 'authentication', side, step: choiceStep(field, pick, 'authentication') } : undefined;
}

/** A list of authentication kinds left on "None" while a "Username and password" choice exists. */
function authenticationKind(field: CollectedField): PlannedSwitch | undefined {
  if ((field.kind !== 'select' && field.kind !== 'radio-group') || field.choices.length < 2) return undefined;
  const mechanism = cleartextMechanism(
    field,
    field.choices.find((choice) => choice.selected),
  );
  if (mechanism) return mechanism;
  if (!authWords.test(ownWords(field)) || /oauth/.test(ownWords(field))) return undefined;
  const selected = field.choices.find((choice) => choice.selected);
  if (!selected || !noAuthChoice.test(selected.text)) return undefined;
  // "Username & password" over "Username only": iCloud signs in with both.
  const offered = field.choices.filter((choice) => passwordAuthChoice.test(choice.text) && !oauth.test(choice.text));
  const pick = offered.find((choice) => passwordWord.test(choice.text)) ?? offered[0];
  return pick ? { kind: 'authentication', side: 'smtp', step: choiceStep(field, pick, 'authentication') } : undefined;
}

/**
 * A box that names POP itself, not IMAP, by its caption, the words right before it or its name: iCloud
 * has no POP, so "POP3 fetching" stays off (a heading "Incoming (POP/IMAP)" above "Enable incoming" does not count).
 */
function namesPop(field: CollectedField): boolean {
  const pop = (text: string) => popWord.test(text) && !imapWord.test(text);
  return pop(`${field.labels} ${lastWords(field.textBefore, 2)}`) || pop(`${field.name} ${field.id}`);
}

function sideOfText(text: string): Side | undefined {
  const imap = /\bimap|incoming|eingang|entrant|entrante/.test(text);
  const smtp = /\bsmtp|outgoing|ausgang|sortant|saliente/.test(text);
  return imap === smtp ? undefined : imap ? 'imap' : 'smtp';
}

/** A toggle's kind and wanted state, when it is one of the switches in front of the mail fields. */
function toggleSwitch(
  toggle: Toggle,
  formSides: readonly Side[],
  settings: AccountSettings,
): PlannedSwitch | undefined {
  const { text } = toggle;
  const side = sideOfText(text) ?? (formSides.length === 1 ? formSides[0] : undefined);
  const planned = (kind: SwitchKind, on: boolean, onSide = side): PlannedSwitch | undefined => {
    const step = toggle.set(on, kind);
    return step ? { kind, step, ...(onSide ? { side: onSide } : {}) } : undefined;
  };
  // "Use system value" says where a value comes from, not what it is: opened only beside a locked field (unlockSwitches).
  if (inheritedValueWords.test(text)) return undefined;
  if (saysInsecure(text)) return planned('insecure', false);
  if (
    verifyWords.test(text) &&
    /certif|peer|\bssl\b|\btls\b|zertifikat/.test(text) &&
    !/host ?name|user ?name/.test(text)
  ) {
    // "Ignore certificate errors: ignore TLS certificate validation errors (not recommended)" read from its
    // last words only says "validation": when the whole text before it says the opposite, it is left alone.
    if (saysInsecure(toggle.field.textBefore) || notRecommended.test(toggle.field.textBefore)) return undefined;
    return toggle.on ? undefined : planned('verify-certificate', true);
  }
  if (shortUsernameWords.test(text))
    return side ? planned('short-username', !settings[side].username.includes('@')) : undefined;
  if (authWords.test(text) && !authNotWords.test(text)) return planned('authentication', true);
  if (defaultServerWords.test(text) && /server|mailer|serveur|servidor|mail|mta/.test(text) && !smtpWord.test(text))
    return /\buse\b|\busar\b|utiliser|verwende|benutze/.test(text) ? planned('default-server', false) : undefined;
  if (
    enableWords.test(text) &&
    serverWords.test(text) &&
    securityMeaning(text) === 'unknown' &&
    !namesPop(toggle.field)
  )
    return planned('enable-server', true);
  // "Status: Enable / Disable" under a heading that names the server: "Outgoing (SMTP)", "Incoming mail".
  const { field } = toggle;
  const heading = field.section.at(-1) ?? '';
  if (
    toggle.enables &&
    stateCaption.test(field.rowHeader || field.labels || lastWords(field.textBefore, 1)) &&
    serverWords.test(heading) &&
    mailWords.test(heading) &&
    securityMeaning(heading) === 'unknown'
  )
    return planned('enable-server', true, sideOfText(heading) ?? side);
  return undefined;
}

/**
 * Boxes that each name one kind of encryption ("Use SSL", "Use TLS", "STARTTLS"): each on or off
 * for the side's security. Plain "TLS" beside an SSL box means STARTTLS, beside a STARTTLS box SSL.
 */
function securityBoxes(toggles: readonly Toggle[], form: MailSetupForm, settings: AccountSettings): PlannedSwitch[] {
  const decided = new Set<Element>(form.fields.map(({ field }) => field.element));
  const bySide = new Map<Side, { toggle: Toggle; meaning: ReturnType<typeof securityMeaning> }[]>();
  for (const toggle of toggles) {
    const meaning = securityMeaning(`${toggle.field.labels} ${toggle.field.textAfter} ${toggle.field.name}`);
    if (meaning !== 'starttls' && meaning !== 'implicit-tls' && meaning !== 'tls') continue;
    if (saysInsecure(toggle.text) || verifyWords.test(toggle.text)) continue;
    const side = sideOfText(toggle.text) ?? nearestSide(toggle.field, form);
    if (!side) continue;
    const list = bySide.get(side) ?? [];
    list.push({ toggle, meaning });
    bySide.set(side, list);
  }
  const planned: PlannedSwitch[] = [];
  for (const [side, boxes] of bySide) {
    if (boxes.length < 2 && boxes.every(({ toggle }) => decided.has(toggle.field.element))) continue;
    const wanted = settings[side].security;
    const has = (meaning: string) => boxes.some((box) => box.meaning === meaning);
    for (const { toggle, meaning } of boxes) {
      const kind =
        meaning === 'tls' ? (has('implicit-tls') ? 'starttls' : has('starttls') ? 'implicit-tls' : 'tls') : meaning;
      const on = kind === 'tls' || kind === wanted;
      const step = toggle.set(on, 'security');
      if (step) planned.push({ kind: 'security', side, step });
    }
  }
  return planned;
}

function nearestSide(field: CollectedField, form: MailSetupForm): Side | undefined {
  if (form.sides.length === 1) return form.sides[0];
  let side: Side | undefined;
  for (const decided of form.fields) if (decided.field.order < field.order && decided.side) side = decided.side;
  return side;
}

/** The fields that sit with the mail form: the same form element, or no form when the mail fields have none. */
function withForm(fields: readonly CollectedField[], form: MailSetupForm | undefined): CollectedField[] {
  if (!form) return [];
  const forms = new Set(form.fields.map(({ field }) => field.form));
  return fields.filter((field) => forms.has(field.form));
}

const serverBases: readonly string[] = ['host', 'port', 'username', 'email'];

/** Closed fields read as open: the form the page would show once they open. */
function openedForm(shown: readonly CollectedField[], closed: readonly CollectedField[]) {
  const asOpen = closed.map((field): CollectedField => ({ ...field, visibility: () => 'visible' }));
  return decideMailSetupForm([...shown, ...asOpen].sort((a, b) => a.order - b.order));
}

/**
 * The switches that open mail fields the page keeps closed: a "Use system value" box beside a
 * disabled field, or the one "Enable …" / "Use SMTP server: Yes" switch before them all. Only when
 * the closed fields, read as if open, are a mail form.
 */
function unlockSwitches(
  shown: readonly CollectedField[],
  closed: readonly CollectedField[],
  form: MailSetupForm | undefined,
): PlannedSwitch[] {
  const lockedElements = new Set<Element>(closed.map(({ element }) => element));
  const opened = openedForm(shown, closed);
  const lockedMail = (opened?.fields ?? []).filter(
    ({ field, base }) => lockedElements.has(field.element) && serverBases.includes(base),
  );
  const first = lockedMail[0];
  // A closed server of a side the page does not show yet: a lone hidden address may be a honeypot.
  const opensServer = lockedMail.some(
    ({ base, side }) => base === 'host' && side !== undefined && !form?.sides.includes(side),
  );
  if (!opened || !first || !opensServer) return [];
  const toggles = withForm(shown, opened).flatMap((field) => asToggle(field) ?? []);
  const planned: PlannedSwitch[] = [];
  const inheritBox = (order: number) =>
    toggles.find((toggle) => toggle.on && toggle.field.order === order && inheritedValueWords.test(toggle.text));
  for (const { field } of lockedMail) {
    // Its own box stands right after it, or right before it when the page puts boxes first.
    const beside = inheritBox(field.order + 1) ?? inheritBox(field.order - 1);
    const step = beside?.set(false, 'default-server');
    if (step && !planned.some((other) => other.step.element === step.element))
      planned.push({ kind: 'default-server', step });
  }
  if (planned.length > 0) return planned;
  // Only the switch right before them (the closed server, else the first closed field), and only while
  // it is off: never an earlier one in a later round.
  const host = lockedMail.find(
    ({ base, side }) => base === 'host' && side !== undefined && !form?.sides.includes(side),
  );
  const opener = (before: CollectedField) => {
    const master = toggles.filter(({ field }) => field.order < before.order).at(-1);
    const opens =
      master !== undefined &&
      !master.on &&
      enableWords.test(master.text) &&
      (mailWords.test(master.text) || serverWords.test(master.text)) &&
      securityMeaning(master.text) === 'unknown' &&
      !saysInsecure(master.text) &&
      !namesPop(master.field);
    return opens ? master : undefined;
  };
  const master = (host && opener(host.field)) ?? opener(first.field);
  const step = master?.set(true, 'enable-server');
  const side = opened.sides.length === 1 ? opened.sides[0] : undefined;
  return step ? [{ kind: 'enable-server', step, ...(side ? { side } : {}) }] : [];
}

/** The fields to type in first, and the form the page would show once they open the rest. */
export interface TypeFirst {
  /** The form with its closed fields read as open; no split address (its domain half may be closed). */
  form: MailSetupForm;
  /** The shown address and server fields of that form: the ones to type in first. */
  first: ReadonlySet<Element>;
}

/**
 * A page that opens its server fields only once the fields before them hold a value (the address
 * typed in unfolds the server and login; the server typed in unfolds port, security and username),
 * with no switch in front of them: the shown address and server fields to fill first, when the
 * closed fields read as open make a mail form with server fields the page does not show yet, after
 * them and in the same form (a hidden dialog elsewhere on a sign-up page opens nothing by typing).
 * Only while the page shows no mail form yet: beside one, hidden server fields wait for a switch.
 */
export function fieldsToTypeFirst(
  fields: readonly CollectedField[],
  form: MailSetupForm | undefined,
  locked: readonly CollectedField[] = [],
): TypeFirst | undefined {
  if (form) return undefined;
  const shown = fields.filter((field) => field.visibility() === 'visible' && !field.secret);
  const closed = [...locked, ...fields.filter((field) => !field.secret && field.visibility() === 'hidden')];
  if (closed.length === 0) return undefined;
  const opened = openedForm(shown, closed);
  if (!opened) return undefined;
  const closedElements = new Set<Element>(closed.map(({ element }) => element));
  const first = opened.fields.filter(
    ({ field, base }) => !closedElements.has(field.element) && (base === 'email' || base === 'host'),
  );
  const earliest = first[0]?.field;
  const opens =
    earliest !== undefined &&
    opened.fields.some(
      ({ field, base, side }) =>
        closedElements.has(field.element) &&
        side !== undefined &&
        serverBases.includes(base) &&
        field.form === earliest.form &&
        field.order > earliest.order,
    );
  if (!opens) return undefined;
  const { emailDomain: _closedHalf, ...whole } = opened;
  return {
    form: whole,
    first: new Set(first.filter(({ field }) => field.form === earliest.form).map(({ field }) => field.element)),
  };
}

/**
 * A bare "Enabled" / "Activé" box right before the form's first field, with nothing of its own to say
 * what it enables: the switch of the service whose settings follow. Turned on, never off.
 */
function leadingEnable(toggles: readonly Toggle[], form: MailSetupForm): PlannedSwitch | undefined {
  const first = [...form.fields].sort((a, b) => a.field.order - b.field.order)[0]?.field;
  if (!first) return undefined;
  const toggle = toggles.find(({ field }) => field.order === first.order - 1);
  // Under the same heading as the fields it enables: not the last box of the section before them.
  const heading = first.section.at(-1);
  if (!toggle?.enables || toggle.on || heading === undefined || toggle.field.section.at(-1) !== heading)
    return undefined;
  const step = toggle.set(true, 'enable-server');
  const side = form.sides.length === 1 ? form.sides[0] : undefined;
  return step ? { kind: 'enable-server', step, ...(side ? { side } : {}) } : undefined;
}

/**
 * The switches to set before filling: sending and server-type lists anywhere on the page (they
 * say themselves that they are about mail); toggles only beside a mail form already found.
 * Only what a person can see; only what is not already as wanted.
 */
export function planSwitches(
  fields: readonly CollectedField[],
  form: MailSetupForm | undefined,
  settings: AccountSettings,
  locked: readonly CollectedField[] = [],
): PlannedSwitch[] {
  const shown = fields.filter((field) => field.visibility() === 'visible' && !field.secret);
  const planned: PlannedSwitch[] = [];
  const implicitImap = settings.imap.security === 'implicit-tls';
  for (const field of shown) {
    const mode = modeSwitch(field, implicitImap);
    if (mode) planned.push(mode);
  }
  // Disabled, or hidden until a switch shows them ("Use SMTP server: Yes"); never a password, never read.
  const closed = [...locked, ...fields.filter((field) => !field.secret && field.visibility() === 'hidden')];
  if (closed.length > 0)
    for (const unlock of unlockSwitches(shown, closed, form))
      if (!planned.some(({ step }) => step.element === unlock.step.element)) planned.push(unlock);
  if (!form) return planned;
  const taken = new Set<Element>(planned.map(({ step }) => step.element));
  const nearby = withForm(shown, form).filter((field) => !taken.has(field.element));
  const decided = new Set<Element>(form.fields.map(({ field }) => field.element));
  const toggles = nearby.flatMap((field) => asToggle(field) ?? []);
  for (const field of nearby) {
    // Only beside a mail form: a list of presets elsewhere on the page is not about this account.
    const kind = authenticationKind(field) ?? providerPreset(field);
    if (kind) planned.push(kind);
  }
  for (const toggle of toggles) {
    if (decided.has(toggle.field.element)) continue;
    const planned1 = toggleSwitch(toggle, form.sides, settings);
    if (planned1) planned.push(planned1);
  }
  const leading = leadingEnable(toggles, form);
  if (leading && !planned.some(({ step }) => step.element === leading.step.element)) planned.push(leading);
  const switched = new Set<Element>(planned.map(({ step }) => step.element));
  planned.push(
    ...securityBoxes(
      toggles.filter((toggle) => !switched.has(toggle.field.element)),
      form,
      settings,
    ),
  );
  return planned;
}
