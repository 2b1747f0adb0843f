import { fillPageOnRequest } from '../lib/extension/fill-page';
import { answerGmailWindow } from '../lib/extension/gmail-window';
import { openGuideOnInstall } from '../lib/extension/open-guide-on-install';
import { keepOptedInSitesInStep } from '../lib/extension/site-opt-in';

export default defineBackground(() => {
  openGuideOnInstall();
  answerGmailWindow();
  fillPageOnRequest();
  void keepOptedInSitesInStep();
});
