/**
 * Our own shadow root for the notice and the hint, so Gmail's CSS cannot reach in and ours cannot
 * leak out. WXT's createShadowRootUi does the same with 8 kB of general machinery; the Gmail script
 * has a 15 kB budget.
 */
export function mountIsolated(
  name: string,
  css: string,
  content: Node,
  place: (host: HTMLElement) => void,
): { remove: () => void } {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // `all: initial` on the host stops Gmail's inherited fonts, colours and spacing at the border.
  style.textContent = `:host{all:initial;display:block}${css}`;
  shadow.append(style, content);
  // Keys typed in the notice must not reach Gmail's keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (event) => event.stopPropagation());
  place(host);
  return { remove: () => host.remove() };
}
