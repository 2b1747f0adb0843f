import { mayHaveFields } from '../../autofill/may-have-fields';
import type { FillReport } from '../../autofill/model';
import type { MailAccount } from '../../icloud/account';
import type { RequestOf } from '../../platform/messages';
import { readSavedSettings } from '../../platform/saved-settings';
import { askBackground } from './ask-background';
import type { loadFillerMessage, mayFillMessage } from './messages';
import { offeredSiteFiller, type SiteFiller } from './site-filler';
import { reportFill } from './site-notice';

/**
 * The script registered for the sites the user opted in to. Once the page shows fields it asks the
 * background whether the site still is opted in, before reading or filling anything; it fills at
 * most once per page load, never after the user has typed on the page, and says what it did in a
 * notice on the page and on the toolbar button. Apps that draw their
 * settings form after loading get a few seconds of watching, with work batched, before it gives up.
 * The pipeline is not in this script: the background injects it once fields show up, so a page of
 * the site with none pays for one look at its elements per batch of changes, and asks nothing.
 */

const watchFor = 15_000;
const settleFor = 400;
// Set in the extension's isolated world of the page: a second run of this script in it does nothing.
const ranSlot = 'icloudMailSetupAlwaysFillRan';

/**
 * Once per page, when fields first show up: whether the site is opted in still (asked before
 * anything is read or filled), the saved address, and the filler, which the background injects.
 * Undefined when any of them is missing: then there is nothing to fill on this page.
 */
async function prepare(): Promise<{ account: MailAccount; filler: SiteFiller } | undefined> {
  if ((await askBackground({ type: 'always-fill:may-fill' } satisfies RequestOf<typeof mayFillMessage>)) !== true)
    return undefined;
  const { account } = await readSavedSettings();
  if (!account.address) return undefined;
  if (!offeredSiteFiller())
    await askBackground({ type: 'always-fill:load-filler' } satisfies RequestOf<typeof loadFillerMessage>);
  const filler = offeredSiteFiller();
  return filler && { account, filler };
}

/** Fills when a mail setup form is (or appears) on the page, unless the user types first. */
function fillOnce(): void {
  let over = false;
  let prepared: ReturnType<typeof prepare> | undefined;
  /** 'no fields' while the page has none; 'nothing to fill' when prepare() found nothing or the user typed meanwhile. */
  const fillIfFound = async (): Promise<FillReport | 'no fields' | 'nothing to fill'> => {
    if (!mayHaveFields(document)) return 'no fields';
    prepared ??= prepare();
    const ready = await prepared;
    return ready && !over ? ready.filler(ready.account) : 'nothing to fill';
  };
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
    const report = await fillIfFound().finally(() => {
      attempting = false;
    });
    if (report === 'nothing to fill') return stop();
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
  fillOnce();
}
