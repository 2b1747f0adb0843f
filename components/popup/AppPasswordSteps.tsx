import { i18n } from '#i18n';
import { icloudMail } from '@/lib/icloud/icloud';

const accountHost = new URL(icloudMail.appPassword.accountUrl).host;

/** How to make the app-specific password that mail apps sign in with (Apple support article 102654). */
export function AppPasswordSteps({ onOpenAccountPage }: { onOpenAccountPage: () => void }) {
  return (
    <section class="app-password" aria-labelledby="app-password-heading">
      <h2 id="app-password-heading">{i18n.t('popup.appPassword.heading')}</h2>
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
    </section>
  );
}
