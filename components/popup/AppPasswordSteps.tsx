import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { icloudMail } from '@/lib/icloud/icloud';
import { appPasswordStepsOpen } from './app-password-steps-open';

const accountHost = new URL(icloudMail.appPassword.accountUrl).host;
const headingId = 'app-password-heading';

type StepsProps = { onOpenAccountPage: () => void };

function Steps({ onOpenAccountPage }: StepsProps) {
  return (
    <>
      <p>{i18n.t('popup.appPassword.intro')}</p>
      <ol>
        <li>{i18n.t('popup.appPassword.twoFactor')}</li>
        <li>{i18n.t('popup.appPassword.signIn', [accountHost, icloudMail.appPassword.formerAccountHost])}</li>
        <li>{i18n.t('popup.appPassword.section')}</li>
        <li>{i18n.t('popup.appPassword.generate')}</li>
        <li>{i18n.t('popup.appPassword.copyOnce')}</li>
      </ol>
      <p class="note">{i18n.t('popup.appPassword.limits', [String(icloudMail.appPassword.maxActive)])}</p>
      <button type="button" onClick={onOpenAccountPage}>
        {i18n.t('popup.appPassword.open', [accountHost])}
      </button>
    </>
  );
}

/** How to make the app-specific password that mail apps sign in with (Apple support article 102654). */
export function AppPasswordSteps({ onOpenAccountPage }: StepsProps) {
  return (
    <section class="app-password" aria-labelledby={headingId}>
      <h2 id={headingId}>{i18n.t('popup.appPassword.heading')}</h2>
      <Steps onOpenAccountPage={onOpenAccountPage} />
    </section>
  );
}

/**
 * The same steps folded under their heading, for the popup: open as `open` says on arrival, and
 * whatever the user then opens or closes is remembered for the next time.
 */
export function FoldedAppPasswordSteps({ open, onOpenAccountPage }: StepsProps & { open: boolean }) {
  // The browser also fires "toggle" for the state the element was drawn in: only a change is the user's.
  const shown = useRef(open);
  return (
    <section class="app-password" aria-labelledby={headingId}>
      <details
        open={open}
        onToggle={(event) => {
          const nowOpen = event.currentTarget.open;
          if (nowOpen === shown.current) return;
          shown.current = nowOpen;
          void appPasswordStepsOpen.set(nowOpen);
        }}
      >
        <summary>
          <h2 id={headingId}>{i18n.t('popup.appPassword.heading')}</h2>
        </summary>
        <Steps onOpenAccountPage={onOpenAccountPage} />
      </details>
    </section>
  );
}
