import { booleanPreference } from '../../platform/storage';

/** Whether the Gmail content script fills the "Send mail as" window by itself: on unless switched off. */
const key = 'gmailAutofill';
const fallback = true;

export const gmailAutofill = booleanPreference(key, fallback);

/** The same answer from the zod-free reader's preferences (lib/platform/saved-settings.ts). */
export function gmailAutofillIn(preferences: Record<string, unknown>): boolean {
  const value = preferences[key];
  return typeof value === 'boolean' ? value : fallback;
}
