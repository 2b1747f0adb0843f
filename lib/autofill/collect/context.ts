import { normalise } from './normalise';
import { ownText, textOfIds } from './own-text';
import { parentAcrossShadow, type Root, rootOf } from './walk';

/**
 * What the containers around a field say about it, nearest first: a fieldset's legend, the title
 * of the tab whose panel holds it, a <details> summary, a region's label, the containers' own
 * names (`id`, `class`, `name`). Each container is read once, however many fields it holds.
 */

const maxTextLength = 80;

/**
 * The controls that show a hidden part of the page, by the id of the part they control: tabs,
 * disclosure buttons (aria-expanded), and links or buttons that toggle a tab or collapse. Their
 * text names the part they show ("Outgoing"); that they exist makes the part one a person can open.
 */
export class PanelControls {
  private readonly byRoot = new Map<Root, Map<string, { title: string; reveals: boolean }>>();

  private of(root: Root): Map<string, { title: string; reveals: boolean }> {
    let controls = this.byRoot.get(root);
    if (controls) return controls;
    controls = new Map();
    for (const control of root.querySelectorAll(
      '[role=tab],[aria-controls],a[href^="#"],[data-target],[data-bs-target]',
    )) {
      const target =
        control.getAttribute('aria-controls') ??
        control.getAttribute('data-bs-target') ??
        control.getAttribute('data-target') ??
        control.getAttribute('href');
      const id = target?.replace(/^#/, '');
      if (!id || controls.has(id)) continue;
      controls.set(id, { title: normalise(control.textContent ?? '').slice(0, 60), reveals: reveals(control) });
    }
    this.byRoot.set(root, controls);
    return controls;
  }

  /** The text of the tab or button that shows the part with this id. */
  title(root: Root, id: string): string | undefined {
    return this.of(root).get(id)?.title;
  }

  /** Whether a real control shows the part with this id, so a person can open it. */
  revealed(root: Root, id: string): boolean {
    return this.of(root).get(id)?.reveals === true;
  }
}

/** A link to an anchor shows nothing by itself: only one that is a tab, or that says it toggles or expands, does. */
function reveals(control: Element): boolean {
  if (control.getAttribute('role') === 'tab' || control.hasAttribute('aria-expanded')) return true;
  if (
    /^(?:tab|pill|collapse)$/.test(control.getAttribute('data-bs-toggle') ?? control.getAttribute('data-toggle') ?? '')
  )
    return true;
  return control.hasAttribute('aria-controls') && control.closest('[role=tablist]') !== null;
}

/** The tab right before a panel, when tabs and panels alternate (a radio, its label role=tab, the panel it shows by CSS). */
export function tabBefore(panel: Element): Element | undefined {
  const before = panel.previousElementSibling;
  return before?.getAttribute('role') === 'tab' ? before : undefined;
}

function isDialog(element: Element): boolean {
  return element.localName === 'dialog' || /^(?:alert)?dialog$/.test(element.getAttribute('role') ?? '');
}

/** A dialog that does not name itself (no aria-label): its title is its header's text, or its first heading's. */
function dialogTitle(dialog: Element): string {
  const title = dialog.querySelector('header, h1, h2, h3, h4, h5, h6');
  return title ? ownText(title) : '';
}

export class SectionContext {
  private readonly contexts = new Map<Element, string[]>();
  private readonly dialogs = new Set<string>();

  constructor(private readonly controls: PanelControls) {}

  /** Section context from the nearest container outward, at most eight. */
  of(element: Element | null): string[] {
    if (!element) return [];
    const cached = this.contexts.get(element);
    if (cached) return cached;
    const outer = this.of(parentAcrossShadow(element));
    const own = this.ownContext(element);
    if (own && isDialog(element)) this.dialogs.add(own);
    let context = own ? [own, ...outer] : outer;
    // A dialog's title names everything in it, however deep its fields sit in the dialog's markup.
    if (context.length > 8) {
      const dialog = context.slice(7).find((part) => this.dialogs.has(part));
      context = dialog ? [...context.slice(0, 7), dialog] : context.slice(0, 8);
    }
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
    const root = rootOf(element);
    if (element.id) {
      const tabTitle = this.controls.title(root, element.id);
      if (tabTitle) parts.push(tabTitle);
    }
    const tab = tabBefore(element);
    if (tab) parts.push(ownText(tab));
    if (element.localName === 'details') {
      const summary = element.querySelector(':scope > summary');
      if (summary) parts.push(ownText(summary));
    }
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel) parts.push(ariaLabel);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy && element.localName !== 'input') parts.push(...textOfIds(root, labelledBy));
    else if (!ariaLabel && isDialog(element)) parts.push(dialogTitle(element));
    const names = `${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('name') ?? ''}`;
    if (names.trim()) parts.push(names);
    return normalise(parts.join(' ')).slice(0, maxTextLength);
  }
}
