/**
 * Random forms for fuzzing the mail-setup detector and filler: mail-server forms in four
 * languages, look-alikes with no mail words (login, LDAP, database, FTP, proxy, checkout,
 * contact), mixes of both, hostile values and huge pages. One seed always gives the same form.
 */

/** mulberry32: a tiny seeded PRNG, so a failing form comes back from its seed alone. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

export type LookAlikeKind = 'login' | 'ldap' | 'database' | 'ftp' | 'proxy' | 'checkout' | 'contact';
const lookAlikeKinds: readonly LookAlikeKind[] = ['login', 'ldap', 'database', 'ftp', 'proxy', 'checkout', 'contact'];

/** 'mail': mail-server words only; 'look-alike': none at all; 'mixed': both, with hostile noise. */
export type Flavour = 'mail' | 'look-alike' | 'mixed';

interface Choice {
  text: string;
  value: string;
}

/** One field as the generator thinks of it; `passwordLabel` marks a field a person would read as a password. */
interface FieldPart {
  control: 'text' | 'email' | 'number' | 'password' | 'select' | 'radios' | 'aria-radios' | 'checkbox' | 'textarea';
  label: string;
  name: string;
  value?: string;
  placeholder?: string;
  autocomplete?: string;
  choices?: Choice[];
  passwordLabel?: boolean;
}

const securityChoices: Choice[][] = [
  [
    { text: 'None', value: 'none' },
    { text: 'SSL/TLS', value: 'ssl' },
    { text: 'STARTTLS', value: 'starttls' },
  ],
  [
    { text: 'Keine', value: '0' },
    { text: 'SSL', value: '1' },
    { text: 'TLS', value: '2' },
  ],
  [
    { text: 'Aucun', value: '' },
    { text: 'Chiffrement SSL', value: 'ssl' },
    { text: 'STARTTLS', value: 'tls' },
  ],
  [
    { text: 'Sin cifrar', value: 'plain' },
    { text: 'Cifrado', value: 'secure' },
  ],
];

const mailLabels: Record<string, readonly string[]> = {
  email: ['Email address', 'E-Mail-Adresse', 'Adresse e-mail', 'Correo electrónico', 'Your email', 'From address'],
  displayName: ['Your name', 'Display name', 'Anzeigename', 'Nom complet', 'Nombre para mostrar', 'Sender name'],
  imapHost: ['IMAP server', 'Incoming mail server', 'Posteingangsserver', 'Serveur entrant', 'Servidor entrante'],
  imapPort: ['IMAP port', 'Port', 'Incoming port', 'Puerto'],
  imapSecurity: ['Security', 'Verschlüsselung', 'Sécurité', 'Seguridad', 'Use SSL'],
  imapUser: ['IMAP username', 'Benutzername', 'Identifiant', 'Usuario', 'User name'],
  imapPassword: ['Password', 'Passwort', 'Mot de passe', 'Contraseña', 'App-specific password'],
  smtpHost: ['SMTP server', 'Outgoing mail server', 'Postausgangsserver', 'Serveur sortant', 'Servidor saliente'],
  smtpPort: ['SMTP port', 'Port', 'Outgoing port', 'Puerto'],
  smtpSecurity: ['Connection security', 'Sicherheit', 'Chiffrement', 'Cifrado', 'Use TLS'],
  smtpUser: ['SMTP username', 'Login', 'Nom d’utilisateur', 'Nombre de usuario', 'Username'],
  smtpPassword: ['SMTP password', 'Kennwort', 'Mot de passe SMTP', 'Contraseña SMTP', 'Password'],
};

const mailNames: Record<string, readonly string[]> = {
  email: ['email', 'mail', 'from_addr', 'address'],
  displayName: ['name', 'fullname', 'display_name', 'realname'],
  imapHost: ['imap_host', 'incoming_server', 'in_host', 'imapServer', 'host'],
  imapPort: ['imap_port', 'in_port', 'port'],
  imapSecurity: ['imap_ssl', 'in_secure', 'encryption'],
  imapUser: ['imap_user', 'in_login', 'username'],
  imapPassword: ['imap_pass', 'in_password', 'password'],
  smtpHost: ['smtp_host', 'outgoing_server', 'out_host', 'smtpServer', 'cfss'],
  smtpPort: ['smtp_port', 'out_port', 'cfsp'],
  smtpSecurity: ['smtp_ssl', 'out_secure', 'tls'],
  smtpUser: ['smtp_user', 'out_login', 'cfsl'],
  smtpPassword: ['smtp_pass', 'out_password', 'cfsw'],
};

const mailHeadings = [
  'Incoming mail server (IMAP)',
  'Outgoing mail server (SMTP)',
  'Mail account',
  'Postfach einrichten',
  'Compte de messagerie',
  'Cuenta de correo',
];

function mailPart(random: Random, role: string): FieldPart {
  const label = random.pick(mailLabels[role] ?? ['']);
  const name = random.pick(mailNames[role] ?? ['']);
  if (role.endsWith('Password'))
    return { control: random.chance(0.8) ? 'password' : 'text', label, name, passwordLabel: true };
  if (role.endsWith('Security')) {
    if (label.startsWith('Use')) return { control: 'checkbox', label, name };
    return {
      control: random.pick(['select', 'radios', 'aria-radios'] as const),
      label,
      name,
      choices: random.pick(securityChoices),
    };
  }
  if (role.endsWith('Port')) {
    const value = random.pick(['', '143', '993', '25', '465', '587', '2525']);
    if (random.chance(0.2))
      return {
        control: 'select',
        label,
        name,
        choices: ['993', '143', '587', '465'].map((port) => ({ text: port, value: port })),
      };
    return { control: random.chance(0.5) ? 'number' : 'text', label, name, value };
  }
  const placeholder = role.endsWith('Host')
    ? random.pick(['', 'imap.example.com', 'smtp.example.org', 'ssl://mail.example.net:993', 'mail.example.com'])
    : '';
  return { control: role === 'email' && random.chance(0.5) ? 'email' : 'text', label, name, placeholder };
}

function mailParts(random: Random): FieldPart[] {
  const roles = Object.keys(mailLabels).filter(() => random.chance(0.75));
  return roles.map((role) => mailPart(random, role));
}

/** Parts of forms that ask for a server, a login or a person, and never for mail servers. */
const lookAlikeParts: Record<LookAlikeKind, (random: Random) => FieldPart[]> = {
  login: (random) => [
    {
      control: random.pick(['email', 'text'] as const),
      label: random.pick(['Email', 'Username or email', 'E-Mail']),
      name: 'login',
      autocomplete: 'username',
    },
    {
      control: 'password',
      label: random.pick(['Password', 'Passwort', 'Mot de passe']),
      name: 'password',
      passwordLabel: true,
    },
    { control: 'checkbox', label: 'Remember me', name: 'remember' },
  ],
  ldap: (random) => [
    {
      control: 'text',
      label: random.pick(['LDAP server', 'Directory host', 'LDAP-Server']),
      name: 'ldap_host',
      placeholder: 'ldap.example.org',
    },
    { control: 'number', label: 'Port', name: 'ldap_port', value: random.pick(['389', '636']) },
    { control: 'text', label: 'Bind DN', name: 'bind_dn' },
    { control: 'password', label: 'Bind password', name: 'bind_pw', passwordLabel: true },
    { control: 'text', label: 'Base DN', name: 'base_dn' },
    { control: 'select', label: 'Encryption', name: 'ldap_tls', choices: securityChoices[0] ?? [] },
  ],
  database: (random) => [
    { control: 'text', label: 'Host', name: 'db_host', value: 'localhost' },
    { control: 'text', label: 'Port', name: 'db_port', value: random.pick(['5432', '3306']) },
    { control: 'text', label: random.pick(['Database', 'Datenbank', 'Base de données']), name: 'database' },
    { control: 'text', label: 'User', name: 'db_user' },
    { control: 'password', label: 'Password', name: 'db_password', passwordLabel: true },
    {
      control: 'select',
      label: 'SSL mode',
      name: 'sslmode',
      choices: [
        { text: 'disable', value: 'disable' },
        { text: 'require', value: 'require' },
      ],
    },
  ],
  ftp: (random) => [
    { control: 'text', label: random.pick(['FTP server', 'SFTP host']), name: 'ftp_host' },
    { control: 'text', label: 'Port', name: 'ftp_port', value: random.pick(['21', '22', '990']) },
    { control: 'text', label: 'Username', name: 'ftp_user' },
    { control: random.pick(['password', 'text'] as const), label: 'Password', name: 'ftp_secret', passwordLabel: true },
    {
      control: 'radios',
      label: 'Protocol',
      name: 'ftp_proto',
      choices: [
        { text: 'FTP', value: 'ftp' },
        { text: 'FTPS (TLS)', value: 'ftps' },
        { text: 'SFTP', value: 'sftp' },
      ],
    },
  ],
  proxy: (random) => [
    { control: 'text', label: random.pick(['HTTP proxy', 'Proxy host', 'SOCKS host']), name: 'proxy_host' },
    { control: 'text', label: 'Port', name: 'proxy_port', value: random.pick(['8080', '1080', '3128']) },
    { control: 'text', label: 'Username', name: 'proxy_user' },
    { control: 'password', label: 'Password', name: 'proxy_pass', passwordLabel: true },
    { control: 'checkbox', label: 'Use TLS to the proxy', name: 'proxy_tls' },
  ],
  checkout: (random) => [
    { control: 'text', label: 'Full name', name: 'name', autocomplete: 'name' },
    { control: 'email', label: 'Email', name: 'email', autocomplete: 'email' },
    { control: 'text', label: random.pick(['Card number', 'Kartennummer', 'Numéro de carte']), name: 'cc_number' },
    { control: 'text', label: 'CVC', name: 'cvc' },
    { control: 'text', label: 'Billing address', name: 'billing_street' },
  ],
  contact: (random) => [
    { control: 'text', label: random.pick(['Your name', 'Name', 'Nombre']), name: 'name' },
    { control: 'email', label: random.pick(['Your email', 'E-Mail', 'Courriel']), name: 'email' },
    { control: 'text', label: 'Subject', name: 'subject' },
    { control: 'textarea', label: 'Message', name: 'message' },
  ],
};

const lookAlikeHeadings: Record<LookAlikeKind, readonly string[]> = {
  login: ['Sign in', 'Anmelden', 'Connexion'],
  ldap: ['LDAP directory', 'Active Directory'],
  database: ['Database connection', 'New connection'],
  ftp: ['FTP site', 'SFTP connection'],
  proxy: ['Proxy settings', 'Network proxy'],
  checkout: ['Checkout', 'Billing details'],
  contact: ['Contact us', 'Kontakt'],
};

/** Labels and values that try to break a parser, a regular expression or a layout; mail words only when allowed. */
function hostileText(random: Random, mailWords: boolean): string {
  const word = (mail: string, other: string) => (mailWords ? mail : other);
  return random.pick([
    () => 'x'.repeat(100_000),
    () => `${word('IMAP SMTP', 'Proxy')} host port `.repeat(5_000),
    () => `<b>${word('SMTP server', 'Host')}</b><script>alert(1)</script>`,
    () => `"><img src=x onerror=alert(1)> ${word('IMAP', 'Port')}`,
    () => '📧 Server 🚀 ✉️ 🔒',
    () => 'خادم البريد الوارد',
    () => '\u202Erevres PAMI\u202C',
    () => 'שרת דואר יוצא',
    () => 'S\u200BM\u200BT\u200BP',
    () => '__proto__',
    () => 'constructor',
    () => 'a"]\\\' [name=',
    () => '\u0000\uFFFF\uD800',
    () => '9'.repeat(400),
    () => 'ＳＭＴＰ ｓｅｒｖｅｒ',
  ])();
}

/** Fields with no meaning for anyone, for the noise around real parts. */
function noisePart(random: Random, hostile: boolean, mailWords: boolean): FieldPart {
  const text = () => (hostile && random.chance(0.5) ? hostileText(random, mailWords) : random.pick(noiseWords));
  const control = random.pick(['text', 'text', 'number', 'select', 'checkbox', 'textarea', 'radios'] as const);
  const choices =
    control === 'select' || control === 'radios'
      ? Array.from({ length: random.int(0, 4) }, (_, index) => ({ text: text(), value: String(index) }))
      : undefined;
  const part: FieldPart = { control, label: text(), name: text().slice(0, 200) };
  if (random.chance(0.3)) part.value = text();
  if (random.chance(0.3)) part.placeholder = text();
  if (choices) part.choices = choices;
  return part;
}

const noiseWords = ['Phone', 'Company', 'Notes', 'Telefon', 'Société', 'Ciudad', 'Zip', 'Color', 'Website', 'Age', ''];

interface Builder {
  document: Document;
  random: Random;
  ids: number;
  hostile: boolean;
  /** False for look-alike forms: no word anywhere may say mail. */
  mailWords: boolean;
  controls: HTMLElement[];
  passwords: HTMLElement[];
  closedRoots: WeakMap<Element, ShadowRoot>;
}

function setAttributes(element: Element, attributes: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
}

/** A label element, sometimes carrying markup and a script of its own. */
function labelElement(builder: Builder, text: string): HTMLLabelElement {
  const label = builder.document.createElement('label');
  if (builder.hostile && builder.random.chance(0.15)) {
    const bold = builder.document.createElement('b');
    bold.textContent = text;
    const script = builder.document.createElement('script');
    script.type = 'text/fuzz';
    script.textContent = 'password smtp imap host';
    label.append(bold, script);
  } else label.textContent = text;
  return label;
}

function choiceElements(builder: Builder, part: FieldPart, id: string): HTMLElement[] {
  const { document, random } = builder;
  const choices = part.choices ?? [];
  if (part.control === 'aria-radios') {
    const group = document.createElement('div');
    setAttributes(group, { role: 'radiogroup', 'aria-label': part.label });
    for (const choice of choices) {
      const radio = document.createElement('div');
      setAttributes(radio, { role: 'radio', 'aria-checked': 'false', 'data-value': choice.value, tabindex: '0' });
      radio.textContent = choice.text;
      radio.addEventListener('click', () => {
        for (const other of group.children) other.setAttribute('aria-checked', String(other === radio));
      });
      group.append(radio);
      builder.controls.push(radio);
    }
    return [group];
  }
  // happy-dom builds an unescaped selector from a radio's name when it is checked: keep names it can parse.
  const name = random.chance(0.9) ? part.name.replace(/["\\\]]/g, '') : '';
  return choices.map((choice, index) => {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    setAttributes(radio, { type: 'radio', name, value: choice.value, id: `${id}-${index}` });
    if (index === 0 && random.chance(0.5)) radio.checked = true;
    label.append(radio, ` ${choice.text}`);
    builder.controls.push(radio);
    return label;
  });
}

function control(builder: Builder, part: FieldPart, id: string): HTMLElement {
  const { document } = builder;
  if (part.control === 'select') {
    const select = document.createElement('select');
    for (const choice of part.choices ?? []) {
      const option = document.createElement('option');
      option.text = choice.text;
      option.value = choice.value;
      select.append(option);
    }
    return select;
  }
  if (part.control === 'textarea') return document.createElement('textarea');
  const input = document.createElement('input');
  input.type = part.control === 'text' ? builder.random.pick(['text', '', 'TEXT', 'search']) : part.control;
  if (part.value !== undefined) input.value = part.value;
  setAttributes(input, { placeholder: part.placeholder, autocomplete: part.autocomplete, id });
  return input;
}

/** One field with its label, attached in one of the ways pages label fields. */
function fieldElement(builder: Builder, part: FieldPart): HTMLElement {
  const { document, random } = builder;
  const id = random.chance(0.1) ? 'dup' : `f${builder.ids++}`;
  if (part.control === 'radios' || part.control === 'aria-radios') {
    const box = document.createElement(random.pick(['div', 'fieldset']));
    const legend = document.createElement(box.localName === 'fieldset' ? 'legend' : 'span');
    legend.textContent = part.label;
    box.append(legend, ...choiceElements(builder, part, id));
    return box;
  }
  const element = control(builder, part, id);
  builder.controls.push(element);
  if (part.passwordLabel) builder.passwords.push(element);
  if (part.name) element.setAttribute('name', part.name);
  if (random.chance(0.2))
    element.setAttribute(
      `data-${random.pick(['role', 'field', 'x'])}`,
      random.pick([part.name, builder.mailWords ? 'smtp' : 'field', 'password']),
    );
  if (part.control === 'checkbox') {
    const label = labelElement(builder, part.label);
    label.prepend(element, ' ');
    return label;
  }
  const box = document.createElement('div');
  switch (random.int(0, 6)) {
    case 0: {
      const label = labelElement(builder, part.label);
      label.htmlFor = element.id;
      box.append(label, element);
      break;
    }
    case 1: {
      const label = labelElement(builder, part.label);
      label.append(' ', element);
      box.append(label);
      break;
    }
    case 2:
      element.setAttribute('aria-label', part.label);
      box.append(element);
      break;
    case 3: {
      const caption = document.createElement('span');
      caption.id = `${id}-caption`;
      caption.textContent = part.label;
      element.setAttribute('aria-labelledby', `${caption.id} ${random.pick(['missing', element.id])}`);
      box.append(caption, element);
      break;
    }
    case 4:
      element.setAttribute('placeholder', part.label);
      box.append(element);
      break;
    case 5:
      box.append(`${part.label}: `, element);
      break;
    default:
      element.title = part.label;
      box.append(element);
  }
  return box;
}

/** Wraps fields in the containers pages use, shadow roots included. */
function container(builder: Builder, children: HTMLElement[], heading: string): HTMLElement {
  const { document, random } = builder;
  const kind = random.pick([
    'div',
    'fieldset',
    'section',
    'details',
    'shadow',
    'closed-shadow',
    'table',
    'div',
  ] as const);
  if (kind === 'shadow' || kind === 'closed-shadow') {
    const host = document.createElement(`fuzz-box-${builder.ids++}`);
    const root = host.attachShadow({ mode: kind === 'shadow' ? 'open' : 'closed' });
    if (root.mode === 'closed') builder.closedRoots.set(host, root);
    const title = document.createElement('h3');
    title.textContent = heading;
    root.append(title, ...children);
    return host;
  }
  if (kind === 'table') {
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = heading;
    for (const child of children) {
      const row = table.insertRow();
      row.insertCell().textContent = child.textContent?.slice(0, 40) ?? '';
      row.insertCell().append(child);
    }
    return table;
  }
  const box = document.createElement(kind);
  const title = document.createElement(kind === 'fieldset' ? 'legend' : kind === 'details' ? 'summary' : 'h3');
  title.textContent = heading;
  if (kind === 'details' && random.chance(0.5)) box.setAttribute('open', '');
  box.append(title, ...children);
  return box;
}

/** Groups fields into nested containers, a few levels deep. */
function nest(builder: Builder, fields: HTMLElement[], headings: readonly string[]): HTMLElement[] {
  const { random } = builder;
  const groups: HTMLElement[] = [];
  for (let start = 0; start < fields.length; ) {
    const size = random.int(1, 6);
    const slice = fields.slice(start, start + size);
    start += size;
    groups.push(
      random.chance(0.7)
        ? container(builder, slice, random.pick(headings))
        : (slice[0] ?? builder.document.createElement('hr')),
    );
    if (!random.chance(0.7)) groups.push(...slice.slice(1));
  }
  if (groups.length > 2 && random.chance(0.3)) return [container(builder, groups, random.pick(headings))];
  return groups;
}

export interface GeneratedForm {
  flavour: Flavour;
  kind: LookAlikeKind | 'mail';
  /** Every input, select, textarea and role=radio made, closed shadow roots included. */
  controls: HTMLElement[];
  /** Fields a person reads as a password: type=password, or labelled so. */
  passwords: HTMLElement[];
  closedRoots: WeakMap<Element, ShadowRoot>;
}

export interface GenerateOptions {
  flavour: Flavour;
  /** Extra meaningless fields, for the huge pages. */
  noise?: number;
}

/** Replaces the document's body with one generated form. */
export function generateForm(document: Document, seed: number, options: GenerateOptions): GeneratedForm {
  const random = new Random(seed);
  const hostile = options.flavour !== 'look-alike' || random.chance(0.5);
  const builder: Builder = {
    document,
    random,
    ids: 0,
    hostile,
    mailWords: options.flavour !== 'look-alike',
    controls: [],
    passwords: [],
    closedRoots: new WeakMap(),
  };
  const kind = options.flavour === 'mail' ? 'mail' : random.pick(lookAlikeKinds);
  const parts: FieldPart[] = [];
  let headings: readonly string[] = kind === 'mail' ? mailHeadings : lookAlikeHeadings[kind];
  if (kind === 'mail') parts.push(...mailParts(random));
  else parts.push(...lookAlikeParts[kind](random));
  if (options.flavour === 'mixed') {
    parts.push(...mailParts(random).filter(() => random.chance(0.5)));
    headings = [...headings, ...mailHeadings];
  }
  const noise = options.noise ?? random.int(0, 6);
  for (let index = 0; index < noise; index++) parts.push(noisePart(random, hostile, builder.mailWords));
  // Shuffle a little: real pages put fields in every order.
  for (let index = parts.length - 1; index > 0; index--) {
    if (!random.chance(0.3)) continue;
    const other = random.int(0, index);
    [parts[index], parts[other]] = [parts[other] as FieldPart, parts[index] as FieldPart];
  }
  if (hostile)
    for (const part of parts)
      if (!part.passwordLabel && random.chance(0.1)) {
        const field = random.pick(['label', 'name', 'value', 'placeholder'] as const);
        part[field] = hostileText(random, builder.mailWords);
      }

  const fields = parts.map((part) => fieldElement(builder, part));
  const body = document.body;
  body.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = random.pick(headings);
  const wrapper = random.chance(0.8) ? document.createElement('form') : document.createElement('div');
  wrapper.append(heading, ...nest(builder, fields, headings));
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = random.pick(['Save', 'Continue', 'Send', 'Weiter', 'Enregistrer', 'Guardar']);
  wrapper.append(button);
  body.append(wrapper);
  const { controls, passwords, closedRoots } = builder;
  return { flavour: options.flavour, kind, controls, passwords, closedRoots };
}

/** The state of every control: value, checked, selected option, aria-checked. */
export function controlStates(controls: readonly HTMLElement[]): string[] {
  return controls.map((element) => {
    if (element instanceof HTMLSelectElement) return `select ${element.selectedIndex} ${element.value}`;
    if (element instanceof HTMLInputElement) return `input ${element.checked} ${element.value}`;
    if (element instanceof HTMLTextAreaElement) return `textarea ${element.value}`;
    return `aria ${element.getAttribute('aria-checked')}`;
  });
}

const longText = 120;

function escapeText(text: string): string {
  const short = text.length > longText ? `${text.slice(0, longText)}…(${text.length} chars)` : text;
  return short.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page as HTML with shadow roots written out as declarative templates, long strings cut short: for failure reports. */
export function formHtml(node: Node, closedRoots = new WeakMap<Element, ShadowRoot>()): string {
  if (node.nodeType === 3) return escapeText((node as Text).data);
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  const inner = [...node.childNodes].map((child) => formHtml(child, closedRoots)).join('');
  if (node.nodeType === 11) return inner;
  const element = node as Element;
  const attributes = [...element.attributes].map((attribute) => ` ${attribute.name}="${escapeText(attribute.value)}"`);
  const value =
    element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
      ? ` data-current-value="${escapeText(element.value)}"${element instanceof HTMLInputElement && element.checked ? ' data-current-checked' : ''}`
      : '';
  const shadow = element.shadowRoot ?? closedRoots.get(element);
  const shadowHtml = shadow
    ? `<template shadowrootmode="${shadow.mode}">${formHtml(shadow, closedRoots)}</template>`
    : '';
  return `<${element.localName}${attributes.join('')}${value}>${shadowHtml}${inner}</${element.localName}>`;
}
