import { appPasswordStepsOpen } from '@/components/popup/app-password-steps-open';
import { currentTab } from '@/components/popup/current-tab';
import { optedInSites, savedAccount } from '@/lib/platform/storage';
import type { PopupStart } from './App';

/** Everything the popup's first draw needs, read at once so that it draws once, complete. */
export async function popupStart(): Promise<PopupStart> {
  const [saved, tab, alwaysFilled, stepsOpen] = await Promise.all([
    savedAccount.get(),
    currentTab().catch(() => undefined),
    optedInSites.get(),
    appPasswordStepsOpen.get(),
  ]);
  return { saved, tab, alwaysFilled, appPasswordStepsOpen: stepsOpen };
}
