import { i18n } from '#i18n';
import type { AccountSettings } from '@/lib/icloud/account';
import { type ServerName, type SettingName, singleValue } from '@/lib/icloud/formats';
import { SettingRow } from '../shared/SettingRow';

function settingLabels(): Record<SettingName, string> {
  return {
    host: i18n.t('popup.setting.server'),
    port: i18n.t('popup.setting.port'),
    security: i18n.t('popup.setting.security'),
    username: i18n.t('popup.setting.username'),
  };
}

function copyLabels(server: ServerName): Record<SettingName, string> {
  return server === 'imap'
    ? {
        host: i18n.t('popup.copy.imapHost'),
        port: i18n.t('popup.copy.imapPort'),
        security: i18n.t('popup.copy.imapSecurity'),
        username: i18n.t('popup.copy.imapUsername'),
      }
    : {
        host: i18n.t('popup.copy.smtpHost'),
        port: i18n.t('popup.copy.smtpPort'),
        security: i18n.t('popup.copy.smtpSecurity'),
        username: i18n.t('popup.copy.smtpUsername'),
      };
}

function notes(server: ServerName, settings: AccountSettings): Partial<Record<SettingName, string>> {
  return server === 'imap'
    ? {
        security: i18n.t('popup.note.imapSecurity'),
        username: i18n.t('popup.note.imapUsername', [settings.imap.usernameAlternative]),
      }
    : {
        // Gmail's label comes from the catalogue the Gmail notice uses, so the two cannot drift apart.
        security: i18n.t('popup.note.smtpSecurity', [i18n.t('gmail.security.tls'), String(settings.smtp.port)]),
      };
}

const settingOrder: readonly SettingName[] = ['host', 'port', 'security', 'username'];

/** The four values of one server (IMAP or SMTP), each with its own copy button; `level` 3 inside a page's h2 section. */
export function ServerSettings({
  server,
  settings,
  level = 2,
}: {
  server: ServerName;
  settings: AccountSettings;
  level?: 2 | 3;
}) {
  const Heading = level === 3 ? 'h3' : 'h2';
  const headingId = `${server}-heading`;
  const labels = settingLabels();
  const copy = copyLabels(server);
  const note = notes(server, settings);
  return (
    <section class="server" aria-labelledby={headingId}>
      <Heading id={headingId}>{i18n.t(server === 'imap' ? 'popup.imapHeading' : 'popup.smtpHeading')}</Heading>
      <dl>
        {settingOrder.map((setting) => (
          <SettingRow
            key={setting}
            label={labels[setting]}
            value={singleValue(settings, server, setting)}
            copyLabel={copy[setting]}
            note={note[setting]}
          />
        ))}
      </dl>
    </section>
  );
}
