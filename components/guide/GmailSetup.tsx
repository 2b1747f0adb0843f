import { i18n } from '#i18n';
import { SettingRow } from '@/components/SettingRow';
import type { AccountSettings } from '@/lib/account';
import { icloudMail } from '@/lib/icloud';
import { GuideSection } from './GuideSection';
import { TextWithLink } from './TextWithLink';

/** Gmail's "Send mail as" with the values to type, and the truth about reading iCloud mail in Gmail. */
export function GmailSetup({ settings }: { settings?: AccountSettings }) {
  const { smtp } = icloudMail;
  return (
    <GuideSection id="gmail" title={i18n.t('guide.gmail.title')}>
      <ol class="steps">
        <li>{i18n.t('guide.gmail.step1')}</li>
        <li>{i18n.t('guide.gmail.step2')}</li>
        <li>{i18n.t('guide.gmail.step3')}</li>
        <li>
          {i18n.t('guide.gmail.step4')}
          <dl>
            <SettingRow
              label={i18n.t('audit.field.smtpHost')}
              value={smtp.host}
              copyLabel={i18n.t('popup.copy.smtpHost')}
            />
            <SettingRow
              label={i18n.t('audit.field.smtpPort')}
              value={String(smtp.port)}
              copyLabel={i18n.t('popup.copy.smtpPort')}
            />
            {settings && (
              <SettingRow
                label={i18n.t('audit.field.smtpUsername')}
                value={settings.smtp.username}
                copyLabel={i18n.t('popup.copy.smtpUsername')}
              />
            )}
          </dl>
          {!settings && <p>{i18n.t('guide.gmail.step4NoAddress')}</p>}
          <p>{i18n.t('guide.gmail.step4Security')}</p>
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
        <li>{i18n.t('guide.gmail.forward')}</li>
        <li>{i18n.t('guide.gmail.mobileApp')}</li>
      </ul>
    </GuideSection>
  );
}
