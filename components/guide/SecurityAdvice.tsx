import { i18n } from '#i18n';
import { icloudMail } from '@/lib/icloud/icloud';
import { GuideSection } from './GuideSection';
import { TextWithLink } from './TextWithLink';

export function SecurityAdvice() {
  return (
    <GuideSection id="security" title={i18n.t('guide.security.title')}>
      <ul>
        <li>{i18n.t('guide.security.twoFactor')}</li>
        <li>{i18n.t('guide.security.newOutlook')}</li>
        <li>{i18n.t('guide.security.onePerApp')}</li>
        <li>
          <TextWithLink
            message={(mark) => i18n.t('guide.security.revoke', [mark])}
            href={icloudMail.appPassword.accountUrl}
          />
        </li>
        <li>{i18n.t('guide.security.neverShare')}</li>
      </ul>
    </GuideSection>
  );
}
