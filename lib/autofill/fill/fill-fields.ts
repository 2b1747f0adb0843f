import { isAriaCheckable, isAriaToggle, isCheckable, isOn, isPasswordInput } from '../controls';
import type { UndoOutcome } from '../model';
import type { WidgetPick, WidgetWant } from './fill-widget';

/**
 * Writes values into a page's form the way its own scripts expect (prototype setters, bubbling
 * input/change events, radios by click, selects by option), reads them back, and can undo exactly.
 * Plain DOM: no extension APIs, so site adapters and the generic form filler both use it.
 */

export type FillWant =
  | { kind: 'text'; value: string }
  /**
   * Picks the option whose value (or visible text) equals `value`, unless `matches` is given. In a
   * custom dropdown (lib/autofill/widget.ts), the option whose normalised text is `text`, if given.
   */
  | { kind: 'select'; value: string; matches?: (option: HTMLOptionElement) => boolean; text?: string }
  /** Turns on a radio or checkbox: `<input>` or an element with role=radio/checkbox and aria-checked. */
  | { kind: 'check' }
  /** Turns off a checkbox, e.g. "Use SSL" on a port that upgrades with STARTTLS. */
  | { kind: 'uncheck' };

export interface FillStep {
  /** What the field is in the user's words, e.g. 'smtpHost'; echoed in the result. */
  role: string;
  element: HTMLElement;
  want: FillWant;
  /** Leave a field that already holds a (different) value alone, e.g. the sender's name. */
  keepExisting?: boolean;
  /** Rewrites a value the page's own scripts changed right after our fill: not the user's edit. */
  repair?: boolean;
}

export type LeftReason =
  | 'password'
  | 'user-edited'
  | 'kept-existing'
  | 'read-only'
  | 'no-such-option'
  | 'not-kept'
  | 'unsupported-element';

export type FillOutcome =
  | { role: string; outcome: 'filled'; value: string }
  | { role: string; outcome: 'corrected'; from: string; value: string }
  | { role: string; outcome: 'already-correct'; value: string }
  | { role: string; outcome: 'left'; reason: LeftReason; value: string };

export interface FillResult {
  outcomes: FillOutcome[];
  /**
   * By step, as `outcomes`: a box clicked that the page turns over a moment later (a framework switch
   * that undoes the browser's toggle and sets its model next tick) is 'not-kept' now, and this outcome
   * once the page has caught up.
   */
  later: (FillOutcome | undefined)[];
  /** True when at least one field was written. */
  changed: boolean;
  /** Restores every field this run wrote, unless the user has changed it since. */
  undo: () => UndoOutcome[];
}

/** One field's state before we touched it; radios and role=radio also keep their group. */
interface PriorState {
  value: string;
  selectedIndex: number;
  checked: boolean;
  ariaChecked: string | null;
  /** For a radio: the radio of the same group that was on before, if any. */
  groupWasOn: HTMLElement | null;
  /** A custom dropdown: what the fill chose in it; `value` is what it showed before. */
  widget?: WidgetWant;
}

/**
 * How custom dropdowns are read and set (./fill-widget.ts). Handed in by the generic pipeline, so a
 * site adapter that writes only native fields does not carry the dropdown code into its page.
 */
export interface CustomSelects {
  shown(trigger: Element): string;
  holds(trigger: Element, want: WidgetWant): boolean;
  pick(trigger: Element, want: WidgetWant): WidgetPick;
  restore(trigger: Element, shownBefore: string): boolean;
}

let customSelects: CustomSelects | undefined;

export function fillCustomSelectsWith(handler: CustomSelects): void {
  customSelects = handler;
}

/** What we last wrote into an element, across runs in this page: how we spot the user's own edits. */
const written = new WeakMap<HTMLElement, { before: string; after: string }>();

/** Forgets that we wrote these fields: what they hold now is the page's (or the user's) own. */
export function forgetWrites(elements: readonly HTMLElement[]): void {
  for (const element of elements) written.delete(element);
}

/**
 * Where each field sat when a run began. A page that re-renders a field from its model (a template
 * written again as innerHTML) puts a new copy of it in the same place: the step follows that copy,
 * since a write into the old one reaches nothing the user sees.
 */
const homes = new WeakMap<HTMLElement, { parent: Element; key: string }>();

/**
 * A field's type, name, id and data attributes (and value, for a radio or checkbox): what its copy has
 * too. Empty when it has no name and no id to tell it by.
 */
function identity(element: Element): string {
  let key = '';
  let named = false;
  for (const { name, value } of element.attributes) {
    if (name === 'name' || name === 'id') named = true;
    if (name === 'name' || name === 'id' || name === 'type' || name.startsWith('data-')) key += `${name}=${value};`;
  }
  if (isCheckable(element as HTMLElement)) key += `value=${(element as HTMLInputElement).value};`;
  return named ? `${element.localName};${key}` : '';
}

/**
 * A copy a step may follow: shown, and no password field. Its type, name and id are the original's
 * (identity), and no step is ever planned for a field that says password by those.
 */
function usableCopy(element: HTMLElement): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return !element.hidden && style?.display !== 'none' && style?.visibility !== 'hidden' && !isPasswordInput(element);
}

function rememberHome(element: HTMLElement): void {
  const parent = element.parentElement;
  if (!parent || !element.isConnected || homes.has(element)) return;
  const key = identity(element);
  if (key) homes.set(element, { parent, key });
}

/** The copy a re-render put where `element` was, if it was replaced; undefined when there is none. */
function copyOf(element: HTMLElement): HTMLElement | undefined {
  const home = homes.get(element);
  if (!home?.parent.isConnected) return undefined;
  const copies = [...home.parent.children].filter((child) => child !== element && identity(child) === home.key);
  const [copy] = copies;
  if (copies.length !== 1 || !(copy instanceof HTMLElement) || !usableCopy(copy)) return undefined;
  homes.set(copy, home);
  return copy;
}

/** The field a step writes: its element, or the copy the page re-rendered in its place (the step follows it). */
export function followReRender(step: FillStep): HTMLElement {
  if (!step.element.isConnected) {
    const copy = copyOf(step.element);
    if (copy) step.element = copy;
  }
  return step.element;
}

/** The other members of a radio group: same name in the same form, or siblings in a role=radiogroup. */
function radioGroup(element: HTMLElement): HTMLElement[] {
  if (isCheckable(element)) {
    if (element.type !== 'radio' || !element.name) return [element];
    // A radio in a shadow root groups only with radios of that root, and has no form.
    const scope: ParentNode = element.form ?? (element.getRootNode() as Document | ShadowRoot);
    return [...scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
      (radio) => radio.name === element.name,
    );
  }
  if (element.getAttribute('role') === 'checkbox') return [element];
  const group = element.closest('[role="radiogroup"]') ?? element.parentElement;
  return group ? [...group.querySelectorAll<HTMLElement>('[role="radio"], [aria-checked]')] : [element];
}

function currentValue(element: HTMLElement): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
  if (element instanceof HTMLSelectElement) return element.value;
  return element.textContent?.trim() ?? '';
}

function checkValue(element: HTMLElement): string {
  return isCheckable(element)
    ? element.value
    : (element.getAttribute('data-value') ?? element.textContent?.trim() ?? '');
}

function snapshot(element: HTMLElement): PriorState {
  const groupWasOn = isCheckable(element) || isAriaCheckable(element) ? (radioGroup(element).find(isOn) ?? null) : null;
  return {
    value: currentValue(element),
    selectedIndex: element instanceof HTMLSelectElement ? element.selectedIndex : -1,
    checked: isCheckable(element) && element.checked,
    ariaChecked: element.getAttribute('aria-checked'),
    groupWasOn,
  };
}

/** Calls the native setter from the prototype, so frameworks that wrap the instance's `value` still notice. */
function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  let prototype = Object.getPrototypeOf(element) as object | null;
  while (prototype && !Object.hasOwn(prototype, 'value')) prototype = Object.getPrototypeOf(prototype) as object | null;
  const setter = prototype && Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}

function announce(element: HTMLElement): void {
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

function isReadOnly(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
    return element.disabled || element.readOnly;
  if (element instanceof HTMLSelectElement) return element.disabled;
  return element.getAttribute('aria-disabled') === 'true';
}

function findOption(select: HTMLSelectElement, want: Extract<FillWant, { kind: 'select' }>) {
  const options = [...select.options];
  if (want.matches) return options.find(want.matches);
  return (
    options.find((option) => option.value === want.value) ?? options.find((option) => option.text.trim() === want.value)
  );
}

interface Applied {
  outcome: FillOutcome;
  prior?: PriorState;
  /** The outcome once the page has caught up with a click it has not shown yet. */
  later?: FillOutcome;
}

function fillText(step: FillStep, element: HTMLInputElement | HTMLTextAreaElement, value: string): Applied {
  const { role } = step;
  const now = element.value;
  const ours = written.get(element);
  if (now === value) return { outcome: { role, outcome: 'already-correct', value } };
  if (!step.repair && ours && now !== ours.after && now !== ours.before)
    return { outcome: { role, outcome: 'left', reason: 'user-edited', value: now } };
  if (step.keepExisting && now !== '')
    return { outcome: { role, outcome: 'left', reason: 'kept-existing', value: now } };
  const prior = snapshot(element);
  setNativeValue(element, value);
  announce(element);
  if (element.value !== value) {
    restoreText(element, prior.value);
    return { outcome: { role, outcome: 'left', reason: 'not-kept', value: now } };
  }
  written.set(element, { before: ours?.before ?? now, after: value });
  return {
    outcome: now === '' ? { role, outcome: 'filled', value } : { role, outcome: 'corrected', from: now, value },
    prior,
  };
}

function fillSelect(step: FillStep, element: HTMLSelectElement, want: Extract<FillWant, { kind: 'select' }>): Applied {
  const { role } = step;
  const now = element.value;
  const option = findOption(element, want);
  if (!option) return { outcome: { role, outcome: 'left', reason: 'no-such-option', value: now } };
  if (option.selected) return { outcome: { role, outcome: 'already-correct', value: option.value } };
  const ours = written.get(element);
  if (!step.repair && ours && now !== ours.after && now !== ours.before)
    return { outcome: { role, outcome: 'left', reason: 'user-edited', value: now } };
  const prior = snapshot(element);
  setNativeValue(element, option.value);
  announce(element);
  if (!option.selected) return { outcome: { role, outcome: 'left', reason: 'not-kept', value: element.value } };
  written.set(element, { before: ours?.before ?? now, after: option.value });
  return {
    outcome:
      prior.selectedIndex < 0
        ? { role, outcome: 'filled', value: option.value }
        : { role, outcome: 'corrected', from: now, value: option.value },
    prior,
  };
}

function fillCheck(step: FillStep, element: HTMLElement): Applied {
  const { role } = step;
  const value = checkValue(element);
  if (isOn(element)) return { outcome: { role, outcome: 'already-correct', value } };
  const prior = snapshot(element);
  const wasOn = prior.groupWasOn ? checkValue(prior.groupWasOn) : '';
  const ours = written.get(element);
  // We turned it on before and the user has since chosen a third option.
  if (!step.repair && ours && wasOn !== ours.before)
    return { outcome: { role, outcome: 'left', reason: 'user-edited', value: wasOn } };
  element.click();
  written.set(element, { before: wasOn, after: value });
  const outcome: FillOutcome =
    wasOn === '' ? { role, outcome: 'filled', value } : { role, outcome: 'corrected', from: wasOn, value };
  if (!isOn(element))
    return { outcome: { role, outcome: 'left', reason: 'not-kept', value: wasOn }, prior, later: outcome };
  return { outcome, prior };
}

/** A checkbox: an `<input>` or an element with role=checkbox/switch. */
function fillUncheck(step: FillStep, element: HTMLElement): Applied {
  const { role } = step;
  if (!isOn(element)) return { outcome: { role, outcome: 'already-correct', value: '' } };
  const prior = snapshot(element);
  const value = checkValue(element);
  element.click();
  written.set(element, { before: value, after: '' });
  const outcome: FillOutcome = { role, outcome: 'corrected', from: value, value: '' };
  if (isOn(element)) return { outcome: { role, outcome: 'left', reason: 'not-kept', value }, prior, later: outcome };
  return { outcome, prior };
}

/** A custom dropdown: picked through its own UI; its prior value is what it showed. */
function fillWidget(
  step: FillStep,
  element: HTMLElement,
  want: Extract<FillWant, { kind: 'select' }>,
  widgets: CustomSelects,
): Applied {
  const { role } = step;
  const wanted = { value: want.value, ...(want.text ? { text: want.text } : {}) };
  const now = widgets.shown(element);
  if (widgets.holds(element, wanted)) return { outcome: { role, outcome: 'already-correct', value: want.value } };
  const ours = written.get(element);
  if (!step.repair && ours && now !== ours.before)
    return { outcome: { role, outcome: 'left', reason: 'user-edited', value: now } };
  const prior = { ...snapshot(element), value: now, widget: wanted };
  const picked = widgets.pick(element, wanted);
  if (picked.outcome === 'left') return { outcome: { role, outcome: 'left', reason: picked.reason, value: now } };
  if (picked.outcome === 'already-correct')
    return { outcome: { role, outcome: 'already-correct', value: picked.value } };
  written.set(element, { before: ours?.before ?? now, after: want.value });
  return {
    outcome:
      picked.outcome === 'filled'
        ? { role, outcome: 'filled', value: picked.value }
        : { role, outcome: 'corrected', from: now, value: picked.value },
    prior,
  };
}

function applyStep(step: FillStep): Applied {
  const { role, element, want } = step;
  if (isPasswordInput(element)) return { outcome: { role, outcome: 'left', reason: 'password', value: '' } };
  if (want.kind === 'select' && !(element instanceof HTMLSelectElement) && customSelects)
    return fillWidget(step, element, want, customSelects);
  if (isReadOnly(element))
    return { outcome: { role, outcome: 'left', reason: 'read-only', value: currentValue(element) } };
  if (want.kind === 'text' && (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement))
    return fillText(step, element, want.value);
  if (want.kind === 'select' && element instanceof HTMLSelectElement) return fillSelect(step, element, want);
  if (want.kind === 'check' && (isCheckable(element) || isAriaCheckable(element))) return fillCheck(step, element);
  if (
    want.kind === 'uncheck' &&
    (isCheckable(element)
      ? element.type === 'checkbox'
      : isAriaCheckable(element) && element.getAttribute('role') !== 'radio')
  )
    return fillUncheck(step, element);
  return { outcome: { role, outcome: 'left', reason: 'unsupported-element', value: currentValue(element) } };
}

function restoreText(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  setNativeValue(element, value);
  announce(element);
}

/**
 * After one run's write is put back: the field holds what an earlier run of ours wrote (an address
 * typed first, then filled again), so that run's undo still knows it as ours; or it is the page's again.
 */
function putBack(element: HTMLElement, original: string, now: string): void {
  if (now === original) written.delete(element);
  else written.set(element, { before: original, after: now });
}

/**
 * Puts one field back; false when the user has changed it since our fill. `turnsLater`: the page turned
 * this switch over a tick after our click, so it will after this one too.
 */
function restore(element: HTMLElement, prior: PriorState, turnsLater = false): boolean {
  const ours = written.get(element);
  if (prior.widget) {
    const widgets = customSelects;
    if (!ours || !widgets?.holds(element, prior.widget) || !widgets.restore(element, prior.value)) return false;
    written.delete(element);
    return true;
  }
  if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
    if (!ours) return false;
    if (element.type === 'checkbox' && prior.checked) {
      if (element.checked) return false;
      element.click();
      written.delete(element);
      return true;
    }
    if (!element.checked) return false;
    // The radio that was on before, unless the page has drawn the group again since: clicking that one does nothing.
    if (prior.groupWasOn && !prior.groupWasOn.isConnected) return false;
    if (prior.groupWasOn && prior.groupWasOn !== element) prior.groupWasOn.click();
    else if (element.type === 'checkbox') element.click();
    else {
      element.checked = false;
      announce(element);
    }
    written.delete(element);
    return true;
  }
  if (isAriaCheckable(element)) {
    if (!ours) return false;
    // A role=checkbox/switch goes back the way it changed: by a click, which the page's own script handles.
    if (isAriaToggle(element)) {
      const wasOn = prior.ariaChecked === 'true';
      if (isOn(element) === wasOn) return false;
      element.click();
      written.delete(element);
      return isOn(element) === wasOn || turnsLater;
    }
    if (element.getAttribute('aria-checked') !== 'true') return false;
    // The radio that was on before, unless the page has drawn the group again since: clicking that one does nothing.
    if (prior.groupWasOn && !prior.groupWasOn.isConnected) return false;
    if (prior.groupWasOn && prior.groupWasOn !== element) prior.groupWasOn.click();
    else if (prior.ariaChecked === null) element.removeAttribute('aria-checked');
    else element.setAttribute('aria-checked', prior.ariaChecked);
    written.delete(element);
    return true;
  }
  if (element instanceof HTMLSelectElement) {
    if (!ours || element.value !== ours.after) return false;
    element.selectedIndex = prior.selectedIndex;
    announce(element);
    putBack(element, ours.before, prior.value);
    return true;
  }
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    if (!ours || element.value !== ours.after) return false;
    restoreText(element, prior.value);
    putBack(element, ours.before, prior.value);
    return true;
  }
  return false;
}

const priorOn = (prior: PriorState) => prior.checked || prior.ariaChecked === 'true';

/**
 * Applies the steps in order (order matters: a port change can reveal its security radios).
 * Never writes a password field, never submits, and skips fields that already hold the value.
 */
export function fillFields(plan: readonly FillStep[]): FillResult {
  let touched: { role: string; element: HTMLElement; prior: PriorState; pending: boolean }[] = [];
  for (const step of plan) rememberHome(step.element);
  const later: (FillOutcome | undefined)[] = [];
  const outcomes = plan.map((step) => {
    followReRender(step);
    const applied = applyStep(step);
    later.push(applied.later);
    if (applied.prior)
      touched.push({ role: step.role, element: step.element, prior: applied.prior, pending: !!applied.later });
    return applied.outcome;
  });
  return {
    outcomes,
    later,
    // Read when asked: a box the page turns over a tick after our click counts once it has.
    get changed() {
      return touched.some(({ element, prior, pending }) => !pending || isOn(element) !== priorOn(prior));
    },
    undo: () => {
      const undone = touched.reverse().flatMap(({ role, element, prior, pending }): UndoOutcome[] => {
        // A click the page never took: nothing to put back.
        if (pending && isOn(element) === priorOn(prior)) {
          written.delete(element);
          return [];
        }
        // A field the page replaced since: put back in its copy, if that still holds what we wrote.
        const target = element.isConnected ? element : copyOf(element);
        if (!target) return [{ role, outcome: 'left' }];
        const ours = written.get(element);
        if (target !== element && ours && !written.has(target)) written.set(target, ours);
        return [{ role, outcome: restore(target, prior, pending) ? 'restored' : 'left' }];
      });
      touched = [];
      return undone;
    },
  };
}
