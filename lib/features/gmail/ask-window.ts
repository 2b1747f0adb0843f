import { ask } from '../../platform/messages';
import { statusMessage } from './messages';
import type { GmailStatus } from './status';

/**
 * The popup's side of `{ type: 'gmail:status' }`: asks the Gmail content script what it did and
 * believes only an answer of the right shape — it comes from a web page's process.
 */

/** What the tab's Gmail content script did; undefined when it is not Gmail's window or the answer makes no sense. */
export async function askGmailWindow(tabId: number): Promise<GmailStatus | undefined> {
  return ask(statusMessage, tabId, {});
}
