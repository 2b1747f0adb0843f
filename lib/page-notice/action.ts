import { onTrusted } from './trusted';

/** Opens in a new tab. */
export interface PageNoticeLink {
  text: string;
  href: string;
}
/** Runs in the extension's world, e.g. asks the background to open one of the extension's pages. */
export interface PageNoticeButton {
  text: string;
  run: () => void;
}
export type PageNoticeAction = PageNoticeLink | PageNoticeButton;

export function drawButton(className: string, text: string, press: () => void): HTMLButtonElement {
  const drawn = document.createElement('button');
  drawn.className = className;
  drawn.textContent = text;
  drawn.type = 'button';
  onTrusted(drawn, 'click', press);
  return drawn;
}

/** A link or a button that looks like one; only a person's click acts on either. */
export function drawAction(action: PageNoticeAction): HTMLElement {
  if ('run' in action) return drawButton('link', action.text, action.run);
  const anchor = document.createElement('a');
  anchor.textContent = action.text;
  anchor.href = action.href;
  anchor.target = '_blank';
  anchor.rel = 'noopener noreferrer';
  // A link follows a synthetic click too: only a person's opens it.
  anchor.addEventListener('click', (event) => event.isTrusted || event.preventDefault());
  return anchor;
}
