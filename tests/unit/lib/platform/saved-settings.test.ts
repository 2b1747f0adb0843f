import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readGmailSettings } from '@/lib/platform/saved-settings';
import { preferences, savedAccount } from '@/lib/platform/storage';

describe('readGmailSettings (the Gmail content script’s zod-free reader)', () => {
  it.each([
    [undefined, undefined],
    [{ address: 'alex@icloud.com' }, { gmailAutofill: false }],
    [{ address: 'alex@example.org', icloudLogin: 'alex@icloud.com' }, { gmailAutofill: true }],
    [{ address: 42, icloudLogin: '' }, { gmailAutofill: 'no' }],
    ['corrupt', null],
    [{ icloudLogin: 'alex@icloud.com' }, {}],
  ])('agrees with lib/storage.ts on account %j and preferences %j', async (account, stored) => {
    await fakeBrowser.storage.local.set({ account, preferences: stored });
    expect(await readGmailSettings()).toEqual({
      account: await savedAccount.get(),
      gmailAutofill: (await preferences.get()).gmailAutofill,
    });
  });
});
