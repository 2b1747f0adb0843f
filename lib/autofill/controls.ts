/**
 * What kind of control an element is, the same way for reading a page (collect.ts) and writing it
 * (fill.ts). Plain DOM.
 */

export function isPasswordInput(element: Element): boolean {
  return element.localName === 'input' && (element as HTMLInputElement).type.toLowerCase() === 'password';
}

export function isCheckable(element: HTMLElement): element is HTMLInputElement {
  return element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');
}

/** role=checkbox or role=switch: an on/off toggle that is not an `<input>`. */
export function isAriaToggle(element: Element, role = element.getAttribute('role')): boolean {
  return role === 'checkbox' || role === 'switch';
}

/**
 * role=radio/checkbox/switch, or a custom element that says its state with aria-checked (`<md-radio-button>`).
 * `role` when the caller has read it already: collecting asks this of every element on the page.
 */
export function isAriaCheckable(element: Element, role = element.getAttribute('role')): boolean {
  if (role === 'radio' || role === 'checkbox' || role === 'switch') return true;
  return role === null && element.localName.includes('-') && element.hasAttribute('aria-checked');
}

export function isOn(element: HTMLElement): boolean {
  return isCheckable(element) ? element.checked : element.getAttribute('aria-checked') === 'true';
}
