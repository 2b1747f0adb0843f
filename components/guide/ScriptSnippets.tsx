import { i18n } from '#i18n';
import { CopyButton } from '@/components/shared/CopyButton';
import { plainTextLabels } from '@/components/shared/plainTextLabels';
import type { AccountSettings } from '@/lib/icloud/account';
import { appPasswordVariable, securityNames, settingsAs } from '@/lib/icloud/formats';
import { icloudMail } from '@/lib/icloud/icloud';
import { GuideSection } from './GuideSection';

/** Ready-to-run sending code with the user's username; the password comes from the environment. */
export function ScriptSnippets({ settings }: { settings?: AccountSettings }) {
  const snippets = [
    { id: 'nodemailer', title: i18n.t('guide.scripts.nodemailer') },
    { id: 'python-smtplib', title: i18n.t('guide.scripts.python') },
  ] as const;
  return (
    <GuideSection id="scripts" title={i18n.t('guide.scripts.title')}>
      <p>{i18n.t('guide.scripts.intro', [securityNames[icloudMail.smtp.security], appPasswordVariable])}</p>
      {!settings && <p class="note">{i18n.t('guide.scripts.needsAddress')}</p>}
      {settings &&
        snippets.map(({ id, title }) => {
          const code = settingsAs(id, settings, plainTextLabels());
          return (
            <div key={id} class="snippet">
              <h3 id={`snippet-${id}`}>{title}</h3>
              <pre>
                <code>{code}</code>
              </pre>
              <CopyButton
                text={code}
                caption={i18n.t('guide.scripts.copyCode')}
                accessibleName={`${i18n.t('guide.scripts.copyCode')}: ${title}`}
                announceAs={title}
              />
            </div>
          );
        })}
    </GuideSection>
  );
}
