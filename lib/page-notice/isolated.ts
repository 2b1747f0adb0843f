/**
 * Our own closed shadow root in a page: the page's CSS cannot reach in, ours cannot leak out, and
 * the page's scripts cannot read what is inside (the saved address) or press its buttons.
 * WXT's createShadowRootUi does the same with 8 kB of general machinery; the Gmail script has a 15 kB budget.
 */
export function mountIsolated(
  name: string,
  css: string,
  content: Node,
  place: (host: HTMLElement) => void,
): { host: HTMLElement; shadow: ShadowRoot; remove: () => void } {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  // `all: initial` on the host stops the page's inherited fonts, colours and spacing at the border.
  style.textContent = `:host{all:initial;display:block}${css}`;
  shadow.append(style, content);
  // Keys typed in the notice must not reach the page's keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (event) => event.stopPropagation());
  place(host);
  return { host, shadow, remove: () => host.remove() };
}
