import type { SiteAdapter } from '../../autofill/site-adapter';
import { isSendMailAsWindow } from './site';
import { fillGmailDialog } from './step-reader';

/**
 * Gmail's "Send mail as" window for the generic pipeline: "Fill this page" there runs the step
 * reader, whose report is the same FillReport as any other form's.
 */
export const gmailSiteAdapter: SiteAdapter = {
  fill(root, account) {
    if (!isSendMailAsWindow(root.location)) return undefined;
    const { stepReport, undo, touched } = fillGmailDialog(root, account);
    if (stepReport.step !== 'add-address' && stepReport.step !== 'smtp') return undefined;
    return { report: stepReport.report, undo, touched };
  },
};
