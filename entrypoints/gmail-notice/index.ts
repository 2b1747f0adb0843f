import { offerGmailNotice } from '@/lib/features/gmail/notice-bridge';
import { drawNotice, drawPasswordHint } from '../../lib/features/gmail/notice/draw';
import { mountIsolated } from '../../lib/features/gmail/notice/isolated';
import noticeStyles from '../../lib/features/gmail/notice/style.css?inline';

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
