import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { AccountFields } from '@/components/AccountFields';
import { AppPasswordSteps } from '@/components/AppPasswordSteps';
import { AnnounceContext } from '@/components/announce';
import { CopyAll } from '@/components/CopyAll';
import { FillThisPage } from '@/components/FillThisPage';
import { GmailStatus } from '@/components/GmailStatus';
import { ServerSettings } from '@/components/ServerSettings';
import { type MailAccount, settingsFor } from '@/lib/account';
import { icloudMail } from '@/lib/icloud';
import { GmailAutofillSwitch } from './GmailAutofillSwitch';
import { useAnnouncer } from './useAnnouncer';

function openTab(url: string) {
  browser.tabs.create({ url });
}

export function App() {
  const [account, setAccount] = useState<MailAccount>();
  const { announce, announcement } = useAnnouncer();
  const settings = account && settingsFor(account);
  const guideUrl = browser.runtime.getURL('/guide.html');

  return (
    <AnnounceContext.Provider value={announce}>
      <main>
        <h1>{i18n.t('popup.title')}</h1>
        <GmailStatus />
        <AccountFields idPrefix="popup" onAccount={setAccount} />
        {settings && (
          <>
            <ServerSettings server="imap" settings={settings} />
            <ServerSettings server="smtp" settings={settings} />
            <p class="note">{i18n.t('popup.note.password')}</p>
            <CopyAll settings={settings} />
          </>
        )}
        <AppPasswordSteps onOpenAccountPage={() => openTab(icloudMail.appPassword.accountUrl)} />
        <GmailAutofillSwitch />
        <footer>
          <FillThisPage />
          <a
            href={guideUrl}
            onClick={(event) => {
              event.preventDefault();
              openTab(guideUrl);
            }}
          >
            {i18n.t('popup.openGuide')}
          </a>
        </footer>
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </main>
    </AnnounceContext.Provider>
  );
}
