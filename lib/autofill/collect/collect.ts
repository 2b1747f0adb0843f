import { isAriaCheckable } from '../controls';
import { rolePatterns } from '../decide/roles';
import { normalise } from './normalise';

/**
 * One pass over the page that records, for every fillable field, everything that could say what
 * the field is for. Deciding happens elsewhere (decide.ts); this file only reads the DOM.
 */

export type FieldKind = 'text' | 'password' | 'select' | 'radio-group' | 'checkbox' | 'textarea';

export interface FieldChoice {
  /** The <option>, radio input or custom radio that makes this choice. */
  element: HTMLElement;
  /** Visible text, normalised. */
  text: string;
  value: string;
  selected: boolean;
}

/** All strings except `value`, `rawPlaceholder` and choice values are normalised (see normalise.ts). */
export interface CollectedField {
  element: HTMLElement;
  kind: FieldKind;
  inputType: string;
  /** The form the field belongs to; fields are grouped into candidate forms by it. */
  form: Element | null;
  order: number;
  /** Label elements (for=, wrapping, after the input), aria-labelledby, aria-label. */
  labels: string;
  placeholder: string;
  title: string;
  name: string;
  id: string;
  autocomplete: string;
  dataHints: string;
  textBefore: string;
  textAfter: string;
  rowHeader: string;
  columnHeader: string;
  /** Context from the nearest outward (legend, tab title, region label, container names), then the heading above. */
  section: string[];
  choices: FieldChoice[];
  /**
   * 'hidden-panel': inside a tab, step or collapsed part that is not shown yet, but still part of the form.
   * 'hidden': not shown and nothing could show it (display:none, honeypots): never filled. Read from the
   * layout on first use only — the costliest read, and most fields on a big page never need it.
   */
  visibility: () => Visibility;
  /** Empty for a secret field: its value is never read. */
  value: string;
  /** A password field, by its type or by its words: what it holds is never read. */
  secret: boolean;
  rawPlaceholder: string;
}

export type Visibility = 'visible' | 'hidden-panel' | 'hidden';

export interface CollectOptions {
  maxFields?: number;
  /** Extension contexts can reach closed shadow roots (chrome.dom.openOrClosedShadowRoot); pages cannot. */
  closedShadowRoot?: (element: Element) => ShadowRoot | null;
}

type Root = Document | ShadowRoot;

const skippedElements = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'iframe',
  'head',
]);
const textInputTypes = new Set(['', 'text', 'email', 'number', 'password', 'url', 'tel', 'search']);
const inlineElements = new Set(['span', 'b', 'i', 'strong', 'em', 'small', 'a', 'label', 'font', 'code', 'abbr', 'u']);
const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'summary']);
// Elements that a page styles as a section title ("<div class=section-title>"); cells and labels never are.
const headingCandidates = new Set(['div', 'span', 'p', 'strong', 'b', 'dt', 'header']);
const headingClass = /(?:^|[\s_-])(?:title|heading|header|section-?label|subtitle)(?:$|[\s_-])/i;
const panelClass =
  /(?:^|[\s_-])(?:tab|tabs|tab-?pane|tab-?panel|tab-?content|pane|panel|step|collapse|accordion)(?:$|[\s_-])/i;
// The only elements a shadow root can be attached to, besides custom elements.
const shadowHosts = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);
const maxTextLength = 80;
// Any word a role, side, mail or look-alike pattern (roles.ts) starts from, accented or not.
const worthALook =
  /host|serv|h[oô]te|port|puert|user|benut|nutzer|anmeld|login|ident|utilisa|usuar|account|konto|compte|cuenta|pass|kennw|mot de|contras|clave|secret|pwd|mail|courr|correo|absend|exp[ée]d|remit|send|name|nom|anzeige|imap|smtp|pop|ssl|tls|secur|s[ée]cur|crypt|chiffr|cifr|verschl|sicher|segur|ldap|dn|ftp|ssh|data|daten|donn[ée]|datos|sql|postgres|mongo|proxy|socks|checkout|card|kart|carte|tarjeta|cvv|cvc|billing|newsletter|virtual|root/;
const defaultMaxFields = 5000;

function tail(text: string, length = maxTextLength): string {
  return text.length > length ? text.slice(text.length - length) : text;
}

/** Text of an element without the text of controls inside it (a wrapping label holds its select's options). */
function ownText(element: Element): string {
  // Most labels and cells hold one text, maybe inside one <span> or <label>: no walker needed.
  let only: Node | null = element;
  while (only && only.firstChild === only.lastChild && only.nodeType === Node.ELEMENT_NODE) {
    if (/^(?:select|textarea|option|script)$/.test((only as Element).localName)) return '';
    only = only.firstChild;
  }
  if (only?.nodeType === Node.TEXT_NODE) return ` ${(only as Text).data.slice(0, 200)}`;
  if (!only) return '';
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent.closest('select,textarea,option') || parent.localName === 'script')) continue;
    text += ` ${(node as Text).data.slice(0, 200)}`;
    if (text.length > 200) break;
  }
  return text;
}

// By node type, not instanceof: a page's realm and ours can differ (frames, test DOMs).
function isDocument(node: Node): node is Document {
  return node.nodeType === Node.DOCUMENT_NODE;
}

function isShadowRoot(node: Node | null): node is ShadowRoot {
  return node?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return isShadowRoot(root) ? root.host : null;
}

function closestAcrossShadow(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; ) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = isShadowRoot(root) ? root.host : null;
  }
  return null;
}

/** Per tree scope (document or shadow root): labels by `for`, and tab titles by the panel id they control. */
class RootIndex {
  readonly labelsFor = new Map<string, HTMLLabelElement[]>();
  private titles: Map<string, string> | undefined;

  constructor(private readonly root: Root) {
    for (const label of root.querySelectorAll<HTMLLabelElement>('label[for]')) {
      const list = this.labelsFor.get(label.htmlFor);
      if (list) list.push(label);
      else this.labelsFor.set(label.htmlFor, [label]);
    }
  }

  /** Read on first use: only a container with an id can be a tab's panel. */
  get tabTitles(): Map<string, string> {
    if (this.titles) return this.titles;
    this.titles = new Map();
    for (const tab of this.root.querySelectorAll(
      '[role=tab],[aria-controls],a[href^="#"],[data-target],[data-bs-target]',
    )) {
      const target =
        tab.getAttribute('aria-controls') ??
        tab.getAttribute('data-bs-target') ??
        tab.getAttribute('data-target') ??
        tab.getAttribute('href');
      const id = target?.replace(/^#/, '');
      if (id && !this.titles.has(id)) this.titles.set(id, normalise(tab.textContent ?? '').slice(0, 60));
    }
    return this.titles;
  }
}

class Collector {
  readonly fields: CollectedField[] = [];
  private readonly radios: CollectedField[] = [];
  private readonly indexes = new Map<Node, RootIndex>();
  private readonly contexts = new Map<Element, string[]>();
  private readonly tableHeaders = new Map<Element, string[]>();
  private readonly panels = new Map<Element, boolean>();
  private readonly hasLayout: boolean;
  private pendingText = '';
  private lastHeading = '';
  private lastField: CollectedField | undefined;
  private order = 0;

  constructor(
    private readonly document: Document,
    private readonly maxFields: number,
    private readonly closedShadowRoot?: (element: Element) => ShadowRoot | null,
  ) {
    this.hasLayout = document.documentElement.getBoundingClientRect().width > 0;
  }

  get full(): boolean {
    return this.fields.length + this.radios.length >= this.maxFields;
  }

  walk(root: Root | Element): void {
    const walker = this.document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let node: Node | null = walker.currentNode;
    while (node && !this.full) {
      let skipChildren = false;
      if (node.nodeType === Node.TEXT_NODE) this.addText((node as Text).data);
      else if (node !== root) skipChildren = this.visit(node as Element);
      else if (root instanceof Element) skipChildren = this.visit(root);
      node = skipChildren ? nextOutside(walker) : walker.nextNode();
    }
  }

  /** Handles one element; true when its children must not be walked. */
  private visit(element: Element): boolean {
    const name = element.localName;
    if (skippedElements.has(name)) return true;
    // Text after a field belongs to it only up to the next block ("<input type=checkbox> Use SSL").
    if (!inlineElements.has(name)) this.lastField = undefined;
    if (name === 'input') {
      this.addInput(element as HTMLInputElement);
      return true;
    }
    if (name === 'select' || name === 'textarea') {
      this.addControl(element as HTMLSelectElement | HTMLTextAreaElement, name === 'select' ? 'select' : 'textarea');
      return true;
    }
    const role = element.getAttribute('role');
    if (role !== 'checkbox' && isAriaCheckable(element, role)) {
      this.addCustomRadio(element as HTMLElement);
      return true;
    }
    if (headingElements.has(name) || role === 'heading' || this.looksLikeHeading(element))
      this.lastHeading = normalise(ownText(element)).slice(0, maxTextLength);
    if (!shadowHosts.has(name) && !name.includes('-')) return false;
    const shadow = (element as HTMLElement).shadowRoot ?? this.closedShadowRoot?.(element) ?? null;
    if (shadow) this.walk(shadow);
    return false;
  }

  private looksLikeHeading(element: Element): boolean {
    const name = element.localName;
    if (name === 'th') return Number(element.getAttribute('colspan') ?? '1') > 1;
    if (!headingCandidates.has(name) || element.childElementCount > 2) return false;
    const className = element.getAttribute('class');
    return className !== null && headingClass.test(className);
  }

  private addText(data: string): void {
    if (!/\S/.test(data)) return;
    const text = data.trim();
    this.pendingText = tail(`${this.pendingText} ${text}`);
    const last = this.lastField;
    if (last && last.textAfter.length < 60) last.textAfter = `${last.textAfter} ${normalise(text)}`.trim().slice(0, 60);
  }

  private addInput(input: HTMLInputElement): void {
    const type = input.type.toLowerCase();
    if (type === 'radio') this.addRadio(input);
    else if (type === 'checkbox') this.addControl(input, 'checkbox');
    else if (textInputTypes.has(type)) this.addControl(input, type === 'password' ? 'password' : 'text');
  }

  private addRadio(input: HTMLInputElement): void {
    if (input.disabled) return;
    const visibility = this.visibility(input);
    if (visibility === 'hidden' && !this.hasVisibleLabel(input)) return;
    const record = this.record(input, 'radio-group', visibility === 'hidden-panel' ? 'hidden-panel' : 'visible');
    // Until grouped, a radio's own label is its choice's text ("SSL/TLS"), not the group's label.
    record.choices = [{ element: input, text: record.labels, value: input.value, selected: input.checked }];
    this.radios.push(record);
    this.lastField = record;
  }

  private addCustomRadio(element: HTMLElement): void {
    const visibility = this.visibility(element);
    if (element.getAttribute('aria-disabled') === 'true' || visibility === 'hidden') return;
    const record = this.record(element, 'radio-group', visibility);
    const text = normalise(element.getAttribute('aria-label') ?? ownText(element)) || normalise(record.labels);
    const value = element.getAttribute('value') ?? element.getAttribute('data-value') ?? '';
    record.choices = [{ element, text, value, selected: element.getAttribute('aria-checked') === 'true' }];
    this.radios.push(record);
    this.lastField = record;
  }

  private addControl(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, kind: FieldKind): void {
    if (element.disabled || ('readOnly' in element && element.readOnly)) return;
    if (
      (kind === 'text' || kind === 'textarea') &&
      !this.mayMatter(element as HTMLInputElement | HTMLTextAreaElement)
    ) {
      this.pendingText = '';
      return;
    }
    const record = this.record(element, kind, () => {
      const visibility = this.visibility(element);
      // A styled checkbox hides the box itself and shows its label.
      return visibility === 'hidden' && kind === 'checkbox' && this.hasVisibleLabel(element) ? 'visible' : visibility;
    });
    if (element instanceof HTMLSelectElement)
      record.choices = [...element.options].map((option) => ({
        element: option,
        text: normalise(option.text),
        value: option.value,
        selected: option.selected,
      }));
    this.fields.push(record);
    this.lastField = record;
  }

  /**
   * A cheap first look at a text field's own words: pages with thousands of inputs (price lists,
   * quantity tables) are mostly fields no role or look-alike pattern could ever match.
   */
  private mayMatter(element: HTMLInputElement | HTMLTextAreaElement): boolean {
    if (element.type === 'password' || element.type === 'email' || element.autocomplete) return true;
    // Cheapest words first, and stop at the first that could matter.
    const matters = (text: string | null | undefined) => !!text && worthALook.test(text.slice(0, 300).toLowerCase());
    if (matters(this.pendingText)) return true;
    for (const attribute of ['name', 'id', 'placeholder', 'title', 'aria-label', 'class'])
      if (matters(element.getAttribute(attribute))) return true;
    // Labelled from elsewhere: only record() reads that label, and it may say "password".
    if (element.hasAttribute('aria-labelledby')) return true;
    const root = element.getRootNode() as Root;
    if (isShadowRoot(root)) return true;
    if (element.id)
      for (const label of this.indexFor(root).labelsFor.get(element.id) ?? [])
        if (matters(label.textContent)) return true;
    if (matters(element.closest('label')?.textContent)) return true;
    if (element.attributes.length > 4) for (const { value } of element.attributes) if (matters(value)) return true;
    // A table row's first cell names the fields in the row ("Server | [IMAP] | [SMTP]").
    if (matters(element.closest('td')?.parentElement?.firstElementChild?.textContent)) return true;
    // Last, once no word of its own could say "password": an example value ("smtp.example.org").
    return matters(element.value);
  }

  private record(element: HTMLElement, kind: FieldKind, visibility: Visibility | (() => Visibility)): CollectedField {
    const root = element.getRootNode() as Root;
    const index = this.indexFor(root);
    const host = isShadowRoot(root) ? root.host : null;
    // One call for the names an element has, then only those are read: most fields have three or four.
    const present = element.getAttributeNames();
    const attribute = (name: string) => (present.includes(name) ? (element.getAttribute(name) ?? '') : '');
    const { rowHeader, columnHeader } = this.tableContext(element);
    const section = this.contextOf(parentAcrossShadow(element));
    const rawPlaceholder = attribute('placeholder');
    const labels = normalise(`${this.labelText(element, root, index, attribute)} ${host ? this.hostText(host) : ''}`);
    const name = normalise(attribute('name') || (host?.getAttribute('name') ?? ''));
    const record: CollectedField = {
      element,
      kind,
      inputType: element instanceof HTMLInputElement ? element.type.toLowerCase() : element.localName,
      form: (element as HTMLInputElement).form ?? closestAcrossShadow(element, 'form'),
      order: this.order++,
      labels,
      placeholder: normalise(rawPlaceholder),
      title: normalise(attribute('title')),
      name,
      id: normalise(element.id),
      autocomplete: normalise(attribute('autocomplete')),
      dataHints: normalise(dataAttributes(element, present)),
      textBefore: normalise(this.pendingText),
      textAfter: '',
      rowHeader,
      columnHeader,
      section: this.lastHeading ? [...section, this.lastHeading] : section,
      choices: [],
      visibility: typeof visibility === 'function' ? once(visibility) : () => visibility,
      value: '',
      secret: kind === 'password',
      rawPlaceholder,
    };
    // What a password field holds is never read: neither type=password nor a text field that says it is one.
    record.secret ||= (kind === 'text' || kind === 'textarea') && saysPassword(record);
    if (!record.secret && 'value' in element) record.value = String(element.value);
    this.pendingText = '';
    return record;
  }

  private indexFor(root: Root): RootIndex {
    let index = this.indexes.get(root);
    if (!index) {
      index = new RootIndex(root);
      this.indexes.set(root, index);
    }
    return index;
  }

  private labelText(element: HTMLElement, root: Root, index: RootIndex, attribute: (name: string) => string): string {
    const parts: string[] = [];
    const byFor = element.id ? index.labelsFor.get(element.id) : undefined;
    // Some apps reuse ids (IMAP and SMTP radios): prefer the label that sits next to this field.
    const labels =
      byFor && byFor.length > 1 ? byFor.filter((label) => label.parentElement === element.parentElement) : byFor;
    for (const label of labels?.length ? labels : (byFor ?? [])) parts.push(labelContent(label));
    const wrapping = element.closest('label');
    if (wrapping && !byFor?.includes(wrapping as HTMLLabelElement)) parts.push(labelContent(wrapping));
    const labelledBy = attribute('aria-labelledby');
    if (labelledBy)
      for (const id of labelledBy.split(/\s+/)) {
        const target = root.getElementById(id);
        if (target) parts.push(ownText(target));
      }
    const ariaLabel = attribute('aria-label');
    if (ariaLabel) parts.push(ariaLabel);
    return parts.join(' ');
  }

  /** A control inside a custom element's shadow root is labelled by the custom element. */
  private hostText(host: Element): string {
    const outer = host.getRootNode() as Root;
    const label = host.getAttribute('aria-label') ?? host.getAttribute('label') ?? '';
    const byFor = host.id ? this.indexFor(outer).labelsFor.get(host.id) : undefined;
    const wrapping = host.closest('label');
    return [label, ...(byFor ?? []).map(labelContent), wrapping ? labelContent(wrapping) : ''].join(' ');
  }

  private tableContext(element: Element): { rowHeader: string; columnHeader: string } {
    const cell = element.closest('td,th');
    const row = cell?.parentElement;
    if (!cell || !row || row.localName !== 'tr') return { rowHeader: '', columnHeader: '' };
    let position = 0;
    let rowHeader = '';
    for (let other = cell.previousElementSibling; other; other = other.previousElementSibling) {
      position++;
      if (other.childElementCount === 0 || !other.querySelector('input,select,textarea'))
        rowHeader = `${ownText(other)} ${rowHeader}`;
    }
    const table = row.closest('table');
    const headers = table ? this.headersOf(table) : [];
    return { rowHeader: normalise(rowHeader).slice(0, maxTextLength), columnHeader: headers[position] ?? '' };
  }

  private headersOf(table: HTMLTableElement): string[] {
    let headers = this.tableHeaders.get(table);
    if (!headers) {
      // The first row, in <thead> or not; plain DOM calls, as not every DOM has the table APIs.
      const cells = [...(table.querySelector('tr')?.children ?? [])];
      const isHeader = cells.length > 0 && cells.every((cell) => cell.localName === 'th');
      headers = isHeader ? cells.map((cell) => normalise(ownText(cell)).slice(0, 60)) : [];
      this.tableHeaders.set(table, headers);
    }
    return headers;
  }

  /** Section context from the nearest container outward, each container read once. */
  private contextOf(element: Element | null): string[] {
    if (!element) return [];
    const cached = this.contexts.get(element);
    if (cached) return cached;
    const outer = this.contextOf(parentAcrossShadow(element));
    const own = this.ownContext(element);
    const context = own ? [own, ...outer].slice(0, 8) : outer;
    this.contexts.set(element, context);
    return context;
  }

  private ownContext(element: Element): string {
    // Most containers are bare <div>s and <td>s with nothing that names them.
    if (!element.hasAttributes() && element.localName !== 'fieldset' && element.localName !== 'details') return '';
    const parts: string[] = [];
    if (element.localName === 'fieldset') {
      const legend = element.querySelector(':scope > legend');
      if (legend) parts.push(ownText(legend));
    }
    const root = element.getRootNode() as Root;
    if (element.id) {
      const tabTitle = this.indexFor(root).tabTitles.get(element.id);
      if (tabTitle) parts.push(tabTitle);
    }
    if (element.localName === 'details') {
      const summary = element.querySelector(':scope > summary');
      if (summary) parts.push(ownText(summary));
    }
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel) parts.push(ariaLabel);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy && element.localName !== 'input')
      for (const id of labelledBy.split(/\s+/)) {
        const target = root.getElementById(id);
        if (target) parts.push(ownText(target));
      }
    const names = `${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('name') ?? ''}`;
    if (names.trim()) parts.push(names);
    return normalise(parts.join(' ')).slice(0, maxTextLength);
  }

  private visibility(element: Element): 'visible' | 'hidden-panel' | 'hidden' {
    const shown =
      typeof element.checkVisibility === 'function'
        ? element.checkVisibility({ visibilityProperty: true })
        : !element.closest('[hidden]');
    if (shown) return this.tiny(element) ? 'hidden' : 'visible';
    if (ownStyleHides(element)) return 'hidden';
    for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node))
      if (this.isPanel(node)) return 'hidden-panel';
    return 'hidden';
  }

  /** Honeypots and off-screen traps: fields with no area, or placed far off the page. */
  private tiny(element: Element): boolean {
    if (!this.hasLayout) return false;
    const type = element.getAttribute('type');
    if (type === 'radio' || type === 'checkbox') return false;
    const box = element.getBoundingClientRect();
    return box.width < 2 || box.height < 2 || box.right < 0 || box.bottom < -2000;
  }

  private isPanel(element: Element): boolean {
    let panel = this.panels.get(element);
    if (panel === undefined) {
      panel =
        element.getAttribute('role') === 'tabpanel' ||
        element.localName === 'details' ||
        panelClass.test(element.getAttribute('class') ?? '') ||
        (element.id !== '' && this.indexFor(element.getRootNode() as Root).tabTitles.has(element.id));
      this.panels.set(element, panel);
    }
    return panel;
  }

  private hasVisibleLabel(element: HTMLElement): boolean {
    const root = element.getRootNode() as Root;
    const labels = [...(this.indexFor(root).labelsFor.get(element.id) ?? [])];
    const wrapping = element.closest('label');
    if (wrapping) labels.push(wrapping as HTMLLabelElement);
    return labels.some((label) => this.visibility(label) !== 'hidden');
  }

  /** Radios become one field per group, with each radio's own label as a choice. */
  groupRadios(): void {
    const groups = new Map<unknown, CollectedField>();
    const scopes = new Map<unknown, number>();
    for (const radio of this.radios) {
      const [choice] = radio.choices;
      if (!choice) continue;
      choice.text ||= radioChoiceText(radio);
      const element = radio.element;
      let key: unknown = element;
      if (!(element instanceof HTMLInputElement)) key = element.closest('[role=radiogroup]') ?? element.parentElement;
      else if (element.name) {
        const scope = radio.form ?? element.getRootNode();
        if (!scopes.has(scope)) scopes.set(scope, scopes.size);
        key = `${scopes.get(scope)}|${element.name}`;
      }
      const group = groups.get(key);
      if (group) {
        group.choices.push(choice);
        if (choice.selected) group.value = choice.value;
        if (radio.visibility() === 'visible') group.visibility = radio.visibility;
        continue;
      }
      const container = element.closest('[role=radiogroup]');
      const record: CollectedField = {
        ...radio,
        labels: container ? normalise(groupLabel(container)) : '',
        value: choice.selected ? choice.value : '',
        choices: [choice],
      };
      groups.set(key, record);
      this.fields.push(record);
    }
    this.fields.sort((a, b) => a.order - b.order);
  }
}

function saysPassword({ labels, placeholder, title, name, id, autocomplete }: CollectedField): boolean {
  const { label, name: named } = rolePatterns.password;
  return label.test(`${labels} ${placeholder} ${title}`) || named.test(`${name} ${id} ${autocomplete}`);
}

function once<T>(read: () => T): () => T {
  let known: { value: T } | undefined;
  return () => {
    known ??= { value: read() };
    return known.value;
  };
}

/** A radio without a label is named by the text right after it. */
function radioChoiceText(radio: CollectedField): string {
  return radio.textAfter;
}

function groupLabel(container: Element): string {
  const labelledBy = container.getAttribute('aria-labelledby');
  const root = container.getRootNode() as Root;
  const target = labelledBy ? root.getElementById(labelledBy.split(/\s+/)[0] ?? '') : null;
  return container.getAttribute('aria-label') ?? (target ? ownText(target) : '');
}

function labelContent(label: Element): string {
  const text = ownText(label);
  return /\S/.test(text) ? text : (label.getAttribute('data-l10n-id') ?? '');
}

function dataAttributes(element: Element, names: readonly string[]): string {
  let hints = '';
  for (const name of names)
    if (name.startsWith('data-')) {
      const value = element.getAttribute(name) ?? '';
      if (value.length < 60) hints += ` ${value}`;
    }
  return hints;
}

/** A field whose own style hides it stays hidden even when it sits in a tab. */
function ownStyleHides(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = (element as HTMLElement).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Every fillable field on the page with its label signals, in document order, shadow roots included. */
export function collectFields(root: Document | ShadowRoot | Element, options: CollectOptions = {}): CollectedField[] {
  const document = isDocument(root) ? root : root.ownerDocument;
  if (!document) return [];
  const collector = new Collector(document, options.maxFields ?? defaultMaxFields, options.closedShadowRoot);
  collector.walk(isDocument(root) ? (root.body ?? root.documentElement) : root);
  collector.groupRadios();
  return collector.fields;
}
