import type { FillReport } from '../../autofill/model';
import type { MailAccount } from '../../icloud/account';

/**
 * Where the filler for an opted-in site waits once the background injected it
 * (entrypoints/fill-site-filler.ts): in the extension's isolated world of the page, which the page
 * cannot reach, for the site's own script (site-script.ts) to call. Apart from both, so the script
 * that runs on every page of the site carries none of the pipeline.
 */

export type SiteFiller = (account: MailAccount) => Promise<FillReport>;

// Built from entrypoints/fill-site-filler.ts.
export const siteFillerScript = '/fill-site-filler.js';
const fillerSlot = 'icloudMailSetupSiteFiller';
type WithFiller = typeof globalThis & { [fillerSlot]?: SiteFiller };

export function offerSiteFiller(filler: SiteFiller): void {
  (globalThis as WithFiller)[fillerSlot] = filler;
}

export function offeredSiteFiller(): SiteFiller | undefined {
  return (globalThis as WithFiller)[fillerSlot];
}
