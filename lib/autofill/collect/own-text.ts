/** Text of an element without the text of controls inside it (a wrapping label holds its select's options). */
export function ownText(element: Element): string {
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

/** Text of the elements an aria-labelledby (or similar) list of ids names, in the same tree scope. */
export function textOfIds(root: Document | ShadowRoot, ids: string): string[] {
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    const target = id ? root.getElementById(id) : null;
    if (target) parts.push(ownText(target));
  }
  return parts;
}
