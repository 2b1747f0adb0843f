import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { AccountFields } from '@/components/popup/AccountFields';
import { FoldedAppPasswordSteps } from '@/components/popup/AppPasswordSteps';
import { CopyAll } from '@/components/popup/CopyAll';
import type { PageTab } from '@/components/popup/current-tab';
import { FillThisPage } from '@/components/popup/FillThisPage';
import { GmailSection } from '@/components/popup/GmailSection';
import { ServerSettings } from '@/components/popup/ServerSettings';
import { Announcer } from '@/components/shared/Announcer';
import { type MailAccount, settingsFor } from '@/lib/icloud/account';
import { icloudMail } from '@/lib/icloud/icloud';
import { siteOf } from '@/lib/platform/web-address';

function openTab(url: string) {
  browser.tabs.create({ url });
}

/** What the popup knows before its first draw, so it draws once, complete (entrypoints/popup/main.tsx). */
export interface PopupStart {
  saved: MailAccount;
  tab?: PageTab;
  alwaysFilled: string[];
  appPasswordStepsOpen: boolean;
}

/**
 * What the user came for comes first: on a web page, where a setup form can be, "Fill this page";
 * on other pages the settings. Gmail has one section near the end (GmailSection), removable with this one line.
 */
export function App({ saved, tab, alwaysFilled, appPasswordStepsOpen }: PopupStart) {
  const [account, setAccount] = useState<MailAccount | undefined>(saved);
  const settings = account && settingsFor(account);
  const guideUrl = browser.runtime.getURL('/guide.html');
  const addressField = useRef<HTMLInputElement>(null);
  useEffect(() => addressField.current?.focus(), []);

  const fillThisPage = (
    <FillThisPage tab={tab} alwaysFilled={alwaysFilled} onNoAddress={() => addressField.current?.focus()} />
  );
  const fillFirst = siteOf(tab?.url) !== undefined;

  return (
    <Announcer>
      <main>
        <h1>{i18n.t('popup.title')}</h1>
        {fillFirst && fillThisPage}
        <AccountFields idPrefix="popup" saved={saved} onAccount={setAccount} addressRef={addressField} />
        <ServerSettings server="imap" settings={settings} foldNotes />
        <ServerSettings server="smtp" settings={settings} foldNotes />
        <p class="note">{i18n.t('popup.note.password')}</p>
        {settings && <CopyAll settings={settings} />}
        {!fillFirst && <div class="after-settings">{fillThisPage}</div>}
        <FoldedAppPasswordSteps
          open={!saved.address || appPasswordStepsOpen}
          onOpenAccountPage={() => openTab(icloudMail.appPassword.accountUrl)}
        />
        <GmailSection />
        <footer>
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
