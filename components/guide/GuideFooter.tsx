import { i18n } from '#i18n';
import { sourceArticles } from '@/lib/icloud/sources';
import { TextWithLink } from './TextWithLink';

/** Who made this (not Apple, not Google) and the articles every fact on the page rests on. */
export function GuideFooter() {
  const articles = [
    [(mark: string) => i18n.t('guide.footer.servers', [mark]), sourceArticles.servers],
    [(mark: string) => i18n.t('guide.footer.appPasswords', [mark]), sourceArticles.appPasswords],
    [(mark: string) => i18n.t('guide.footer.limits', [mark]), sourceArticles.limits],
    [(mark: string) => i18n.t('guide.footer.sendMailAs', [mark]), sourceArticles.gmailSendMailAs],
    [(mark: string) => i18n.t('guide.footer.thirdPartyChanges', [mark]), sourceArticles.gmailThirdPartyChanges],
  ] as const;
  return (
    <footer>
      <p>{i18n.t('guide.footer.notAffiliated')}</p>
      <ul>
        {articles.map(([message, href]) => (
          <li key={href}>
            <TextWithLink message={message} href={href} />
          </li>
        ))}
      </ul>
    </footer>
  );
}
