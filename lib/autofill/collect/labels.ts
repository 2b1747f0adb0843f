import { ownText, textOfIds } from './own-text';
import { isShadowRoot, type Root, rootOf } from './walk';

/**
 * The text that labels a field: `<label for>` (before or after it), a wrapping `<label>`,
 * aria-labelledby and aria-label; for a control inside a custom element's shadow root, the custom
 * element's own label too.
 */

/** Labels by their `for`, per tree scope (document or shadow root), indexed on first use. */
export class LabelIndex {
  private readonly byRoot = new Map<Root, Map<string, HTMLLabelElement[]>>();

  labelsFor(root: Root, id: string): HTMLLabelElement[] | undefined {
    let index = this.byRoot.get(root);
    if (!index) {
      index = new Map();
      const all = root.querySelectorAll<HTMLLabelElement>('label[for]');
      // Indexed, not for…of: a page can have thousands, and a NodeList's iterator allocates per label.
      for (let at = 0; at < all.length; at++) {
        const label = all[at] as HTMLLabelElement;
        const list = index.get(label.htmlFor);
        if (list) list.push(label);
        else index.set(label.htmlFor, [label]);
      }
      this.byRoot.set(root, index);
    }
    return index.get(id);
  }

  /** Every label element of a field: by `for` and wrapping. */
  labelElements(element: HTMLElement): HTMLLabelElement[] {
    const labels = [...(this.labelsFor(rootOf(element), element.id) ?? [])];
    const wrapping = element.closest('label');
    if (wrapping) labels.push(wrapping as HTMLLabelElement);
    return labels;
  }

  /** `attribute` reads an attribute the caller knows the element has (cheaper than asking each). */
  labelText(element: HTMLElement, attribute: (name: string) => string, root: Root = rootOf(element)): string {
    // Built up as one string, not an array joined: most fields have one label, on pages of thousands.
    let text: string | undefined;
    const byFor = element.id ? this.labelsFor(root, element.id) : undefined;
    // Some apps reuse ids (IMAP and SMTP radios): prefer the label that sits next to this field.
    const labels =
      byFor && byFor.length > 1 ? byFor.filter((label) => label.parentElement === element.parentElement) : byFor;
    for (const label of labels?.length ? labels : (byFor ?? [])) text = also(text, labelContent(label));
    const wrapping = element.closest('label');
    if (wrapping && !byFor?.includes(wrapping as HTMLLabelElement)) text = also(text, labelContent(wrapping));
    const labelledBy = attribute('aria-labelledby');
    if (labelledBy) for (const part of textOfIds(root, labelledBy)) text = also(text, part);
    const ariaLabel = attribute('aria-label');
    if (ariaLabel) text = also(text, ariaLabel);
    if (isShadowRoot(root)) text = also(text, this.hostText(root.host));
    return text ?? this.boxLabel(element, root) ?? captionLabel(element) ?? '';
  }

  /** A div dropdown's box (widget.ts) is labelled by the label whose `for` names the dropdown around it. */
  private boxLabel(element: HTMLElement, root: Root): string | undefined {
    if (element.localName !== 'div' && element.localName !== 'span') return undefined;
    for (let node = element.parentElement, depth = 0; node && depth < 2; node = node.parentElement, depth++) {
      const byFor = node.id ? this.labelsFor(root, node.id) : undefined;
      if (byFor?.length) return byFor.map(labelContent).join(' ');
    }
    return undefined;
  }

  /** A control inside a custom element's shadow root is labelled by the custom element. */
  private hostText(host: Element): string {
    const label = host.getAttribute('aria-label') ?? host.getAttribute('label') ?? '';
    const byFor = host.id ? this.labelsFor(rootOf(host), host.id) : undefined;
    const wrapping = host.closest('label');
    return [label, ...(byFor ?? []).map(labelContent), wrapping ? labelContent(wrapping) : ''].join(' ');
  }
}

const controls = 'input:not([type="hidden"]), select, textarea';
/** How far up from a field a caption label is looked for: its wrapper, the wrapper's wrapper, … four levels. */
const captionDepth = 4;

/**
 * A `<label>` with no `for` and no control inside it, in the wrapper that holds only this field
 * ("<td><label>SMTP hostname</label><div>help</div><div><input></div></td>"): many frameworks
 * caption a field so, and the browser does not tie them. Only for a field no other label names.
 */
function captionLabel(element: HTMLElement): string | undefined {
  let wrapper = element.parentElement;
  for (let depth = 0; wrapper && depth < captionDepth; depth++, wrapper = wrapper.parentElement) {
    if (wrapper.localName === 'form' || wrapper.localName === 'body') return undefined;
    const labels = wrapper.querySelectorAll('label:not([for])');
    if (labels.length > 0 && wrapper.querySelectorAll(controls).length > 1) return undefined;
    for (const label of labels) if (!label.querySelector(controls)) return labelContent(label);
  }
  return undefined;
}

/** A label's text, or its localisation id when the page fills the text in at run time. */
export function labelContent(label: Element): string {
  const text = ownText(label);
  return /\S/.test(text) ? text : (label.getAttribute('data-l10n-id') ?? '');
}

/** The label of a role=radiogroup container. */
export function groupLabel(container: Element): string {
  const labelledBy = container.getAttribute('aria-labelledby');
  const target = labelledBy ? rootOf(container).getElementById(labelledBy.split(/\s+/)[0] ?? '') : null;
  return container.getAttribute('aria-label') ?? (target ? ownText(target) : '');
}

/** The parts so far and one more, a space apart, exactly as joining them all with ' ' would give. */
const also = (text: string | undefined, part: string) => (text === undefined ? part : `${text} ${part}`);
