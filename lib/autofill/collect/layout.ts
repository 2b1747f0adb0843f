/**
 * The checks that need a laid-out page, each on its own: a DOM without layout (tests, a document
 * not rendered) has no boxes, so there each says "nothing hides it". Pinned in real Chromium by
 * tests/e2e/hidden-fields.chromium.test.ts.
 */

export function hasLayout(document: Document): boolean {
  return document.documentElement.getBoundingClientRect().width > 0;
}

/** Styles that hide: display, visibility, opacity 0 on the element or an ancestor, content-visibility. */
export function shownByStyle(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
}

/** A box too small to see or type into: the classic honeypot. */
export function tiny(element: Element, box = element.getBoundingClientRect()): boolean {
  return box.width < 2 || box.height < 2;
}

interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function viewport(view: Window): Area {
  return { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight };
}

// The initial containing block: the first screen of the document, wherever it is scrolled to.
function firstScreen(view: Window): Area {
  return {
    left: -view.scrollX,
    top: -view.scrollY,
    right: view.innerWidth - view.scrollX,
    bottom: view.innerHeight - view.scrollY,
  };
}

/** Whether `box` meets `area` grown by its own size (at least 200 px): a dropdown just below its field still does. */
function near(box: DOMRect, area: Area): boolean {
  const width = Math.max(200, area.right - area.left);
  const height = Math.max(200, area.bottom - area.top);
  return (
    box.right > area.left - width &&
    box.left < area.right + width &&
    box.bottom > area.top - height &&
    box.top < area.bottom + height
  );
}

function containingBlock(element: Element, view: Window): Area {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.position !== 'static' || style.transform !== 'none' || style.filter !== 'none')
      return node.getBoundingClientRect();
  }
  return firstScreen(view);
}

/** Before the document's start: nothing scrolls there. */
function beforeStart(box: DOMRect, view: Window): boolean {
  return box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0;
}

/** An absolutely, fixed or relatively placed box far outside the box it is placed in, like `left: 99999px`. */
function placedFar(node: Element, view: Window, style = view.getComputedStyle(node)): boolean {
  const position = style.position;
  if (position === 'absolute' || position === 'fixed') {
    const area = position === 'fixed' ? viewport(view) : containingBlock(node, view);
    return !near(node.getBoundingClientRect(), area);
  }
  return position === 'relative' && !near(node.getBoundingClientRect(), firstScreenAround(node, view));
}

/**
 * Placed where no one scrolls to: before the document's start, or an absolutely placed field (or
 * an ancestor: a whole form) far outside the box it is placed in, like `left: 99999px`. A page
 * grows its scrollable area to hold such a box, so the area itself cannot tell.
 */
export function offPage(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  if (beforeStart(element.getBoundingClientRect(), view)) return true;
  for (let node: Element | null = element; node && node.localName !== 'body'; node = node.parentElement)
    if (placedFar(node, view)) return true;
  return false;
}

// A relatively placed box is shifted from where it would stand: where its parent stands.
function firstScreenAround(node: Element, view: Window): Area {
  return node.parentElement?.getBoundingClientRect() ?? firstScreen(view);
}

const insetPattern = /^inset\(\s*([\d.]+)(%|px)?(?:\s+([\d.]+)(%|px)?)?(?:\s+([\d.]+)(%|px)?)?(?:\s+([\d.]+)(%|px)?)?/;
const rectPattern = /^rect\(\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px\s*\)/;

/**
 * A clip that leaves nothing: `clip-path: inset(50%)`, `clip: rect(0 0 0 0)`, a circle of radius 0.
 * The box is read only for an inset: most elements have no clip at all.
 */
function clipsAll(style: CSSStyleDeclaration, boxOf: () => DOMRect): boolean {
  const path = style.clipPath;
  if (path && path !== 'none') {
    if (/^(?:circle|ellipse)\(\s*0(?:px|%)?[\s)]/.test(path)) return true;
    const inset = insetPattern.exec(path);
    if (inset) {
      const box = boxOf();
      const length = (value: string | undefined, unit: string | undefined, whole: number) =>
        value === undefined ? undefined : unit === '%' ? (Number(value) / 100) * whole : Number(value);
      const top = length(inset[1], inset[2], box.height) ?? 0;
      const right = length(inset[3], inset[4], box.width) ?? top;
      const bottom = length(inset[5], inset[6], box.height) ?? top;
      const left = length(inset[7], inset[8], box.width) ?? right;
      if (top + bottom >= box.height || left + right >= box.width) return true;
    }
  }
  const position = style.position;
  const clip = position === 'absolute' || position === 'fixed' ? style.clip : '';
  if (clip && clip !== 'auto') {
    const rect = rectPattern.exec(clip);
    if (rect) {
      const [top, right, bottom, left] = rect.slice(1).map(Number) as [number, number, number, number];
      if (bottom <= top || right <= left) return true;
    }
  }
  return false;
}

/** Its own clip leaves nothing of it; an ancestor (`holder`) also when it has no room and hides its overflow. */
function clipsToNothing(
  node: Element,
  view: Window,
  holder: boolean,
  box?: DOMRect,
  style = view.getComputedStyle(node),
): boolean {
  const boxOf = () => box ?? node.getBoundingClientRect();
  if (clipsAll(style, boxOf)) return true;
  if (!holder || style.overflow === 'visible') return false;
  const { width, height } = boxOf();
  return width < 1 || height < 1;
}

/** Clipped to nothing: by its own clip, an ancestor's, or an ancestor with no room that hides its overflow. */
export function clippedAway(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let node: Element | null = element; node && node.localName !== 'body'; node = node.parentElement)
    if (clipsToNothing(node, view, node !== element)) return true;
  return false;
}

/**
 * offPage or clippedAway for many fields of one page: what an ancestor does to everything in it
 * (placed far away, clipped to nothing) is read once, however many fields it holds. For one look
 * at a page that does not change meanwhile: a page with 5,000 fields in one table otherwise has
 * each row's ancestors read 5,000 times.
 */
export class PlacedOrClippedAway {
  private readonly holders = new Map<Element, boolean>();

  /** `box`: the element's own, when the caller has read it already. */
  of(element: Element, box = element.getBoundingClientRect()): boolean {
    const view = element.ownerDocument.defaultView;
    if (!view) return false;
    if (beforeStart(box, view)) return true;
    if (element.localName === 'body') return false;
    const style = view.getComputedStyle(element);
    if (placedFar(element, view, style) || clipsToNothing(element, view, false, box, style)) return true;
    return this.holderHides(element.parentElement, view);
  }

  private holderHides(node: Element | null, view: Window): boolean {
    if (!node || node.localName === 'body') return false;
    let hides = this.holders.get(node);
    if (hides === undefined) {
      const style = view.getComputedStyle(node);
      hides =
        placedFar(node, view, style) ||
        clipsToNothing(node, view, true, undefined, style) ||
        this.holderHides(node.parentElement, view);
      this.holders.set(node, hides);
    }
    return hides;
  }
}

/**
 * Another element drawn over the field's centre, when that is on screen. Fixed and sticky bars
 * (a page header the field is scrolled under) do not count: scrolling shows the field.
 */
export function covered(element: Element, labels: readonly Element[], box = element.getBoundingClientRect()): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  // The client area, without the page's scrollbars: a field half under one is on screen, not covered.
  const { ownerDocument } = element;
  // In quirks mode the body, not the root, is the viewport's box.
  const client =
    ownerDocument.compatMode === 'BackCompat'
      ? (ownerDocument.body ?? ownerDocument.documentElement)
      : ownerDocument.documentElement;
  const width = Math.min(view.innerWidth, client.clientWidth || view.innerWidth);
  const height = Math.min(view.innerHeight, client.clientHeight || view.innerHeight);
  if (x < 0 || y < 0 || x >= width || y >= height) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(x, y);
  if (!hit || hit === element || element.contains(hit) || labels.some((label) => label.contains(hit))) return false;
  // A styled checkbox's label draws the box, and the real (transparent) box is placed over it.
  if (element.localName === 'label' && (element as HTMLLabelElement).control === hit) return false;
  // A custom element's own parts, and the field's own wrapper when the field lets clicks through.
  if (hit.contains(element) && view.getComputedStyle(element).pointerEvents === 'none') return false;
  for (let node: Element | null = hit; node; node = node.parentElement) {
    const position = view.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return false;
  }
  return true;
}
