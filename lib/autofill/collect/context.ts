import { normalise } from './normalise';
import { ownText, textOfIds } from './own-text';
import { parentAcrossShadow, type Root, rootOf } from './walk';

/**
 * What the containers around a field say about it, nearest first: a fieldset's legend, the title
 * of the tab whose panel holds it, a <details> summary, a region's label, the containers' own
 * names (`id`, `class`, `name`). Each container is read once, however many fields it holds.
 */

const maxTextLength = 80;

/** Tab titles by the id of the panel they control, per tree scope, read on first use. */
export class TabTitles {
  private readonly byRoot = new Map<Root, Map<string, string>>();

  of(root: Root): Map<string, string> {
    let titles = this.byRoot.get(root);
    if (titles) return titles;
    titles = new Map();
    for (const tab of root.querySelectorAll('[role=tab],[aria-controls],a[href^="#"],[data-target],[data-bs-target]')) {
      const target =
        tab.getAttribute('aria-controls') ??
        tab.getAttribute('data-bs-target') ??
        tab.getAttribute('data-target') ??
        tab.getAttribute('href');
      const id = target?.replace(/^#/, '');
      if (id && !titles.has(id)) titles.set(id, normalise(tab.textContent ?? '').slice(0, 60));
    }
    this.byRoot.set(root, titles);
    return titles;
  }
}

export class SectionContext {
  private readonly contexts = new Map<Element, string[]>();

  constructor(private readonly tabTitles: TabTitles) {}

  /** Section context from the nearest container outward, at most eight. */
  of(element: Element | null): string[] {
    if (!element) return [];
    const cached = this.contexts.get(element);
    if (cached) return cached;
    const outer = this.of(parentAcrossShadow(element));
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
    const root = rootOf(element);
    if (element.id) {
      const tabTitle = this.tabTitles.of(root).get(element.id);
      if (tabTitle) parts.push(tabTitle);
    }
    if (element.localName === 'details') {
      const summary = element.querySelector(':scope > summary');
      if (summary) parts.push(ownText(summary));
    }
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel) parts.push(ariaLabel);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy && element.localName !== 'input') parts.push(...textOfIds(root, labelledBy));
    const names = `${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('name') ?? ''}`;
    if (names.trim()) parts.push(names);
    return normalise(parts.join(' ')).slice(0, maxTextLength);
  }
}
