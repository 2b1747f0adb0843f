import { fillSendMailAsWindow } from '@/lib/features/gmail/window-script';

/**
 * Declared by modules/gmail.ts as a plain manifest content script rather than WXT's
 * defineContentScript, whose context object (2.6 kB) this script never uses: its budget is 15 kB.
 */
export default defineUnlistedScript({ main: fillSendMailAsWindow });
