import { mayHaveFields } from '@/lib/autofill/may-have-fields';
import { offeredSiteAdapter } from '@/lib/autofill/site-adapter';

/**
 * Injected before fill-page.js (lib/features/fill-page/inject-filler.ts): whether the page may hold
 * a form at all. A page with no field gets no pipeline; one a site adapter knows always does.
 */
export default defineUnlistedScript((): boolean => offeredSiteAdapter() !== undefined || mayHaveFields(document));
