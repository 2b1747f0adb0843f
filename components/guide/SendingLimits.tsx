import { i18n } from '#i18n';
import { formatNumber } from '@/components/shared/language';
import { icloudMail } from '@/lib/icloud/icloud';
import { sourceArticles } from '@/lib/icloud/sources';
import { GuideSection } from './GuideSection';
import { TextWithLink } from './TextWithLink';

/** Apple's own limits (support article 102198), with the article linked. */
export function SendingLimits() {
  const limits = icloudMail.sendingLimits;
  return (
    <GuideSection id="limits" title={i18n.t('guide.limits.title')}>
      <p>
        <TextWithLink message={(mark) => i18n.t('guide.limits.intro', [mark])} href={sourceArticles.limits} />
      </p>
      <ul>
        <li>{i18n.t('guide.limits.messagesPerDay', [formatNumber(limits.messagesPerDay)])}</li>
        <li>{i18n.t('guide.limits.recipientsPerDay', [formatNumber(limits.recipientsPerDay)])}</li>
        <li>{i18n.t('guide.limits.recipientsPerMessage', [formatNumber(limits.recipientsPerMessage)])}</li>
        <li>{i18n.t('guide.limits.messageSize', [formatNumber(limits.messageSizeMb)])}</li>
      </ul>
    </GuideSection>
  );
}
