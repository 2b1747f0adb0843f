import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { countChanged } from '@/lib/autofill/report/count';
import { askGmailWindow } from '@/lib/features/gmail/ask-window';
import { gmailAutofill } from '@/lib/features/gmail/preference';
import type { GmailStatus } from '@/lib/features/gmail/status';
import { type GmailSunsetPhase, gmailSunsetPhase, gmailSunsetText } from '@/lib/features/gmail/sunset';
import type { Translate } from '@/lib/text/translate';

/**
 * Everything the popup says about Gmail, in one piece so that removing Gmail removes this file and
 * one line in the popup: what happened on Gmail's "Send mail as" window when it is the active tab,
 * that Google is removing "Send mail as" for other providers, and the switch for filling that window.
 * From February 2027 (by the clock) only the "removed" line and the way to what lasts remain.
 */

/** What the popup says about Gmail's "Send mail as" window when it is the active tab. */
export function gmailStatusText(status: GmailStatus): string {
  if (status.turnedOff) return i18n.t('gmail.status.turnedOff');
  const { stepReport, undone } = status;
  if (stepReport.step === 'none') return i18n.t('gmail.status.notDialog');
  const { address, report } = stepReport;
  if (report.reason === 'no-address') return i18n.t('gmail.status.noAddress');
  if (report.reason === 'not-icloud-address') return i18n.t('gmail.status.otherProvider', [address]);
  if (report.reason === 'custom-domain-without-login') return i18n.t('gmail.status.customDomainUnknown', [address]);
  if (stepReport.step === 'verify') return i18n.t('gmail.status.verify', [address]);
  if (undone) return i18n.t('gmail.status.undone');
  return countChanged(report.fields) > 0
    ? i18n.t('gmail.status.filled', [address])
    : i18n.t('gmail.status.alreadyRight', [address]);
}

/** Asks the active tab's Gmail content script what it did; nothing on any other tab. */
function useGmailStatus(): GmailStatus | undefined {
  const [status, setStatus] = useState<GmailStatus>();
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id === undefined ? undefined : askGmailWindow(tab.id)))
      .then(setStatus);
  }, []);
  return status;
}

/** Whether the Gmail content script fills the "Send mail as" window by itself. */
function GmailAutofillSwitch() {
  const [on, setOn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    gmailAutofill.get().then(setOn);
  }, []);
  return (
    <label class="switch">
      <input
        type="checkbox"
        checked={on ?? false}
        disabled={on === undefined}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          setOn(on);
          gmailAutofill.set(on);
        }}
      />
      {i18n.t('popup.gmailAutofill')}
    </label>
  );
}

// WXT's typed paths know the page, not a hash into it.
const extensionUrl = browser.runtime.getURL as (path: string) => string;

/** A link the popup opens in a new tab (a plain link would open inside the popup's own small window). */
function TabLink({ href, text }: { href: string; text: string }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        event.preventDefault();
        void browser.tabs.create({ url: href });
      }}
    >
      {text}
    </a>
  );
}

function SunsetLine({ phase }: { phase: GmailSunsetPhase }) {
  const { line, learnMore, whatLasts } = gmailSunsetText(phase, i18n.t as Translate);
  return (
    <p class="note gmail-sunset">
      {line}{' '}
      {phase === 'ending' && (
        <>
          <TabLink href={learnMore.href} text={learnMore.text} />
          {' · '}
        </>
      )}
      <TabLink href={extensionUrl(whatLasts.href)} text={whatLasts.text} />
    </p>
  );
}

/** `now`: the moment that decides the phase, for tests; the clock otherwise. */
export function GmailSection({ now = new Date() }: { now?: Date }) {
  const status = useGmailStatus();
  const phase = gmailSunsetPhase(now);
  return (
    <section class="gmail-section" aria-label="Gmail">
      {phase === 'ending' && status && <p class="gmail-status">{gmailStatusText(status)}</p>}
      <SunsetLine phase={phase} />
      {phase === 'ending' && <GmailAutofillSwitch />}
    </section>
  );
}
