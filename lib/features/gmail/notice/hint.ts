import { drawAction, type PageNoticeAction } from '../../../page-notice/action';
import { mountIsolated } from '../../../page-notice/isolated';
import styles from './hint.css?inline';

/** The line beside Gmail's password field: what goes there, and where to get it. */
export function showPasswordHint(
  password: HTMLInputElement,
  text: string,
  actions: readonly PageNoticeAction[],
): { remove: () => void } {
  const box = document.createElement('div');
  box.className = 'hint';
  const words = document.createElement('p');
  words.textContent = text;
  const links = document.createElement('p');
  links.append(...actions.map(drawAction));
  box.append(words, links);
  return mountIsolated('icloud-mail-password-hint', styles, box, (host) => password.after(host));
}
