/**
 * Listens only to what a person did: events a page's script dispatches (`element.click()`,
 * `dispatchEvent`) have `isTrusted` false and are ignored.
 */
export function onTrusted<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
): () => void {
  const guarded = (event: HTMLElementEventMap[K]) => {
    if (event.isTrusted) listener(event);
  };
  target.addEventListener(type, guarded);
  return () => target.removeEventListener(type, guarded);
}
