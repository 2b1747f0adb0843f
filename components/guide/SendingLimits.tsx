import { i18n } from '#i18n';
import { formatNumber } from '@/components/shared/language';
import { icloudMail } from '@/lib/icloud/icloud';
import { GuideSection } from './GuideSection';

export function SendingLimits() {
  const limits = icloudMail.sendingLimits;
  return (
    <GuideSection id="limits" title={i18n.t('guide.limits.title')}>
      <p>{i18n.t('guide.limits.intro')}</p>
      <ul>
        <li>{i18n.t('guide.limits.messagesPerDay', [formatNumber(limits.messagesPerDay)])}</li>
        <li>{i18n.t('guide.limits.recipientsPerDay', [formatNumber(limits.recipientsPerDay)])}</li>
        <li>{i18n.t('guide.limits.recipientsPerMessage', [formatNumber(limits.recipientsPerMessage)])}</li>
        <li>{i18n.t('guide.limits.messageSize', [formatNumber(limits.messageSizeMb)])}</li>
      </ul>
    </GuideSection>
  );
}
