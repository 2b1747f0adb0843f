import type { FillReport, UndoOutcome } from '../../autofill/model';

/**
 * What the step reader did on Gmail's "Send mail as" window: THE FillReport, the same the generic
 * filler returns, wrapped with only what a FillReport cannot say — which step the window is, the
 * address being added, whether an entry is being edited, and Gmail's reply after a failed sign-in.
 * This is what the notice, the popup's status and "Fill this page" read; its schema is in ./messages.ts.
 */

/** 'none': a "Send mail as" window that is none of the steps we know (Gmail refused or changed it). */
export type GmailStep = 'none' | 'add-address' | 'smtp' | 'verify';

/** Gmail's reply after a failed sign-in to the SMTP server, as Gmail shows it. */
export interface SmtpError {
  /** Gmail's own words, e.g. "Authentication failed. … [Server response: 535 5.7.8 …]". */
  text: string;
  /** The SMTP reply code in them, e.g. '535'. */
  code?: string;
}

export type GmailStepReport =
  | { step: 'none'; report: FillReport }
  | { step: 'add-address'; address: string; report: FillReport }
  | { step: 'verify'; address: string; report: FillReport }
  | {
      step: 'smtp';
      address: string;
      editing: boolean;
      matchedBy: 'names' | 'labels';
      report: FillReport;
      smtpError?: SmtpError;
    };

/** The step reader's result in the page: the report, and what never leaves the page. */
export interface GmailStepFill {
  stepReport: GmailStepReport;
  undo: () => UndoOutcome[];
  /** The fields this step may write: whatever else changes on the page was not us. */
  touched: readonly Element[];
  /** Gmail's password field on the SMTP step: never written; the caller puts the focus there once the fill is done. */
  password?: HTMLInputElement;
}
