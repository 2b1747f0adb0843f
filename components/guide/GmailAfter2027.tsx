import { i18n } from '#i18n';
import { SettingValues } from '@/components/shared/SettingValues';
import type { AccountSettings } from '@/lib/icloud/account';
import { icloudMail } from '@/lib/icloud/icloud';
import { gmailAfter2027Section } from '@/lib/platform/guide-url';
import { GuideSection } from './GuideSection';
import { TextWithLink } from './TextWithLink';

/** The guide's sections on apps that send with iCloud's own servers, by their ids in GuidePage. */
function desktopApps() {
  return [
    ['thunderbird', i18n.t('guide.thunderbird.title')],
    ['outlook', i18n.t('guide.outlook.title')],
    ['apple', i18n.t('guide.apple.title')],
  ] as const;
}

/**
 * What keeps working once Google removes "Send mail as" for other providers' servers: the ways
 * Google itself names (shared/research/icloud-facts.md, "Gmail facts that matter"), each with the
 * values to type and their copy buttons. This is guide content, not the Gmail feature: it stays
 * when the Gmail code goes.
 */
export function GmailAfter2027({ settings }: { settings?: AccountSettings }) {
  return (
    <GuideSection id={gmailAfter2027Section} title={i18n.t('guide.gmailAfter.title')}>
      <p>{i18n.t('guide.gmailAfter.intro')}</p>

      <h3>{i18n.t('guide.gmailAfter.appTitle')}</h3>
      <p>{i18n.t('guide.gmailAfter.appIntro')}</p>
      <ol class="steps">
        <li>{i18n.t('guide.gmailAfter.appStep1')}</li>
        <li>{i18n.t('guide.gmailAfter.appStep2')}</li>
        <li>
          {i18n.t('guide.gmailAfter.appStep3')}
          <p class="note">{i18n.t('popup.note.password')}</p>
        </li>
        <li>
          {i18n.t('guide.gmailAfter.appStep4')}
          <SettingValues
            names={['imapHost', 'imapPort', 'imapSecurity', 'imapUsername']}
            settings={settings}
            label={i18n.t('guide.gmailAfter.appStep4')}
          />
        </li>
        <li>
          {i18n.t('guide.gmailAfter.appStep5')}
          <SettingValues
            names={['smtpHost', 'smtpPort', 'smtpSecurity', 'smtpUsername']}
            settings={settings}
            label={i18n.t('guide.gmailAfter.appStep5')}
          />
        </li>
      </ol>

      <h3>{i18n.t('guide.gmailAfter.forwardTitle')}</h3>
      <p>
        <TextWithLink message={(mark) => i18n.t('guide.gmailAfter.forward', [mark])} href={icloudMail.webmailUrl} />
      </p>
      <p class="warning">{i18n.t('guide.gmailAfter.forwardReplies')}</p>

      <h3>{i18n.t('guide.gmailAfter.desktopTitle')}</h3>
      <p>{i18n.t('guide.gmailAfter.desktop')}</p>
      <ul>
        {desktopApps().map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ul>

      <h3>{i18n.t('guide.gmailAfter.webTitle')}</h3>
      <p>
        <TextWithLink message={(mark) => i18n.t('guide.gmailAfter.web', [mark])} href={icloudMail.webmailUrl} />
      </p>
    </GuideSection>
  );
}
