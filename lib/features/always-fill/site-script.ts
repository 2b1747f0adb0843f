import { mayHaveFields } from '../../autofill/may-have-fields';
import type { FillReport } from '../../autofill/model';
import type { MailAccount } from '../../icloud/account';
import type { RequestOf } from '../../platform/messages';
import { readSavedSettings } from '../../platform/saved-settings';
import { askBackground } from './ask-background';
import type { loadFillerMessage, mayFillMessage } from './messages';
import { offeredSiteFiller } from './site-filler';
import { reportFill } from './site-notice';

/**
 * The script registered for the sites the user opted in to. It asks the background first whether
 * the site still is, fills at most once per page load, never after the user has typed on the page,
 * and says what it did in a notice on the page and on the toolbar button. Apps that draw their
 * settings form after loading get a few seconds of watching, with work batched, before it gives up.
 * The pipeline is not in this script: the background injects it once fields show up, so a page of
 * the site with none pays for one look at its elements per batch of changes, not for the pipeline.
 */

const watchFor = 15_000;
const settleFor = 400;
// Set in the extension's isolated world of the page: a second run of this script in it does nothing.
const ranSlot = 'icloudMailSetupAlwaysFillRan';

/**
 * 'no fields' while the page has none; 'no filler' when the background did not load it (the site
 * is no longer opted in, or the background is gone), or the user typed while it loaded: then there
 * is nothing more to watch for.
 */
async function fillIfFound(account: MailAccount, over: () => boolean): Promise<FillReport | 'no fields' | 'no filler'> {
  if (!mayHaveFields(document)) return 'no fields';
  if (!offeredSiteFiller())
    await askBackground({ type: 'always-fill:load-filler' } satisfies RequestOf<typeof loadFillerMessage>);
  const filler = offeredSiteFiller();
  return filler && !over() ? filler(account) : 'no filler';
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
    const report = await fillIfFound(account, () => over).finally(() => {
      attempting = false;
    });
    if (report === 'no filler') return stop();
    // Once filled, it is reported even if the user started typing meanwhile: no fill goes unsaid.
    if (report !== 'no fields' && report.detected) {
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
  if ((await askBackground({ type: 'always-fill:may-fill' } satisfies RequestOf<typeof mayFillMessage>)) !== true)
    return;
  const { account } = await readSavedSettings();
  if (account.address) fillOnce(account);
}
