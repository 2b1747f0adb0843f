/** Loads a fixture page into the test DOM and reads values back, through shadow roots too. */

/** happy-dom does not run inline scripts: run them in order, as a browser would after parsing. */
export function loadFixture(html: string): void {
  document.open();
  document.write(html);
  document.close();
  // happy-dom's parser can leave a <select> on the wrong option (or none); browsers select its last
  // `selected` option, or the first.
  for (const select of document.querySelectorAll('select'))
    if (!select.multiple && select.options.length > 0)
      select.selectedIndex = Math.max(
        0,
        [...select.options].findLastIndex((option) => option.hasAttribute('selected')),
      );
  for (const script of document.querySelectorAll('script')) new Function(script.textContent ?? '')();
}

function deepQuery(root: ParentNode, selector: string): Element | null {
  // happy-dom's :checked does not parse after an attribute selector holding brackets ("form[mail_method]").
  if (selector.endsWith(':checked')) {
    const checked = [...root.querySelectorAll<HTMLInputElement>(selector.slice(0, -':checked'.length))].find(
      (input) => input.checked,
    );
    if (checked) return checked;
  }
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepQuery(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

/** `host >>> inner` steps into host's shadow root. */
export function elementAt(selector: string): Element {
  let scope: ParentNode = document;
  let element: Element | null = null;
  for (const step of selector.split('>>>').map((part) => part.trim())) {
    element = deepQuery(scope, step);
    if (!element) throw new Error(`nothing at ${selector}`);
    scope = element.shadowRoot ?? element;
  }
  if (!element) throw new Error(`nothing at ${selector}`);
  return element;
}

function stateOf(element: Element): string {
  if (element instanceof HTMLInputElement && element.type === 'checkbox') return element.checked ? 'on' : 'off';
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) return element.value;
  return element.getAttribute('value') ?? element.getAttribute('data-value') ?? '';
}

export function valueAt(selector: string): string {
  return stateOf(elementAt(selector));
}

/** Every control's state on the page, shadow roots included: to prove nothing else changed. */
export function pageValues(): string[] {
  const values: string[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      // A button's words are the page's own (a "Done" that reads "Reset" once anything changed), never a value.
      if (element.matches('input:not([type=button], [type=submit], [type=reset], [type=image]), select, textarea'))
        values.push(
          `${element.getAttribute('name') ?? element.id}=${stateOf(element)}:${(element as HTMLInputElement).checked}`,
        );
      if (element.hasAttribute('aria-checked')) values.push(`aria=${element.getAttribute('aria-checked')}`);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return values;
}
