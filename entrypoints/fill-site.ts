import { autofillMailSetup } from '@/lib/autofill';
import { readGmailSettings } from '@/lib/platform/saved-settings';

/**
 * Runs on the sites the user opted in to. Apps that draw their settings form after loading get a
 * few seconds of watching, with work batched, before it gives up.
 */
const watchFor = 15_000;
const settleFor = 400;

// Nobody asked this time: only what is on screen is filled, not what a tab or a summary would show.
const onScreen = { visibleOnly: true };

export default defineUnlistedScript(async () => {
  const { account } = await readGmailSettings();
  if (!account.address) return;
  if ((await autofillMailSetup(document, account, onScreen)).detected) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if ((await autofillMailSetup(document, account, onScreen)).detected) observer.disconnect();
    }, settleFor);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), watchFor);
});
