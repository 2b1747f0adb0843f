import { browser } from 'wxt/browser';
import type { MailAccount } from '../icloud/account';

/**
 * The saved account and the preferences, read without zod so the scripts that run in web pages
 * (the Gmail content script, the page filler) stay small. Same keys and fallbacks as
 * lib/platform/storage.ts; tests/unit/lib/platform/saved-settings.test.ts holds the two to the same answers.
 */
export async function readSavedSettings(): Promise<{ account: MailAccount; preferences: Record<string, unknown> }> {
  const stored = (await browser.storage.local.get(['account', 'preferences'])) as Record<string, unknown>;
  const account = (stored.account ?? {}) as Record<string, unknown>;
  const preferences = stored.preferences;
  const address = typeof account.address === 'string' ? account.address : '';
  const icloudLogin = typeof account.icloudLogin === 'string' && account.icloudLogin ? account.icloudLogin : undefined;
  return {
    account: icloudLogin ? { address, icloudLogin } : { address },
    preferences:
      typeof preferences === 'object' && preferences !== null && !Array.isArray(preferences)
        ? (preferences as Record<string, unknown>)
        : {},
  };
}
