import type { MailAccount } from '../icloud/account';
import type { FillReport } from './model';
import type { Undo } from './undo';

/**
 * A page the generic detector should not guess at, because a feature knows it exactly (its field
 * names, its steps). The feature's own content script offers its adapter in the extension's
 * isolated world of that page only; `autofillMailSetup` then hands the page to it. The pipeline
 * itself names no site, and a feature removed takes its adapter with it.
 */
export interface SiteFill {
  /** A security it corrected is reported `from` in the audit's terms ('starttls', 'implicit-tls', 'none'). */
  report: FillReport;
  undo: Undo;
  /** Every element the adapter may have written: anything else that changed was not us. */
  touched: readonly Element[];
}

export interface SiteAdapter {
  /** Undefined when this is not a page the adapter knows: the generic route takes it. */
  fill: (root: Document, account: MailAccount) => SiteFill | undefined;
}

const adapterSlot = 'icloudMailSetupSiteAdapter';
type WithAdapter = typeof globalThis & { [adapterSlot]?: SiteAdapter };

export function offerSiteAdapter(adapter: SiteAdapter): void {
  (globalThis as WithAdapter)[adapterSlot] = adapter;
}

export function offeredSiteAdapter(): SiteAdapter | undefined {
  return (globalThis as WithAdapter)[adapterSlot];
}
