import { isAriaCheckable, isAriaToggle } from '../controls';
import { isWidgetTrigger, standInTrigger } from '../widget';
import { PanelControls, SectionContext } from './context';
import type { CollectedField, FieldKind, Visibility } from './field';
import { LabelIndex } from './labels';
import { NearbyText } from './nearby-text';
import { normalise } from './normalise';
import { ownText } from './own-text';
import { saysPassword } from './password';
import { mayMatter } from './prefilter';
import { groupRadios } from './radios';
import { TableHeaders } from './table';
import { VisibilityReader } from './visibility';
import { closestAcrossShadow, isDocument, isShadowRoot, parentAcrossShadow, type Root, rootOf, walkPage } from './walk';
import { widgetField } from './widget-choices';

/**
 * One pass over the page that records, for every fillable field, everything that could say what
 * the field is for (see field.ts). Each kind of signal has its own reader; this file walks the
 * page once and puts their findings into one record per field.
 */

export interface CollectOptions {
  maxFields?: number;
  /** Extension contexts can reach closed shadow roots (chrome.dom.openOrClosedShadowRoot); pages cannot. */
  closedShadowRoot?: (element: Element) => ShadowRoot | null;
  /** Only what is on screen now, not what a tab or a summary would show: for filling without being asked. */
  visibleOnly?: boolean;
}

const textInputTypes = new Set(['', 'text', 'email', 'number', 'password', 'url', 'tel', 'search']);
const defaultMaxFields = 5000;

/** A div or span a user can focus: maybe the box of a div dropdown (widget.ts), asked only then. */
const maybeBox = (element: Element, name: string) =>
  (name === 'div' || name === 'span') && element.hasAttribute('tabindex');

function once<T>(read: () => T): () => T {
  let known: { value: T } | undefined;
  return () => {
    known ??= { value: read() };
    return known.value;
  };
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

function optionChoices(select: HTMLSelectElement): CollectedField['choices'] {
  return [...select.options].map((option) => ({
    element: option,
    text: normalise(option.text),
    value: option.value,
    selected: option.selected,
  }));
}

class Collector {
  readonly fields: CollectedField[] = [];
  /** Fields the page has disabled for now, e.g. until "Enable" is ticked: never filled, but they show what a switch would open. */
  readonly locked: CollectedField[] = [];
  readonly radios: CollectedField[] = [];
  private readonly labels = new LabelIndex();
  private readonly panelControls = new PanelControls();
  private readonly context = new SectionContext(this.panelControls);
  private readonly tables = new TableHeaders();
  private readonly nearby = new NearbyText();
  private readonly visibility: VisibilityReader;
  private order = 0;
  /** One section list per container and heading: thousands of fields under one heading share it. */
  private readonly headed = new WeakMap<readonly string[], { heading: string; section: string[] }>();

  constructor(
    document: Document,
    private readonly maxFields: number,
    visibleOnly: boolean,
  ) {
    this.visibility = new VisibilityReader(document, this.labels, this.panelControls, visibleOnly);
  }

  done(): boolean {
    return this.fields.length + this.radios.length >= this.maxFields;
  }

  text(data: string, node: Text): void {
    this.nearby.text(data, node.parentElement);
  }

  element(element: Element, name: string): boolean {
    // A disabled control is read as if it were not there (addLocked): it ends no field's text.
    const control = name === 'input' || name === 'select' || name === 'textarea';
    if (!control || !(element as HTMLInputElement).disabled) this.nearby.enter(element, name);
    if (name === 'input') {
      this.addInput(element as HTMLInputElement);
      return true;
    }
    if (name === 'select' || name === 'textarea') {
      this.addControl(element as HTMLSelectElement | HTMLTextAreaElement, name === 'select' ? 'select' : 'textarea');
      return true;
    }
    const role = element.getAttribute('role');
    if (
      (name === 'button' || role === 'button' || role === 'combobox' || maybeBox(element, name)) &&
      isWidgetTrigger(element, role)
    ) {
      this.fields.push(widgetField(this.record(element as HTMLElement, 'select', () => this.visibility.of(element))));
      return true;
    }
    if (isAriaToggle(element, role)) {
      this.addToggle(element as HTMLElement);
      return true;
    }
    if (isAriaCheckable(element, role)) {
      this.addCustomRadio(element as HTMLElement);
      return true;
    }
    this.nearby.container(element, role, name);
    return false;
  }

  private addInput(input: HTMLInputElement): void {
    const type = input.type.toLowerCase();
    if (input.readOnly && isWidgetTrigger(input)) {
      this.fields.push(widgetField(this.record(input, 'select', () => this.visibility.of(input))));
      return;
    }
    if (type === 'radio') this.addRadio(input);
    else if (type === 'checkbox') this.addControl(input, 'checkbox');
    else if (textInputTypes.has(type)) this.addControl(input, type === 'password' ? 'password' : 'text');
  }

  private addRadio(input: HTMLInputElement): void {
    // A radio whose label is a tab ("IMAP", "SMTP" over CSS-switched panels) shows a panel: not a setting.
    if (input.disabled || this.labels.labelElements(input).some((label) => label.getAttribute('role') === 'tab'))
      return;
    const visibility = this.visibility.of(input);
    if (visibility === 'hidden' && !this.visibility.hasVisibleLabel(input)) return;
    const record = this.record(input, 'radio-group', visibility === 'hidden-panel' ? 'hidden-panel' : 'visible');
    // Until grouped, a radio's own label is its choice's text ("SSL/TLS"), not the group's label.
    record.choices = [{ element: input, text: record.labels, value: input.value, selected: input.checked }];
    this.radios.push(record);
  }

  private addCustomRadio(element: HTMLElement): void {
    const visibility = this.visibility.of(element);
    if (element.getAttribute('aria-disabled') === 'true' || visibility === 'hidden') return;
    const record = this.record(element, 'radio-group', visibility);
    const text = normalise(element.getAttribute('aria-label') ?? ownText(element)) || normalise(record.labels);
    const value = element.getAttribute('value') ?? element.getAttribute('data-value') ?? '';
    record.choices = [{ element, text, value, selected: element.getAttribute('aria-checked') === 'true' }];
    this.radios.push(record);
  }

  /** A role=switch or role=checkbox element: a checkbox that is not an input. */
  private addToggle(element: HTMLElement): void {
    if (element.getAttribute('aria-disabled') === 'true') return;
    // The styled box inside a checkbox's own label only mirrors that checkbox; a label that is the
    // toggle itself (role=checkbox around a hidden input) is the one a person clicks.
    const label = element.closest('label') as HTMLLabelElement | null;
    const ownState = label === element && element.hasAttribute('aria-checked');
    if (label?.control && label.control !== element && !ownState) return;
    const record = this.record(element, 'checkbox', () => this.visibility.of(element));
    if (!record.labels) record.labels = normalise(element.getAttribute('aria-label') ?? ownText(element));
    this.fields.push(record);
  }

  private addControl(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, kind: FieldKind): void {
    if (element.disabled && kind !== 'password' && !('readOnly' in element && element.readOnly)) {
      this.addLocked(element, kind);
      return;
    }
    if (element.disabled || ('readOnly' in element && element.readOnly)) return;
    if (
      (kind === 'text' || kind === 'textarea') &&
      !mayMatter(element as HTMLInputElement | HTMLTextAreaElement, this.nearby.before, this.labels)
    ) {
      this.nearby.skip();
      return;
    }
    const trigger = element instanceof HTMLSelectElement ? standInTrigger(element) : null;
    if (trigger) {
      // Its words are the select's; it is set through its stand-in, the way a user does (widget.ts).
      const record = this.record(element, 'select', () => this.visibility.of(trigger));
      record.element = trigger;
      this.fields.push(widgetField(record));
      return;
    }
    const record = this.record(element, kind, () => {
      const visibility = this.visibility.of(element);
      // A styled checkbox hides the box itself and shows its label.
      if (visibility !== 'hidden') return visibility;
      if (
        kind === 'checkbox' &&
        (this.visibility.hasVisibleLabel(element) || this.visibility.hasVisibleSwitchBox(element))
      )
        return 'visible';
      if (element instanceof HTMLSelectElement && this.visibility.hasVisibleStandIn(element)) return 'visible';
      return visibility;
    });
    if (element instanceof HTMLSelectElement) record.choices = optionChoices(element);
    this.fields.push(record);
  }

  /** Read like any field, but the text around it still belongs to the next enabled one, as if it were not there. */
  private addLocked(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, kind: FieldKind): void {
    if (
      (kind === 'text' || kind === 'textarea') &&
      !mayMatter(element as HTMLInputElement | HTMLTextAreaElement, this.nearby.before, this.labels)
    )
      return;
    const record = this.record(element, kind, () => this.visibility.of(element), false);
    if (element instanceof HTMLSelectElement) record.choices = optionChoices(element);
    this.locked.push(record);
  }

  private withHeading(section: readonly string[], heading: string): string[] {
    const known = this.headed.get(section);
    if (known?.heading === heading) return known.section;
    const headed = [...section, heading];
    this.headed.set(section, { heading, section: headed });
    return headed;
  }

  private record(
    element: HTMLElement,
    kind: FieldKind,
    visibility: Visibility | (() => Visibility),
    takesText = true,
  ): CollectedField {
    const root: Root = rootOf(element);
    const host = isShadowRoot(root) ? root.host : null;
    // One call for the names an element has, then only those are read: most fields have three or four.
    const present = element.getAttributeNames();
    const attribute = (name: string) => (present.includes(name) ? (element.getAttribute(name) ?? '') : '');
    const { rowHeader, columnHeader } = this.tables.placeOf(element);
    const section = this.context.of(parentAcrossShadow(element));
    const rawPlaceholder = attribute('placeholder');
    const heading = this.nearby.heading;
    // The label and the text before a field are often the same text (and the row's header, read just
    // before): asked one after another, normalise answers the repeats from memory.
    const labels = normalise(this.labels.labelText(element, attribute, root));
    const textBefore = normalise(this.nearby.caption);
    const record: CollectedField = {
      element,
      kind,
      inputType: element instanceof HTMLInputElement ? element.type.toLowerCase() : element.localName,
      form: (element as HTMLInputElement).form ?? closestAcrossShadow(element, 'form'),
      order: this.order++,
      labels,
      placeholder: normalise(rawPlaceholder),
      title: normalise(attribute('title')),
      name: normalise(attribute('name') || (host?.getAttribute('name') ?? '')),
      id: normalise(element.id),
      autocomplete: normalise(attribute('autocomplete')),
      dataHints: normalise(dataAttributes(element, present)),
      textBefore,
      textAfter: '',
      rowHeader,
      columnHeader,
      section: heading ? this.withHeading(section, heading) : section,
      choices: [],
      visibility: typeof visibility === 'function' ? once(visibility) : () => visibility,
      value: '',
      secret: kind === 'password',
      rawPlaceholder,
    };
    // What a password field holds is never read: neither type=password nor a text field that says it is one.
    record.secret ||= (kind === 'text' || kind === 'textarea') && saysPassword(record);
    if (!record.secret && 'value' in element) record.value = String(element.value);
    if (takesText) this.nearby.field(record);
    return record;
  }
}

export interface CollectedPage {
  /** Every fillable field with its label signals, in document order, shadow roots included. */
  fields: CollectedField[];
  /** The fields the page has disabled (not passwords), in document order: what a switch may open. */
  locked: CollectedField[];
}

export function collectPage(root: Document | ShadowRoot | Element, options: CollectOptions = {}): CollectedPage {
  const document = isDocument(root) ? root : root.ownerDocument;
  if (!document) return { fields: [], locked: [] };
  const collector = new Collector(document, options.maxFields ?? defaultMaxFields, options.visibleOnly === true);
  walkPage(isDocument(root) ? (root.body ?? root.documentElement) : root, collector, options.closedShadowRoot);
  return {
    fields: [...collector.fields, ...groupRadios(collector.radios)].sort((a, b) => a.order - b.order),
    locked: collector.locked,
  };
}

/** Every fillable field on the page with its label signals, in document order, shadow roots included. */
export function collectFields(root: Document | ShadowRoot | Element, options: CollectOptions = {}): CollectedField[] {
  return collectPage(root, options).fields;
}
