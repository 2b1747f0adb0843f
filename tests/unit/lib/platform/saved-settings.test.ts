import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { gmailAutofillIn } from '@/lib/features/gmail/autofill-switch';
import { gmailAutofill } from '@/lib/features/gmail/preference';
import { readSavedSettings } from '@/lib/platform/saved-settings';
import { savedAccount } from '@/lib/platform/storage';

describe('readSavedSettings (the zod-free reader of the scripts that run in web pages)', () => {
  it.each([
    [undefined, undefined],
    [{ address: 'alex@icloud.com' }, { gmailAutofill: false }],
    [{ address: 'alex@example.org', icloudLogin: 'alex@icloud.com' }, { gmailAutofill: true }],
    [{ address: 42, icloudLogin: '' }, { gmailAutofill: 'no' }],
    ['corrupt', null],
    [{ icloudLogin: 'alex@icloud.com' }, {}],
  ])('agrees with lib/storage.ts on account %j and preferences %j', async (account, stored) => {
    await fakeBrowser.storage.local.set({ account, preferences: stored });
    const { account: read, preferences } = await readSavedSettings();
    expect(read).toEqual(await savedAccount.get());
    expect(gmailAutofillIn(preferences)).toBe(await gmailAutofill.get());
  });
});
