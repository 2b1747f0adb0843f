import { autofillMailSetup } from '@/lib/autofill';
import { offerSiteFiller } from '@/lib/features/always-fill/site-filler';

/**
 * The pipeline for an opted-in site, injected by the background only once the site's script
 * (fill-site.ts) saw fields on the page. It fills only what a person can see now.
 */
export default defineUnlistedScript(() => {
  offerSiteFiller((account) => autofillMailSetup(document, account, { visibleOnly: true }));
});
