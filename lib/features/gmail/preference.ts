import { booleanPreference } from '../../platform/storage';
import { gmailAutofillFallback, gmailAutofillKey } from './autofill-switch';

/** The popup's switch for the Gmail content script (see ./autofill-switch.ts). */
export const gmailAutofill = booleanPreference(gmailAutofillKey, gmailAutofillFallback);
