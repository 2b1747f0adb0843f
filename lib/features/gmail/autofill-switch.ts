/**
 * Whether the Gmail content script fills the "Send mail as" window by itself: on unless switched
 * off. Apart from ./preference.ts so the content script reads it without the zod-checked storage.
 */
export const gmailAutofillKey = 'gmailAutofill';
export const gmailAutofillFallback = true;

/** The answer from the zod-free reader's preferences (lib/platform/saved-settings.ts). */
export function gmailAutofillIn(preferences: Record<string, unknown>): boolean {
  const value = preferences[gmailAutofillKey];
  return typeof value === 'boolean' ? value : gmailAutofillFallback;
}
