import { i18n } from '#i18n';
import { icloudMail } from '@/lib/icloud';
import { GuideSection } from './GuideSection';

/** Setup steps for the mail apps that need the values typed in (or checked) by hand. */
export function MailAppSetup() {
  return (
    <>
      <GuideSection id="outlook" title={i18n.t('guide.outlook.title')}>
        <h3>{i18n.t('guide.outlook.newTitle')}</h3>
        <ol class="steps">
          <li>{i18n.t('guide.outlook.new1')}</li>
          <li>{i18n.t('guide.outlook.new2')}</li>
          <li>{i18n.t('guide.outlook.new3')}</li>
        </ol>
        <h3>{i18n.t('guide.outlook.classicTitle')}</h3>
        <ol class="steps">
          <li>{i18n.t('guide.outlook.classic1')}</li>
          <li>{i18n.t('guide.outlook.classic2')}</li>
          <li>{i18n.t('guide.outlook.classic3')}</li>
          <li>{i18n.t('guide.outlook.classic4')}</li>
        </ol>
      </GuideSection>
      <GuideSection id="thunderbird" title={i18n.t('guide.thunderbird.title')}>
        <p>{i18n.t('guide.thunderbird.intro')}</p>
        <p>{i18n.t('guide.thunderbird.checkTitle')}</p>
        <ul>
          <li>{i18n.t('guide.thunderbird.check1')}</li>
          <li>{i18n.t('guide.thunderbird.check2', [icloudMail.smtp.port, icloudMail.imap.port])}</li>
          <li>{i18n.t('guide.thunderbird.check3')}</li>
        </ul>
      </GuideSection>
      <GuideSection id="phones" title={i18n.t('guide.phones.title')}>
        <p>{i18n.t('guide.phones.intro')}</p>
        <p>{i18n.t('guide.phones.steps')}</p>
      </GuideSection>
      <GuideSection id="apple" title={i18n.t('guide.apple.title')}>
        <p>{i18n.t('guide.apple.intro')}</p>
        <ul>
          <li>{i18n.t('guide.apple.iphone')}</li>
          <li>{i18n.t('guide.apple.mac')}</li>
        </ul>
      </GuideSection>
    </>
  );
}
