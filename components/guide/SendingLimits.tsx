import { i18n } from '#i18n';
import { icloudMail } from '@/lib/icloud';
import { GuideSection } from './GuideSection';

export function SendingLimits() {
  const limits = icloudMail.sendingLimits;
  const number = (value: number) => value.toLocaleString(i18n.t('@@ui_locale').replace('_', '-'));
  return (
    <GuideSection id="limits" title={i18n.t('guide.limits.title')}>
      <p>{i18n.t('guide.limits.intro')}</p>
      <ul>
        <li>{i18n.t('guide.limits.messagesPerDay', [number(limits.messagesPerDay)])}</li>
        <li>{i18n.t('guide.limits.recipientsPerDay', [number(limits.recipientsPerDay)])}</li>
        <li>{i18n.t('guide.limits.recipientsPerMessage', [number(limits.recipientsPerMessage)])}</li>
        <li>{i18n.t('guide.limits.messageSize', [number(limits.messageSizeMb)])}</li>
      </ul>
    </GuideSection>
  );
}
