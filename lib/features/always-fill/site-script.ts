import { browser } from 'wxt/browser';
import { autofillMailSetup } from '../../autofill';
import type { FillReport } from '../../autofill/model';
import { undoInPage, undoSlot } from '../../autofill/undo';
import type { MailAccount } from '../../icloud/account';
import { showPageNotice } from '../../page-notice';
import type { RequestOf } from '../../platform/messages';
import { readSavedSettings } from '../../platform/saved-settings';
import type { filledMessage, mayFillMessage, SiteNotice, stopMessage, undoneMessage } from './messages';

/**
 * The script registered for the sites the user opted in to. It asks the background first whether
 * the site still is, fills at most once per page load, never after the user has typed on the page,
 * and says what it did in a notice on the page and on the toolbar button. Apps that draw their
 * settings form after loading get a few seconds of watching, with work batched, before it gives up.
 */

const watchFor = 15_000;
const settleFor = 400;
// Set in the extension's isolated world of the page: a second run of this script in it does nothing.
const ranSlot = 'icloudMailSetupAlwaysFillRan';

// No zod here (kept small): the requests are held to their declarations by their types.
const ask = <Request extends { type: string }>(request: Request): Promise<unknown> =>
  browser.runtime.sendMessage(request).catch(() => undefined);

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
            const line = await ask({ type: 'always-fill:stop' } satisfies RequestOf<typeof stopMessage>);
            if (typeof line === 'string' && line) shown.say(line);
          },
        },
      ],
      words: { details: notice.words.details, undo: notice.words.undo, dismiss: notice.words.dismiss },
    },
    {
      undo: async () => {
        const undone = (await undoInPage(undoSlot)) ?? { restored: 0, left: 0 };
        const line = await ask({ type: 'always-fill:undone', ...undone } satisfies RequestOf<typeof undoneMessage>);
        return typeof line === 'string' ? line : '';
      },
    },
  );
}

async function reportFill(report: FillReport): Promise<void> {
  const notice = await ask({ type: 'always-fill:filled', report } satisfies RequestOf<typeof filledMessage>);
  if (notice && typeof notice === 'object') showNotice(notice as SiteNotice);
}

/** Fills when a mail setup form is (or appears) on the page, unless the user types first. */
function fillOnce(account: MailAccount): void {
  let over = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(attempt, settleFor);
  });
  // The filler's own input events are synthetic: only a person's typing has isTrusted.
  const onUserInput = (event: Event) => event.isTrusted && stop();
  const stop = () => {
    over = true;
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('input', onUserInput, true);
    document.removeEventListener('change', onUserInput, true);
  };
  // One attempt at a time; changes seen during one are looked at once it is done.
  let attempting = false;
  let changedMeanwhile = false;
  async function attempt(): Promise<void> {
    if (over) return;
    if (attempting) {
      changedMeanwhile = true;
      return;
    }
    attempting = true;
    const report = await autofillMailSetup(document, account, { visibleOnly: true }).finally(() => {
      attempting = false;
    });
    // Once filled, it is reported even if the user started typing meanwhile: no fill goes unsaid.
    if (report.detected) {
      stop();
      await reportFill(report);
    } else if (changedMeanwhile) {
      changedMeanwhile = false;
      void attempt();
    }
  }
  document.addEventListener('input', onUserInput, true);
  document.addEventListener('change', onUserInput, true);
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(stop, watchFor);
  void attempt();
}

export async function fillOptedInSite(): Promise<void> {
  const world = globalThis as unknown as Record<string, unknown>;
  if (world[ranSlot]) return;
  world[ranSlot] = true;
  if ((await ask({ type: 'always-fill:may-fill' } satisfies RequestOf<typeof mayFillMessage>)) !== true) return;
  const { account } = await readSavedSettings();
  if (account.address) fillOnce(account);
}
