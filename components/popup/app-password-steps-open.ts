import { booleanPreference } from '@/lib/platform/storage';

/**
 * Whether the user last left the popup's app-specific password steps open. Until they choose,
 * the steps are closed once an address is saved; while none is, they are always open.
 */
export const appPasswordStepsOpen = booleanPreference('popupAppPasswordStepsOpen', false);
