import { i18n } from '#i18n';
import { SettingValues } from '@/components/shared/SettingValues';
import type { AccountSettings } from '@/lib/icloud/account';
import { serverFields } from '@/lib/icloud/audit';
import { securityNames } from '@/lib/icloud/formats';
import { icloudMail } from '@/lib/icloud/icloud';
import type { SettingName } from '@/lib/icloud/troubleshoot';
import { GuideSection } from './GuideSection';

// Thunderbird fills in the rest itself; these are what its checks below are about.
const thunderbirdChecks: readonly SettingName[] = [
  'smtpUsername',
  'smtpSecurity',
  'smtpPort',
  'imapSecurity',
  'imapPort',
];

/**
 * Setup steps for the mail apps that need the values typed in (or checked) by hand. Menu names
 * change between app versions and no source pins them, so the steps say what to do, not where.
 */
export function MailAppSetup({ settings }: { settings?: AccountSettings }) {
  const { imap, smtp } = icloudMail;
  return (
    <>
      <GuideSection id="outlook" title={i18n.t('guide.outlook.title')}>
        <p>{i18n.t('guide.outlook.intro')}</p>
        <h3>{i18n.t('guide.outlook.newTitle')}</h3>
        <p>{i18n.t('guide.outlook.newSteps')}</p>
        <p class="note">{i18n.t('guide.outlook.newSource')}</p>
        <h3>{i18n.t('guide.outlook.classicTitle')}</h3>
        <ol class="steps">
          <li>{i18n.t('guide.outlook.step1')}</li>
          <li>{i18n.t('guide.outlook.step2')}</li>
          <li>
            {i18n.t('guide.outlook.step3')}
            <SettingValues names={serverFields} settings={settings} />
          </li>
          <li>{i18n.t('guide.outlook.step4')}</li>
        </ol>
      </GuideSection>
      <GuideSection id="thunderbird" title={i18n.t('guide.thunderbird.title')}>
        <p>{i18n.t('guide.thunderbird.intro')}</p>
        <p>{i18n.t('guide.thunderbird.checkTitle')}</p>
        <ul>
          <li>{i18n.t('guide.thunderbird.check1')}</li>
          <li>
            {i18n.t('guide.thunderbird.check2', [
              securityNames[smtp.security],
              smtp.port,
              securityNames[imap.security],
              imap.port,
            ])}
          </li>
          <li>{i18n.t('guide.thunderbird.check3')}</li>
        </ul>
        <p>{i18n.t('guide.thunderbird.values')}</p>
        <SettingValues names={thunderbirdChecks} settings={settings} />
      </GuideSection>
      <GuideSection id="phones" title={i18n.t('guide.phones.title')}>
        <p>{i18n.t('guide.phones.intro')}</p>
        <p>{i18n.t('guide.phones.steps')}</p>
        <SettingValues names={serverFields} settings={settings} />
      </GuideSection>
      <GuideSection id="apple" title={i18n.t('guide.apple.title')}>
        <p>{i18n.t('guide.apple.intro')}</p>
        <ul>
          <li>{i18n.t('guide.apple.iphone')}</li>
          <li>{i18n.t('guide.apple.iphoneOther')}</li>
          <li>{i18n.t('guide.apple.mac')}</li>
        </ul>
      </GuideSection>
    </>
  );
}
