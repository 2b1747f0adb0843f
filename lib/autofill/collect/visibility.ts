import { type PanelControls, tabBefore } from './context';
import type { Visibility } from './field';
import type { LabelIndex } from './labels';
import { covered, hasLayout, PlacedOrClippedAway, shownByStyle, tiny } from './layout';
import { parentAcrossShadow, rootOf } from './walk';

/**
 * Whether a person can see a field ('visible'), can show it with a real control ('hidden-panel':
 * a tab, a disclosure button, the visible summary of a <details>), or neither ('hidden'): hidden by style,
 * opacity 0, clipped to nothing, placed off the page, covered by another element, or in a part
 * of the page nothing on it opens (a class name that says "tab" or "step" is not a control).
 */

/** Hidden by the document itself, which a DOM without style sheets may not apply: [hidden], a closed <details>. */
function hiddenByMarkup(element: Element): boolean {
  if (element.closest('[hidden]')) return true;
  const details = element.closest('details:not([open])');
  return details !== null && element.closest('summary')?.parentElement !== details;
}

function shown(element: Element): boolean {
  return shownByStyle(element) && !hiddenByMarkup(element);
}

export class VisibilityReader {
  private readonly layout: boolean;
  private readonly placedOrClippedAway = new PlacedOrClippedAway();

  constructor(
    document: Document,
    private readonly labels: LabelIndex,
    private readonly controls: PanelControls,
    private readonly visibleOnly = false,
  ) {
    this.layout = hasLayout(document);
  }

  of(element: Element): Visibility {
    if (!shown(element)) return !this.visibleOnly && this.revealable(element) ? 'hidden-panel' : 'hidden';
    if (!this.layout) return 'visible';
    const box = element.localName !== 'input' || !/^(?:radio|checkbox)$/.test((element as HTMLInputElement).type);
    // One read of the field's own box for all the checks below.
    const own = element.getBoundingClientRect();
    if (box && tiny(element, own)) return 'hidden';
    if (this.placedOrClippedAway.of(element, own)) return 'hidden';
    return covered(element, this.labels.labelElements(element as HTMLElement), own) ? 'hidden' : 'visible';
  }

  /**
   * A select widget (chosen, select2, a framework dropdown) hides the native <select> itself and
   * shows its own box right beside it, which follows the select's value and change event.
   */
  hasVisibleStandIn(select: HTMLSelectElement): boolean {
    const parent = select.parentElement;
    if (!parent || !shown(parent)) return false;
    for (const sibling of [select.nextElementSibling, select.previousElementSibling]) {
      if (!sibling || sibling.localName === 'select') continue;
      const named = `${sibling.id} ${sibling.getAttribute('class') ?? ''}`.toLowerCase();
      const standIn =
        (select.id !== '' && sibling.id.startsWith(select.id)) ||
        sibling.getAttribute('role') === 'combobox' ||
        sibling.hasAttribute('aria-haspopup') ||
        sibling.querySelector('[role=combobox]') !== null ||
        /select|chosen|dropdown|combo/.test(named);
      if (standIn && this.of(sibling) === 'visible') return true;
    }
    return false;
  }

  /**
   * A styled switch hides its checkbox inside a box of its own that takes the clicks: a parent with
   * no words and no other control, which a person sees.
   */
  hasVisibleSwitchBox(checkbox: HTMLElement): boolean {
    const box = checkbox.parentElement;
    if (!box || box.querySelectorAll('input, select, textarea').length > 1 || /\S/.test(box.textContent ?? ''))
      return false;
    return this.of(box) === 'visible';
  }

  /** A styled radio or checkbox hides the box itself and shows its label. */
  hasVisibleLabel(element: HTMLElement): boolean {
    return this.labels.labelElements(element).some((label) => this.of(label) === 'visible');
  }

  /**
   * The part that hides the field — the outermost hidden container, or a closed <details> — must
   * be one a real control opens, and nothing inside it may hide the field by its own style.
   */
  private revealable(element: Element): boolean {
    for (let node: Element = element; ; ) {
      const parent = parentAcrossShadow(node);
      if (!parent) return false;
      const closedDetails =
        parent.localName === 'details' && !parent.hasAttribute('open') && node.localName !== 'summary';
      if (closedDetails || shown(parent)) {
        if (!closedDetails && (node === element || !this.opens(node))) return false;
        if (closedDetails && !this.summaryShown(parent)) return false;
        return !hidesItselfUpTo(element, closedDetails ? parent : node);
      }
      node = parent;
    }
  }

  /** A closed <details> opens by its own summary, when a person can see that. */
  private summaryShown(details: Element): boolean {
    const summary = details.querySelector(':scope > summary');
    return summary !== null && this.of(summary) === 'visible' && /\S/.test(summary.textContent ?? '');
  }

  private opens(part: Element): boolean {
    const root = rootOf(part);
    if (part.id && this.controls.revealed(root, part.id)) return true;
    if (tabBefore(part)) return true;
    const labelledBy = part.getAttribute('aria-labelledby');
    return labelledBy !== null && root.getElementById(labelledBy)?.getAttribute('role') === 'tab';
  }
}

/** Whether the field, or a container between it and `part`, is hidden by its own style: opening `part` would not show it. */
function hidesItselfUpTo(element: Element, part: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node && node !== part; node = parentAcrossShadow(node)) {
    if (node.hasAttribute('hidden')) return true;
    const style = view?.getComputedStyle(node);
    if (!style) continue;
    if (style.display === 'none' || style.opacity === '0') return true;
    const parent = parentAcrossShadow(node);
    if (style.visibility === 'hidden' && parent && view?.getComputedStyle(parent).visibility !== 'hidden') return true;
  }
  return false;
}
