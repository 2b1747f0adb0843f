import { i18n } from '#i18n';
import { SettingValues } from '@/components/shared/SettingValues';
import { gmailSunsetPhase, gmailSunsetText } from '@/lib/features/gmail/sunset';
import type { AccountSettings } from '@/lib/icloud/account';
import { securityNames } from '@/lib/icloud/formats';
import { icloudMail } from '@/lib/icloud/icloud';
import { gmailAfter2027Section } from '@/lib/platform/guide-url';
import type { Translate } from '@/lib/text/translate';
import { GuideSection } from './GuideSection';
import { TextWithLink } from './TextWithLink';

/**
 * Gmail's "Send mail as" with the values to type, and the truth about reading iCloud mail in Gmail.
 * First, that Google is removing it (by the clock: `now`, for tests); once removed, no steps.
 */
export function GmailSetup({ settings, now = new Date() }: { settings?: AccountSettings; now?: Date }) {
  const phase = gmailSunsetPhase(now);
  const sunset = gmailSunsetText(phase, i18n.t as Translate);
  const whatLasts = <a href={`#${gmailAfter2027Section}`}>{sunset.whatLasts.text}</a>;
  return (
    <GuideSection id="gmail" title={i18n.t('guide.gmail.title')}>
      <p class="warning gmail-sunset">
        {sunset.line}{' '}
        <a href={sunset.learnMore.href} target="_blank" rel="noreferrer">
          {sunset.learnMore.text}
        </a>
        {' · '}
        {whatLasts}
      </p>
      {phase === 'ending' && (
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
      )}
      <h3>{i18n.t('guide.gmail.receiveTitle')}</h3>
      <p>{i18n.t('guide.gmail.noPop')}</p>
      <p>{i18n.t('guide.gmail.ended')}</p>
      <p>{whatLasts}</p>
    </GuideSection>
  );
}
