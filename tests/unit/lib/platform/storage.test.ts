import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { booleanPreference, optedInSites, savedAccount } from '../../../../lib/platform/storage';

beforeEach(() => fakeBrowser.reset());

describe('saved account', () => {
  test('round-trips an address and the iCloud sign-in address of a custom domain', async () => {
    await savedAccount.set({ address: 'alex@example.org', icloudLogin: 'alex@icloud.com' });
    expect(await savedAccount.get()).toEqual({ address: 'alex@example.org', icloudLogin: 'alex@icloud.com' });
  });

  test('reads nothing stored as an empty address', async () => {
    expect(await savedAccount.get()).toEqual({ address: '' });
  });

  test('keeps the valid address when the sign-in address is corrupt', async () => {
    await fakeBrowser.storage.local.set({ account: { address: 'alex@icloud.com', icloudLogin: 42 } });
    expect(await savedAccount.get()).toEqual({ address: 'alex@icloud.com' });
  });

  test('keeps what it does not know, such as a later version’s fields, when the address is saved', async () => {
    await fakeBrowser.storage.local.set({
      account: { address: 'alex@icloud.com', senderName: 'Alex', clients: { thunderbird: true } },
    });
    await savedAccount.set({ address: 'alex@me.com' });
    expect(await fakeBrowser.storage.local.get('account')).toEqual({
      account: { address: 'alex@me.com', senderName: 'Alex', clients: { thunderbird: true } },
    });
  });

  test('drops the sign-in address it no longer has, and keeps the unknown fields beside it', async () => {
    await fakeBrowser.storage.local.set({
      account: { address: 'alex@example.org', icloudLogin: 'alex@icloud.com', senderName: 'Alex' },
    });
    await savedAccount.set({ address: 'alex@icloud.com' });
    expect(await fakeBrowser.storage.local.get('account')).toEqual({
      account: { address: 'alex@icloud.com', senderName: 'Alex' },
    });
  });

  test('saves made one after another without waiting end with the last, and a read sees it', async () => {
    await fakeBrowser.storage.local.set({ account: { address: 'alex@icloud.com', senderName: 'Alex' } });
    void savedAccount.set({ address: 'alex@appleseed.family' });
    void savedAccount.set({ address: 'alex@appleseed.family', icloudLogin: 'alex@icloud.com' });
    expect(await savedAccount.get()).toEqual({ address: 'alex@appleseed.family', icloudLogin: 'alex@icloud.com' });
    expect(await fakeBrowser.storage.local.get('account')).toEqual({
      account: { address: 'alex@appleseed.family', icloudLogin: 'alex@icloud.com', senderName: 'Alex' },
    });
  });

  test('replaces a stored value that is not an object', async () => {
    await fakeBrowser.storage.local.set({ account: ['alex@icloud.com'] });
    await savedAccount.set({ address: 'alex@icloud.com' });
    expect(await fakeBrowser.storage.local.get('account')).toEqual({ account: { address: 'alex@icloud.com' } });
  });

  test('falls back to an empty address when the stored value is not an object', async () => {
    await fakeBrowser.storage.local.set({ account: 'alex@icloud.com' });
    expect(await savedAccount.get()).toEqual({ address: '' });
  });
});

describe('a preference', () => {
  const autofill = booleanPreference('gmailAutofill', true);

  test('is its fallback until set', async () => {
    expect(await autofill.get()).toBe(true);
  });

  test('remembers being turned off', async () => {
    await autofill.set(false);
    expect(await autofill.get()).toBe(false);
  });

  test('falls back for a corrupt value, or a corrupt preferences object', async () => {
    await fakeBrowser.storage.local.set({ preferences: { gmailAutofill: 'no' } });
    expect(await autofill.get()).toBe(true);
    await fakeBrowser.storage.local.set({ preferences: ['not', 'an', 'object'] });
    expect(await autofill.get()).toBe(true);
  });

  test('keeps the preferences it does not know, such as a later version’s', async () => {
    await fakeBrowser.storage.local.set({ preferences: { gmailAutofill: true, compactNotice: false } });
    await autofill.set(false);
    expect(await fakeBrowser.storage.local.get('preferences')).toEqual({
      preferences: { gmailAutofill: false, compactNotice: false },
    });
  });

  test('keeps another preference’s value as it is, even one this version would read as corrupt', async () => {
    const later = { noticePlacement: { top: true }, sites: ['https://cloud.example.org'] };
    await fakeBrowser.storage.local.set({ preferences: { ...later, gmailAutofill: 'no' } });
    await autofill.set(true);
    expect(await fakeBrowser.storage.local.get('preferences')).toEqual({
      preferences: { ...later, gmailAutofill: true },
    });
  });
});

describe('opted-in sites', () => {
  test('keep only well-formed origins, once each', async () => {
    await optedInSites.set(['https://cloud.example.org', 'https://cloud.example.org', 'http://mail.example.net']);
    expect(await optedInSites.get()).toEqual(['https://cloud.example.org', 'http://mail.example.net']);
  });

  test('drop entries that are not origins and keep the rest', async () => {
    await fakeBrowser.storage.local.set({
      optedInSites: ['https://cloud.example.org', 'javascript:alert(1)', 'https://x.example/path', 42, null],
    });
    expect(await optedInSites.get()).toEqual(['https://cloud.example.org']);
  });

  test('fall back to none when the list is corrupt', async () => {
    await fakeBrowser.storage.local.set({ optedInSites: 'https://cloud.example.org' });
    expect(await optedInSites.get()).toEqual([]);
  });
});
