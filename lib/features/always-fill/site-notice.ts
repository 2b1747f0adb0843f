import type { FillReport } from '../../autofill/model';
import { undoInPage, undoSlot } from '../../autofill/undo';
import { showPageNotice } from '../../page-notice';
import type { RequestOf } from '../../platform/messages';
import { askBackground } from './ask-background';
import type { filledMessage, SiteNotice, stopMessage, undoneMessage } from './messages';

/**
 * After the script on an opted-in site filled a form: the background hears of it and words the
 * notice, which the page then shows with Undo and "Stop filling on this site". Loaded by
 * site-script.ts only once a fill happened, so pages without one never set the notice up.
 */

function showNotice(notice: SiteNotice): void {
  const shown = showPageNotice(
    {
      label: notice.label,
      summary: notice.summary,
      details: notice.details,
      actions: [
        {
          text: notice.words.stop,
          // The notice runs this for a person's own click only: a page's script cannot press it.
          run: async () => {
            const line = await askBackground({ type: 'always-fill:stop' } satisfies RequestOf<typeof stopMessage>);
            if (typeof line === 'string' && line) shown.say(line);
          },
        },
      ],
      words: { details: notice.words.details, undo: notice.words.undo, dismiss: notice.words.dismiss },
    },
    {
      undo: async () => {
        const undone = (await undoInPage(undoSlot)) ?? { restored: 0, switches: 0, left: 0 };
        const line = await askBackground({
          type: 'always-fill:undone',
          ...undone,
        } satisfies RequestOf<typeof undoneMessage>);
        return typeof line === 'string' ? line : '';
      },
    },
  );
}

export async function reportFill(report: FillReport): Promise<void> {
  const notice = await askBackground({ type: 'always-fill:filled', report } satisfies RequestOf<typeof filledMessage>);
  if (notice && typeof notice === 'object') showNotice(notice as SiteNotice);
}
