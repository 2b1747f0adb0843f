import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { type GmailStatus, gmailStatusRequest } from './status';

/**
 * The popup's side of `{ type: 'gmail:status' }`: asks the Gmail content script what it did and
 * believes only an answer of the right shape — it comes from a web page's process.
 */

// Written out as objects so the compiler holds them to every step and reason GmailStatus knows.
const steps: { [Step in GmailStatus['step']]: Step } = {
  none: 'none',
  'add-address': 'add-address',
  smtp: 'smtp',
  verify: 'verify',
};
const skipReasons: { [Reason in NonNullable<GmailStatus['skipped']>]: Reason } = {
  'no-address': 'no-address',
  'other-provider': 'other-provider',
  'custom-domain-unknown': 'custom-domain-unknown',
  'turned-off': 'turned-off',
};

const statusSchema = z.object({
  step: z.enum(steps),
  address: z.optional(z.string()),
  skipped: z.optional(z.enum(skipReasons)),
  filled: z.boolean(),
  undone: z.boolean(),
});

/** What the tab's Gmail content script did; undefined when it is not Gmail's window or the answer makes no sense. */
export async function askGmailWindow(tabId: number): Promise<GmailStatus | undefined> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, gmailStatusRequest).catch(() => undefined);
  const status = statusSchema.safeParse(answer);
  return status.success ? status.data : undefined;
}
