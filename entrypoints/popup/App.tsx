import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { AccountFields } from '@/components/popup/AccountFields';
import { AppPasswordSteps } from '@/components/popup/AppPasswordSteps';
import { CopyAll } from '@/components/popup/CopyAll';
import { FillThisPage } from '@/components/popup/FillThisPage';
import { GmailStatus } from '@/components/popup/GmailStatus';
import { ServerSettings } from '@/components/popup/ServerSettings';
import { Announcer } from '@/components/shared/Announcer';
import { type MailAccount, settingsFor } from '@/lib/icloud/account';
import { icloudMail } from '@/lib/icloud/icloud';
import { GmailAutofillSwitch } from '../../components/popup/GmailAutofillSwitch';

function openTab(url: string) {
  browser.tabs.create({ url });
}

export function App() {
  const [account, setAccount] = useState<MailAccount>();
  const settings = account && settingsFor(account);
  const guideUrl = browser.runtime.getURL('/guide.html');

  return (
    <Announcer>
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
      </main>
    </Announcer>
  );
}
