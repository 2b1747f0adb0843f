import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { askGmailWindow } from '../../lib/features/gmail/ask-window';
import type { GmailStatus as Status } from '../../lib/features/gmail/status';

/** What the popup says about Gmail's "Send mail as" window when it is the active tab. */
export function gmailStatusText(status: Status): string {
  const address = status.address ?? '';
  if (status.skipped === 'turned-off') return i18n.t('gmail.status.turnedOff');
  if (status.skipped === 'no-address') return i18n.t('gmail.status.noAddress');
  if (status.skipped === 'other-provider') return i18n.t('gmail.status.otherProvider', [address]);
  if (status.skipped === 'custom-domain-unknown') return i18n.t('gmail.status.customDomainUnknown', [address]);
  if (status.step === 'none') return i18n.t('gmail.status.notDialog');
  if (status.step === 'verify') return i18n.t('gmail.status.verify', [address]);
  if (status.undone) return i18n.t('gmail.status.undone');
  return status.filled ? i18n.t('gmail.status.filled', [address]) : i18n.t('gmail.status.alreadyRight', [address]);
}

/** Says why nothing was filled (or what was) when the popup opens over Gmail's window; nothing elsewhere. */
export function GmailStatus() {
  const [status, setStatus] = useState<Status>();
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id === undefined ? undefined : askGmailWindow(tab.id)))
      .then(setStatus);
  }, []);
  return status ? <p class="gmail-status">{gmailStatusText(status)}</p> : null;
}
