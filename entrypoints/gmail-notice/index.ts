import { offerGmailNotice } from '@/lib/gmail-notice-bridge';
import { mountIsolated } from './isolated';
import { drawNotice, drawPasswordHint } from './notice';
import noticeStyles from './style.css?inline';

/** The notice on Gmail's "Send mail as" window, injected by the background when there is one to show. */
export default defineUnlistedScript(() => {
  offerGmailNotice({
    show(content, actions, password) {
      const notice = mountIsolated(
        'icloud-mail-notice',
        noticeStyles,
        drawNotice(content, { ...actions, dismiss: () => notice.remove() }, password),
        (host) => document.body.prepend(host),
      );
      const hint = content.passwordHint;
      if (!password || !hint) return;
      mountIsolated('icloud-mail-password-hint', noticeStyles, drawPasswordHint(hint, actions.openGuide), (host) =>
        password.after(host),
      );
    },
  });
});
