/**
 * The one walk over the page, in document order, into open shadow roots (and closed ones when an
 * extension context can reach them). By node type, not instanceof: a page's realm and ours can
 * differ (frames, test DOMs).
 */

export type Root = Document | ShadowRoot;

export interface PageVisitor {
  text(data: string, node: Text): void;
  /** Handles one element (`name`: its localName, read once for the walk); true when its children must not be walked. */
  element(element: Element, name: string): boolean;
  /** True when the walk must stop (the field cap is reached). */
  done(): boolean;
}

const skippedElements = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'iframe',
  'head',
]);
// The only elements a shadow root can be attached to, besides custom elements.
const shadowHosts = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

export function isDocument(node: Node): node is Document {
  return node.nodeType === Node.DOCUMENT_NODE;
}

export function isShadowRoot(node: Node | null): node is ShadowRoot {
  return node?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

export function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return isShadowRoot(root) ? root.host : null;
}

export function closestAcrossShadow(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; ) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = isShadowRoot(root) ? root.host : null;
  }
  return null;
}

export function rootOf(node: Node): Root {
  return node.getRootNode() as Root;
}

function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

export function walkPage(
  root: Root | Element,
  visitor: PageVisitor,
  closedShadowRoot?: (element: Element) => ShadowRoot | null,
): void {
  const document = isDocument(root) ? root : (root.ownerDocument as Document);
  const visit = (element: Element): boolean => {
    const name = element.localName;
    if (skippedElements.has(name)) return true;
    if (visitor.element(element, name)) return true;
    if (!shadowHosts.has(name) && !name.includes('-')) return false;
    const shadow = (element as HTMLElement).shadowRoot ?? closedShadowRoot?.(element) ?? null;
    if (shadow) walkPage(shadow, visitor, closedShadowRoot);
    return false;
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.currentNode;
  while (node && !visitor.done()) {
    let skipChildren = false;
    if (node.nodeType === Node.TEXT_NODE) visitor.text((node as Text).data, node as Text);
    else if (node !== root) skipChildren = visit(node as Element);
    else if (root instanceof Element) skipChildren = visit(root);
    node = skipChildren ? nextOutside(walker) : walker.nextNode();
  }
}
