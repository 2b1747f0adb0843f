import type { TabTitles } from './context';
import type { Visibility } from './field';
import type { LabelIndex } from './labels';
import { parentAcrossShadow, rootOf } from './walk';

/**
 * Whether a person can see a field, or could show it (a tab, step or collapsed part not open yet),
 * or neither: display:none, honeypots with no area or placed far off the page.
 */

const panelClass =
  /(?:^|[\s_-])(?:tab|tabs|tab-?pane|tab-?panel|tab-?content|pane|panel|step|collapse|accordion)(?:$|[\s_-])/i;

/** A field whose own style hides it stays hidden even when it sits in a tab. */
function ownStyleHides(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = (element as HTMLElement).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

export class VisibilityReader {
  private readonly panels = new Map<Element, boolean>();
  private readonly hasLayout: boolean;

  constructor(
    document: Document,
    private readonly labels: LabelIndex,
    private readonly tabTitles: TabTitles,
  ) {
    this.hasLayout = document.documentElement.getBoundingClientRect().width > 0;
  }

  of(element: Element): Visibility {
    const shown =
      typeof element.checkVisibility === 'function'
        ? element.checkVisibility({ visibilityProperty: true })
        : !element.closest('[hidden]');
    if (shown) return this.tiny(element) ? 'hidden' : 'visible';
    if (ownStyleHides(element)) return 'hidden';
    for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node))
      if (this.isPanel(node)) return 'hidden-panel';
    return 'hidden';
  }

  /** A styled radio or checkbox hides the box itself and shows its label. */
  hasVisibleLabel(element: HTMLElement): boolean {
    return this.labels.labelElements(element).some((label) => this.of(label) !== 'hidden');
  }

  /** Honeypots and off-screen traps: fields with no area, or placed far off the page. */
  private tiny(element: Element): boolean {
    if (!this.hasLayout) return false;
    const type = element.getAttribute('type');
    if (type === 'radio' || type === 'checkbox') return false;
    const box = element.getBoundingClientRect();
    return box.width < 2 || box.height < 2 || box.right < 0 || box.bottom < -2000;
  }

  private isPanel(element: Element): boolean {
    let panel = this.panels.get(element);
    if (panel === undefined) {
      panel =
        element.getAttribute('role') === 'tabpanel' ||
        element.localName === 'details' ||
        panelClass.test(element.getAttribute('class') ?? '') ||
        (element.id !== '' && this.tabTitles.of(rootOf(element)).has(element.id));
      this.panels.set(element, panel);
    }
    return panel;
  }
}
