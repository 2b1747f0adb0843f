import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Troubleshooter } from '@/components/guide/Troubleshooter';
import { AccountFields } from '@/components/popup/AccountFields';
import { AppPasswordSteps } from '@/components/popup/AppPasswordSteps';
import { ServerSettings } from '@/components/popup/ServerSettings';
import { type MailAccount, settingsFor } from '@/lib/icloud/account';
import { icloudMail } from '@/lib/icloud/icloud';
import { gmailAfter2027Section } from '@/lib/platform/guide-url';
import { GmailAfter2027 } from './GmailAfter2027';
import { GmailSetup } from './GmailSetup';
import { GuideFooter } from './GuideFooter';
import { GuideSection } from './GuideSection';
import { MailAppSetup } from './MailAppSetup';
import { ScriptSnippets } from './ScriptSnippets';
import { SecurityAdvice } from './SecurityAdvice';
import { SendingLimits } from './SendingLimits';
import { SettingsAudit } from './SettingsAudit';
import { WrongAdvice } from './WrongAdvice';

/** The table of contents; each id is also a hash other pages link to (e.g. guide.html#troubleshooting). */
function contents() {
  return [
    ['settings', i18n.t('guide.settings.title')],
    ['app-password', i18n.t('popup.appPassword.heading')],
    ['gmail', i18n.t('guide.gmail.title')],
    [gmailAfter2027Section, i18n.t('guide.gmailAfter.title')],
    ['outlook', i18n.t('guide.outlook.title')],
    ['thunderbird', i18n.t('guide.thunderbird.title')],
    ['phones', i18n.t('guide.phones.title')],
    ['apple', i18n.t('guide.apple.title')],
    ['scripts', i18n.t('guide.scripts.title')],
    ['limits', i18n.t('guide.limits.title')],
    ['security', i18n.t('guide.security.title')],
    ['myths', i18n.t('guide.myths.title')],
    ['troubleshooting', i18n.t('guide.trouble.title')],
    ['check-settings', i18n.t('guide.audit.title')],
  ] as const;
}

/**
 * `saved`: the account in storage when the page opened, so the page is complete at first draw.
 * `pastedError`: an error message that came in the page's address (lib/platform/guide-url.ts).
 */
export function GuidePage({ saved, pastedError }: { saved: MailAccount; pastedError?: string }) {
  const [account, setAccount] = useState<MailAccount | undefined>(saved);
  const settings = account && settingsFor(account);
  return (
    <>
      <header>
        <h1>{i18n.t('guide.title')}</h1>
        <p>{i18n.t('guide.intro')}</p>
      </header>
      <nav aria-labelledby="contents-title">
        <h2 id="contents-title">{i18n.t('guide.nav')}</h2>
        <ul>
          {contents().map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <GuideSection id="settings" title={i18n.t('guide.settings.title')}>
          <p>{i18n.t('guide.settings.intro')}</p>
          <AccountFields idPrefix="guide" saved={saved} onAccount={setAccount} />
          {settings ? (
            <div class="servers">
              <ServerSettings server="imap" settings={settings} level={3} />
              <ServerSettings server="smtp" settings={settings} level={3} />
            </div>
          ) : (
            <p class="note">{i18n.t('guide.settings.needsAddress')}</p>
          )}
          <p>{i18n.t('popup.note.password')}</p>
          <p>{i18n.t('guide.settings.noPop')}</p>
        </GuideSection>
        <div id="app-password">
          <AppPasswordSteps
            onOpenAccountPage={() => window.open(icloudMail.appPassword.accountUrl, '_blank', 'noreferrer')}
          />
          <p class="note">{i18n.t('guide.appPassword.format')}</p>
        </div>
        <GmailSetup settings={settings} />
        <GmailAfter2027 settings={settings} />
        <MailAppSetup settings={settings} />
        <ScriptSnippets settings={settings} />
        <SendingLimits />
        <SecurityAdvice />
        <WrongAdvice account={settings ? account : undefined} />
        <GuideSection id="troubleshooting" title={i18n.t('guide.trouble.title')}>
          <p>{i18n.t('guide.trouble.intro')}</p>
          {/* A new error in the address starts the troubleshooter over with it. */}
          <Troubleshooter key={pastedError} settings={settings} pastedError={pastedError} />
        </GuideSection>
        <SettingsAudit account={settings ? account : undefined} />
      </main>
      <GuideFooter />
    </>
  );
}
