import type { GmailStepReport } from './step-report';

/**
 * What the Gmail content script did on the "Send mail as" window, as the popup asks for it with
 * `statusMessage` (./messages.ts). No permission needed: the content script is our own.
 * `turnedOff`: the user switched Gmail auto-fill off in the popup, so the window was not read.
 */
export type GmailStatus = { turnedOff: true } | { turnedOff: false; stepReport: GmailStepReport; undone: boolean };
