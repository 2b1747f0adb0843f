import { alwaysFillOnOptedInSites } from '../lib/features/always-fill/background';
import { fillPageOnRequest } from '../lib/features/fill-page/background';
import { injectFiller } from '../lib/features/fill-page/inject-filler';
import { answerGmailWindow } from '../lib/features/gmail/background';
import { openGuideOnInstall } from '../lib/features/guide/open-on-install';

export default defineBackground(() => {
  openGuideOnInstall();
  answerGmailWindow();
  fillPageOnRequest();
  alwaysFillOnOptedInSites();
  // The bench build only (bench/injected.ts): "Fill this page"'s injection, timed the way the extension does it.
  if (import.meta.env.MODE === 'bench') Object.assign(globalThis, { benchInjectFiller: injectFiller });
});
