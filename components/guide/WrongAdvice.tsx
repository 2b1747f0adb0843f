import { i18n } from '#i18n';
import { localPartOf, type MailAccount } from '@/lib/icloud/account';
import { auditSettings, type FoundSettings } from '@/lib/icloud/audit';
import { icloudMail } from '@/lib/icloud/icloud';
import { AuditFindings } from './AuditFindings';
import { GuideSection } from './GuideSection';

// Apple's own example address, for readers who have not entered theirs.
const exampleAccount: MailAccount = { address: 'johnappleseed@icloud.com' };

/** The seven kinds of wrong advice in public guides (icloud-facts.md), each as the settings it leads to. */
export function wrongAdviceExamples(login: string) {
  const { imap, smtp, oldHosts, wrongSmtpPorts, popPort } = icloudMail;
  return [
    { id: 'swappedHosts', examples: [{ imapHost: smtp.host, smtpHost: imap.host }] },
    { id: 'accountPassword', examples: [{ passwordKind: 'account' }] },
    { id: 'noEncryption', examples: [{ imapSecurity: 'none', smtpSecurity: 'none' }] },
    {
      id: 'wrongSmtpPort',
      examples: [...wrongSmtpPorts.map((port) => ({ smtpPort: port })), { smtpSecurity: 'implicit-tls' }],
    },
    { id: 'pop', examples: [{ protocol: 'pop3', imapPort: popPort }] },
    { id: 'localPartUsername', examples: [{ smtpUsername: localPartOf(login) }] },
    { id: 'oldHosts', examples: oldHosts.map((host) => ({ smtpHost: host })) },
  ] as const satisfies readonly { id: string; examples: readonly FoundSettings[] }[];
}

/** Each myth with the truth, worked out by the same audit that checks the user's own settings. */
export function WrongAdvice({ account }: { account?: MailAccount }) {
  const shown = account ?? exampleAccount;
  return (
    <GuideSection id="myths" title={i18n.t('guide.myths.title')}>
      <p>{i18n.t('guide.myths.intro')}</p>
      {wrongAdviceExamples(shown.icloudLogin ?? shown.address).map(({ id, examples }) => (
        <div key={id} class="myth">
          <h3 id={`myth-${id}`}>{i18n.t(`guide.myths.${id}`)}</h3>
          <AuditFindings
            labelledBy={`myth-${id}`}
            findings={examples.flatMap((example) => auditSettings(example, shown))}
          />
        </div>
      ))}
    </GuideSection>
  );
}
