import { browser } from 'wxt/browser';
import type { MailAccount } from '../icloud/account';

/**
 * The saved account and the Gmail switch, read without zod so the Gmail content script stays
 * within its size budget. Same keys and fallbacks as lib/platform/storage.ts; tests/unit/lib/platform/saved-settings.test.ts
 * holds the two to the same answers.
 */
export async function readGmailSettings(): Promise<{ account: MailAccount; gmailAutofill: boolean }> {
  const stored = (await browser.storage.local.get(['account', 'preferences'])) as Record<string, unknown>;
  const account = (stored.account ?? {}) as Record<string, unknown>;
  const preferences = (stored.preferences ?? {}) as Record<string, unknown>;
  const address = typeof account.address === 'string' ? account.address : '';
  const icloudLogin = typeof account.icloudLogin === 'string' && account.icloudLogin ? account.icloudLogin : undefined;
  return {
    account: icloudLogin ? { address, icloudLogin } : { address },
    gmailAutofill: typeof preferences.gmailAutofill === 'boolean' ? preferences.gmailAutofill : true,
  };
}
