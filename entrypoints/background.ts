import { alwaysFillOnOptedInSites } from '../lib/features/always-fill/background';
import { fillPageOnRequest } from '../lib/features/fill-page/background';
import { answerGmailWindow } from '../lib/features/gmail/background';
import { openGuideOnInstall } from '../lib/features/guide/open-on-install';

export default defineBackground(() => {
  openGuideOnInstall();
  answerGmailWindow();
  fillPageOnRequest();
  alwaysFillOnOptedInSites();
});
