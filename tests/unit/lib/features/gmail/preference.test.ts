import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { gmailAutofillIn } from '@/lib/features/gmail/autofill-switch';
import { gmailAutofill } from '@/lib/features/gmail/preference';
import { readSavedSettings } from '@/lib/platform/saved-settings';

describe('the Gmail auto-fill preference', () => {
  it.each([undefined, null, 'corrupt', {}, { gmailAutofill: false }, { gmailAutofill: true }, { gmailAutofill: 'no' }])(
    'reads the same in the Gmail content script and in the popup for stored preferences %j',
    async (stored) => {
      await fakeBrowser.storage.local.set({ preferences: stored });
      expect(gmailAutofillIn((await readSavedSettings()).preferences)).toBe(await gmailAutofill.get());
    },
  );
});
