/**
 * Custom dropdowns that are not a <select>: an element with role=combobox, a button with
 * aria-haspopup=listbox, a read-only input that shows the chosen option, a button beside its own
 * list of valued items, a focusable box that shows the chosen item beside a hidden list of plain
 * items (no roles, no values; often without the chosen one), or the stand-in of a hidden native
 * select that keeps only its chosen option (the stand-in lists the others while open). Their options are role=option elements (in the widget, in the listbox that
 * aria-controls/aria-owns names, or mounted at the end of <body> while open) or list items with a
 * value. They are read and set only through what a user does: a click to open, a click on the option.
 * Plain DOM, by ARIA roles and structure only, the same for collecting (collect.ts) and filling.
 */

const optionSelector = '[role=option]';
const valuedItems = ':scope > li[value], :scope > li[data-value], :scope li[value], :scope li[data-value]';

/**
 * A hidden native select that holds only its chosen option, so only its stand-in (the element right
 * after it) offers the others: the stand-in's part a user clicks, the one with its typing box.
 */
export function standInTrigger(select: HTMLSelectElement): HTMLElement | null {
  if (select.multiple || select.options.length > 1) return null;
  const standIn = select.nextElementSibling;
  if (!standIn || standIn.localName === 'select') return null;
  const style = select.ownerDocument.defaultView?.getComputedStyle(select);
  if (!select.hidden && style?.display !== 'none') return null;
  for (const part of standIn.children)
    if ((part.localName === 'div' || part.localName === 'span') && part.querySelector(typingBox))
      return part as HTMLElement;
  return null;
}

/** The box a stand-in types its search into (some copy the select's own type, "select-one"). */
const typingBox = 'input:not([type]), input[type=text], input[type=search], input[type=select-one]';

/** The native select a stand-in's clicked part chooses for (standInTrigger's other way round). */
function chosenFor(trigger: Element): HTMLSelectElement | null {
  const select = trigger.parentElement?.previousElementSibling;
  return select?.localName === 'select' && standInTrigger(select as HTMLSelectElement) === trigger
    ? (select as HTMLSelectElement)
    : null;
}

/** Whether the trigger is a stand-in's part for a native select (standInTrigger). */
export function isStandIn(trigger: Element): boolean {
  return chosenFor(trigger) !== null;
}

/** A stand-in's options: valued items beside the part that shows the chosen one. */
function standInOptions(trigger: Element): HTMLElement[] {
  const standIn = trigger.parentElement;
  if (!standIn) return [];
  return [...standIn.querySelectorAll<HTMLElement>('[data-value]')].filter((option) => !trigger.contains(option));
}

/** Whether a stand-in shows its options: none of them sits in a part that is not displayed. */
function standInOpen(trigger: Element): boolean {
  const standIn = trigger.parentElement;
  const view = trigger.ownerDocument.defaultView;
  return standInOptions(trigger).some((option) => {
    for (let node: Element | null = option; node && node !== standIn; node = node.parentElement)
      if (view?.getComputedStyle(node).display === 'none') return false;
    return true;
  });
}

/** A hidden native <select> with this element as its stand-in: the select is the field, not the widget. */
function standsInForSelect(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement)
    if (node.previousElementSibling?.localName === 'select' || node.nextElementSibling?.localName === 'select')
      return true;
  return false;
}

/** The list of valued items a button opens: a sibling <ul>/<ol> whose items carry values. */
function siblingList(button: Element): Element | null {
  const parent = button.parentElement;
  if (!parent) return null;
  for (const child of parent.children)
    if ((child.localName === 'ul' || child.localName === 'ol') && child.querySelector(valuedItems)) return child;
  return null;
}

/** Longest text a plain item or the box showing it may have: a choice's name, not a paragraph. */
const shortText = 60;
const maxPlainItems = 30;

/**
 * The list of plain items beside a focusable box (a div dropdown without ARIA): the `<li>`s of the
 * next sibling that holds a list and nothing to fill or follow, and no roles (a menu is no choice).
 * `onlyWhileClosed`: only while that list is hidden, as a dropdown's is until it opens (an open menu
 * of links or a list on show is no dropdown).
 */
function plainItemsBeside(box: Element, onlyWhileClosed: boolean): HTMLElement[] {
  // Cheapest first: most focusable boxes on a page have no list beside them.
  const sibling = box.nextElementSibling;
  if (!sibling || (box as HTMLElement).tabIndex < 0 || box.hasAttribute('aria-haspopup')) return [];
  const list = sibling.localName === 'ul' || sibling.localName === 'ol' ? sibling : sibling.querySelector('ul, ol');
  if (!list || list.hasAttribute('role')) return [];
  const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
  if (items.length === 0 || items.length > maxPlainItems) return [];
  if (items.some((item) => item.childElementCount > 2 || item.hasAttribute('role') || !isShort(item))) return [];
  if (sibling.querySelector('input, select, textarea, button, a[href]') || !isShort(box) || box.closest('nav'))
    return [];
  if (!onlyWhileClosed) return items;
  const view = box.ownerDocument.defaultView;
  const closed = (element: Element) => {
    const style = view?.getComputedStyle(element);
    return style?.display === 'none' || style?.visibility === 'hidden';
  };
  return closed(sibling) || (list !== sibling && closed(list)) ? items : [];
}

/** A text no longer than a choice's name. */
function isShort(element: Element): boolean {
  const text = element.textContent ?? '';
  return text.length <= shortText || text.trim().length <= shortText;
}

const boxNames = new Set(['div', 'span']);

/** A focusable box that shows the chosen item beside its closed list of plain items. */
function isPlainItemsBox(element: Element, name: string): boolean {
  return boxNames.has(name) && plainItemsBeside(element, true).length > 0;
}

/** A div dropdown: a focusable box beside its list of plain items, open or closed. */
export function isDivDropdown(trigger: Element): boolean {
  return boxNames.has(trigger.localName) && plainItemsBeside(trigger, false).length > 0;
}

/**
 * Whether `element` is the part of a custom dropdown a user clicks. `role` when the caller read it
 * already: collecting asks this of buttons, comboboxes and read-only inputs only.
 */
export function isWidgetTrigger(element: Element, role = element.getAttribute('role')): boolean {
  const name = element.localName;
  if (name === 'input') {
    const input = element as HTMLInputElement;
    // An editable combobox is a text field with suggestions; only a read-only one is a choice.
    if (!input.readOnly || input.disabled) return false;
    if (role !== 'combobox' && element.getAttribute('aria-haspopup') !== 'listbox') return false;
  } else if (role === 'combobox') {
    if (name === 'select') return false;
  } else if (name === 'button' || role === 'button') {
    if (element.getAttribute('aria-haspopup') !== 'listbox' && !siblingList(element)) return false;
  } else if (!isPlainItemsBox(element, name)) return false;
  if (element.getAttribute('aria-disabled') === 'true') return false;
  return !standsInForSelect(element);
}

/** The smallest element holding the trigger and what it shows: a custom element, or the trigger's parent. */
function widgetRoot(trigger: Element): Element {
  const parent = trigger.parentElement;
  if (!parent) return trigger;
  if (parent.localName.includes('-')) return parent;
  return trigger.localName === 'input' ? parent : trigger;
}

/** The hidden inputs a widget keeps its value in: they change with it. */
export function widgetParts(trigger: Element): Element[] {
  const select = chosenFor(trigger);
  if (select) return [select];
  if (!isWidgetTrigger(trigger)) return [];
  const root = widgetRoot(trigger);
  return root === trigger ? [] : [...root.querySelectorAll('input[type=hidden]')];
}

/** What the widget shows as chosen now, as the user reads it. */
export function shownValue(trigger: Element): string {
  if (trigger.localName === 'input') {
    const { value } = trigger as HTMLInputElement;
    if (value) return value.trim();
    // The input is empty and the chosen option's text sits beside it.
    const parent = trigger.parentElement;
    return (parent?.textContent ?? '').trim();
  }
  return (trigger.textContent ?? '').trim();
}

/** The value a widget keeps for its shown choice, where it keeps one (a hidden input, data-value, value). */
export function keptValue(trigger: Element): string {
  const select = chosenFor(trigger);
  if (select) return select.value;
  const hidden = widgetParts(trigger)[0] as HTMLInputElement | undefined;
  if (hidden) return hidden.value;
  return trigger.getAttribute('data-value') ?? '';
}

function byId(trigger: Element, ids: string | null): Element[] {
  const root = trigger.getRootNode() as Document | ShadowRoot;
  return (ids ?? '')
    .split(/\s+/)
    .flatMap((id) => (id ? (root.getElementById(id) ?? trigger.ownerDocument.getElementById(id) ?? []) : []));
}

function optionsIn(container: Element): HTMLElement[] {
  if (container.getAttribute('role') === 'option') return [container as HTMLElement];
  return [...container.querySelectorAll<HTMLElement>(optionSelector)];
}

/** The widget's options that are in the page now, or none. */
export function optionsOf(trigger: Element): HTMLElement[] {
  for (const target of [
    ...byId(trigger, trigger.getAttribute('aria-controls')),
    ...byId(trigger, trigger.getAttribute('aria-owns')),
  ]) {
    const options = optionsIn(target);
    if (options.length > 0) return options;
  }
  // A listbox kept beside the trigger, named by nothing.
  for (const sibling of trigger.parentElement?.children ?? [])
    if (sibling !== trigger && sibling.getAttribute('role') === 'listbox') return optionsIn(sibling);
  const list = trigger.localName === 'button' ? siblingList(trigger) : null;
  if (list) return [...list.querySelectorAll<HTMLElement>('li[value], li[data-value]')];
  const plain = boxNames.has(trigger.localName) ? plainItemsBeside(trigger, false) : [];
  if (plain.length > 0) return plain;
  if (chosenFor(trigger)) return standInOptions(trigger);
  const root = widgetRoot(trigger);
  return root === trigger && trigger.localName === 'input' ? [] : optionsIn(root);
}

/** Listboxes that are open in the page now: where a widget that names none mounts its options. */
function openListboxes(trigger: Element): Element[] {
  const listboxes = [...trigger.ownerDocument.querySelectorAll('[role=listbox]')];
  // A widget inside a shadow root mounts its list there.
  const root = trigger.getRootNode();
  if (root !== trigger.ownerDocument) listboxes.push(...(root as ShadowRoot).querySelectorAll('[role=listbox]'));
  return listboxes;
}

export function optionText(option: Element): string {
  return (option.getAttribute('title') || option.textContent || '').trim();
}

export function optionValue(option: Element): string {
  return option.getAttribute('data-value') ?? option.getAttribute('value') ?? '';
}

/** Whether the widget says it is open: aria-expanded, or its options mounted for it. */
export function isOpen(trigger: Element): boolean {
  const expanded = trigger.getAttribute('aria-expanded');
  if (expanded !== null) return expanded === 'true';
  if (chosenFor(trigger)) return standInOpen(trigger);
  const root = widgetRoot(trigger);
  return root.classList.contains('is-expanded') || root.classList.contains('open');
}

/** The press, release and click of a user's mouse, with the pointer events browsers send first. */
export function press(element: Element): void {
  const view = element.ownerDocument.defaultView;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: 1, view };
  const PointerEventClass = view?.PointerEvent ?? view?.MouseEvent ?? MouseEvent;
  element.dispatchEvent(new PointerEventClass('pointerdown', init));
  element.dispatchEvent(new MouseEvent('mousedown', init));
  (element as HTMLElement).focus?.({ preventScroll: true });
  element.dispatchEvent(new PointerEventClass('pointerup', { ...init, buttons: 0 }));
  element.dispatchEvent(new MouseEvent('mouseup', { ...init, buttons: 0 }));
  element.dispatchEvent(new MouseEvent('click', { ...init, buttons: 0 }));
}

/**
 * The options a widget shows after a click: in the list it names or holds, else in the one listbox
 * that was not in the page `before` (a list mounted at the end of <body>).
 */
export function optionsAfterOpening(trigger: Element, before: ReadonlySet<Element>): HTMLElement[] {
  const named = optionsOf(trigger);
  if (named.length > 0) return named;
  const added = openListboxes(trigger).filter((listbox) => !before.has(listbox));
  return added.length === 1 && added[0] ? optionsIn(added[0]) : [];
}

export function listboxesNow(trigger: Element): Set<Element> {
  return new Set(openListboxes(trigger));
}

/** Closes a widget we opened, the way a user does: Escape, then a second click if it is still open. */
export function close(trigger: Element, stillOpen: () => boolean): void {
  if (!stillOpen()) return;
  const init = { bubbles: true, cancelable: true, composed: true, key: 'Escape', code: 'Escape' };
  // The key goes where the user's focus is: a stand-in moves it into its own typing box.
  const focused = trigger.ownerDocument.activeElement;
  const standIn = isStandIn(trigger);
  const target =
    focused && focused !== trigger && trigger.contains(focused)
      ? focused
      : (standIn && trigger.querySelector(typingBox)) || trigger;
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
  if (!stillOpen()) return;
  // A typing box that keeps its list open closes when the focus leaves it, as after a click elsewhere.
  if (target !== trigger) (target as HTMLElement).blur();
  // A stand-in opens on a press and never closes on one.
  if (!standIn && stillOpen()) press(trigger);
}
