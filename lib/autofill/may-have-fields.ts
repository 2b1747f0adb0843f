/**
 * A look before the pipeline: false only when the page has no element collect/collect.ts could
 * record as a field (input, select, textarea, an ARIA radio or checked custom element), in its
 * document or in any open shadow root. Then no form can be found, and the scripts injected into
 * pages need not load or run the rest of the pipeline. It errs towards true: a hidden input or a
 * button-type input is enough.
 */

// Collect's fields by their selectors: every one of them matches at least one of these.
const fieldSelector = 'input, select, textarea, [role="radio"], [aria-checked]';

export function mayHaveFields(root: Document | ShadowRoot): boolean {
  if (root.querySelector(fieldSelector)) return true;
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow && mayHaveFields(shadow)) return true;
  }
  return false;
}
