import { i18n } from '#i18n';
import { SettingValues } from '@/components/shared/SettingValues';
import type { AccountSettings } from '@/lib/icloud/account';
import { securityNames } from '@/lib/icloud/formats';
import { icloudMail } from '@/lib/icloud/icloud';
import { GuideSection } from './GuideSection';
import { TextWithLink } from './TextWithLink';

/** Gmail's "Send mail as" with the values to type, and the truth about reading iCloud mail in Gmail. */
export function GmailSetup({ settings }: { settings?: AccountSettings }) {
  return (
    <GuideSection id="gmail" title={i18n.t('guide.gmail.title')}>
      <ol class="steps">
        <li>{i18n.t('guide.gmail.step1')}</li>
        <li>{i18n.t('guide.gmail.step2')}</li>
        <li>{i18n.t('guide.gmail.step3')}</li>
        <li>
          {i18n.t('guide.gmail.step4')}
          <SettingValues names={['smtpHost', 'smtpPort', 'smtpUsername']} settings={settings} />
          <p>
            {i18n.t('guide.gmail.step4Security', [
              i18n.t('gmail.security.tls'),
              securityNames[icloudMail.smtp.security],
            ])}
          </p>
          <p>{i18n.t('popup.note.password')}</p>
          <p class="warning">{i18n.t('guide.gmail.guessWarning')}</p>
          <p class="note">{i18n.t('guide.gmail.autofill')}</p>
        </li>
        <li>{i18n.t('guide.gmail.step5')}</li>
        <li>
          <TextWithLink message={(mark) => i18n.t('guide.gmail.step6', [mark])} href={icloudMail.webmailUrl} />
        </li>
      </ol>
      <h3>{i18n.t('guide.gmail.receiveTitle')}</h3>
      <p>{i18n.t('guide.gmail.noPop')}</p>
      <p>{i18n.t('guide.gmail.ended')}</p>
      <p>{i18n.t('guide.gmail.alternatives')}</p>
      <ul>
        <li>
          <TextWithLink message={(mark) => i18n.t('guide.gmail.forward', [mark])} href={icloudMail.webmailUrl} />
        </li>
        <li>{i18n.t('guide.gmail.mobileApp')}</li>
      </ul>
    </GuideSection>
  );
}
