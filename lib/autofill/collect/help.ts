/**
 * The help text a page shows for a field (its aria-describedby, else the text of the smallest
 * container around it that holds no other control): read only when a decision needs it, such as
 * whether a host field without a port field takes "host:port".
 */
export function helpText(element: HTMLElement, limit = 600): string {
  const ids = element.getAttribute('aria-describedby');
  const root = element.getRootNode() as Document | ShadowRoot;
  const described = ids
    ?.split(/\s+/)
    .map((id) => root.getElementById?.(id)?.textContent ?? '')
    .join(' ')
    .trim();
  if (described) return described.slice(0, limit);
  for (let node = element.parentElement; node && node.localName !== 'form' && node.localName !== 'body'; ) {
    const parent: HTMLElement | null = node.parentElement;
    if (!parent || parent.querySelectorAll('input, select, textarea').length > 1)
      return (node.textContent ?? '').slice(0, limit);
    node = parent;
  }
  return '';
}
