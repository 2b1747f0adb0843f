import { offerGmailNotice } from '@/lib/features/gmail/notice-bridge';
import { showPasswordHint } from '../../lib/features/gmail/notice/hint';
import type { NoticeLink } from '../../lib/features/gmail/notice-text';
import { type PageNoticeAction, showPageNotice } from '../../lib/page-notice';

/** The notice on Gmail's "Send mail as" window, injected by the background when there is one to show. */
export default defineUnlistedScript(() => {
  offerGmailNotice({
    show(content, actions, password) {
      const drawn = (links: readonly NoticeLink[]): PageNoticeAction[] =>
        links.map((link) => ('href' in link ? link : { text: link.text, run: () => actions.openGuide(link) }));
      const [summary = '', ...details] = content.lines;
      const hint =
        password &&
        content.passwordHint &&
        showPasswordHint(password, content.passwordHint, drawn(content.passwordHint.links));
      showPageNotice(
        {
          label: content.label,
          summary,
          details: [...details, ...content.causes],
          actions: drawn(content.links),
          notes: content.notes.map((note) => ({ text: note.text, actions: drawn(note.links) })),
          words: { details: content.buttons.details, undo: content.buttons.undo, dismiss: content.buttons.dismiss },
        },
        {
          ...(content.undoable && {
            undo: async () => {
              hint?.remove();
              return actions.undo();
            },
          }),
          escapeFrom: password ? [password] : [],
          focusAfter: () => (password?.isConnected ? password : undefined),
          theme: 'light',
        },
      );
    },
  });
});
