import { countChanged } from '../../autofill/report/count';
import type { GmailReport, GmailSkip } from './step-reader';

/**
 * What the Gmail content script did on the "Send mail as" window, as the popup asks for it with
 * `statusMessage` (./messages.ts). No permission needed: the content script is our own.
 */
export interface GmailStatus {
  step: GmailReport['step'];
  address?: string;
  /** Why nothing was filled; 'turned-off' when the user switched Gmail auto-fill off in the popup. */
  skipped?: GmailSkip | 'turned-off';
  filled: boolean;
  undone: boolean;
}

export function statusOf(report: GmailReport): GmailStatus {
  const status: GmailStatus = { step: report.step, filled: false, undone: false };
  if (report.step === 'none') return status;
  status.address = report.address;
  if (report.step === 'verify') return status;
  if (report.skipped) status.skipped = report.skipped;
  status.filled = countChanged(report.changes) > 0;
  return status;
}
