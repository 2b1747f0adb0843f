import { drawAction, type PageNoticeAction } from '../../../page-notice/action';
import { mountIsolated } from '../../../page-notice/isolated';
import styles from './hint.css?inline';
import { watchAppPasswordShape } from './password-shape';

export interface PasswordHintWords {
  /** What goes in the field. */
  text: string;
  /** Said once, when what the user typed is not shaped like an app-specific password. */
  notShaped: string;
}

/** The line beside Gmail's password field: what goes there, where to get it, and whether what was typed looks like it. */
export function showPasswordHint(
  password: HTMLInputElement,
  words: PasswordHintWords,
  actions: readonly PageNoticeAction[],
): { remove: () => void } {
  const box = document.createElement('div');
  box.className = 'hint';
  const text = document.createElement('p');
  text.textContent = words.text;
  // A live region from the start, so the words are announced when they arrive.
  const shape = document.createElement('p');
  shape.className = 'shape';
  shape.setAttribute('role', 'status');
  const links = document.createElement('p');
  links.append(...actions.map(drawAction));
  box.append(text, shape, links);
  const mounted = mountIsolated('icloud-mail-password-hint', styles, box, (host) => password.after(host));
  let said = false;
  const stopWatching = watchAppPasswordShape(password, (fits) => {
    if (fits) shape.textContent = '';
    else if (!said) shape.textContent = words.notShaped;
    said ||= !fits;
  });
  return {
    remove: () => {
      stopWatching();
      mounted.remove();
    },
  };
}
