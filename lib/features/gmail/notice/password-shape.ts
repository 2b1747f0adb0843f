import { fitsPatternUnread } from '../../../autofill/unread';
import { icloudMail } from '../../../icloud/icloud';
import { onTrusted } from '../../../page-notice/trusted';

/**
 * Tells `judged` whether what the user typed into Gmail's password field is shaped like an
 * app-specific password, each time they leave the field having changed it (the `change` event),
 * and once at the start if they already have. Only the user's own events count. The usual mistake on this step is the Apple Account
 * password, which Gmail's sign-in to iCloud then fails with error 535. The browser judges the
 * shape; the password never reaches this script. Returns the function that stops watching.
 */
export function watchAppPasswordShape(password: HTMLInputElement, judged: (fits: boolean) => void): () => void {
  const judge = () => judged(fitsPatternUnread(password, icloudMail.appPassword.typedShape));
  // Only the browser's own change event (the user left the field): a page's script cannot set it off.
  const stop = onTrusted(password, 'change', judge);
  // Left before this script arrived: judged now. An empty field fits, so says nothing.
  if (password.ownerDocument.activeElement !== password) judge();
  return stop;
}
