import { i18n } from '#i18n';
import type { AccountSettings } from '@/lib/icloud/account';
import { type ServerName, type SettingName, securityNames, singleValue } from '@/lib/icloud/formats';
import { icloudMail } from '@/lib/icloud/icloud';
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

function notes(server: ServerName, settings?: AccountSettings): Partial<Record<SettingName, string>> {
  return server === 'imap'
    ? {
        security: i18n.t('popup.note.imapSecurity'),
        ...(settings && { username: i18n.t('popup.note.imapUsername', [settings.imap.usernameAlternative]) }),
      }
    : {
        // Says nothing of Gmail: what Gmail calls it is in Gmail's own guide section and notice.
        security: i18n.t('popup.note.smtpSecurity', [String(icloudMail.smtp.port)]),
      };
}

/** The user's value, or iCloud's own where it is the same for everyone; undefined for a username not yet known. */
function shownValue(server: ServerName, setting: SettingName, settings?: AccountSettings): string | undefined {
  if (settings) return singleValue(settings, server, setting);
  const values = icloudMail[server];
  if (setting === 'username') return undefined;
  return setting === 'security' ? securityNames[values.security] : String(values[setting]);
}

const usernamePlaceholder = (server: ServerName) =>
  server === 'imap' ? i18n.t('popup.usernamePlaceholder.imap') : i18n.t('popup.usernamePlaceholder.smtp');

const settingOrder: readonly SettingName[] = ['host', 'port', 'security', 'username'];

/**
 * The four values of one server (IMAP or SMTP), each with its own copy button; `level` 3 inside a
 * page's h2 section. Without `settings` (no address yet) the usernames are described, not shown.
 * `foldNotes` moves the explanations under one disclosure below the values, where the popup has no room.
 */
export function ServerSettings({
  server,
  settings,
  level = 2,
  foldNotes = false,
}: {
  server: ServerName;
  settings?: AccountSettings;
  level?: 2 | 3;
  foldNotes?: boolean;
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
        {settingOrder.map((setting) => {
          const value = shownValue(server, setting, settings);
          if (value === undefined)
            return (
              <div key={setting} class="setting-row">
                <dt>{labels[setting]}</dt>
                <dd>
                  <span class="setting-placeholder">{usernamePlaceholder(server)}</span>
                </dd>
              </div>
            );
          return (
            <SettingRow
              key={setting}
              label={labels[setting]}
              value={value}
              copyLabel={copy[setting]}
              note={foldNotes ? undefined : note[setting]}
            />
          );
        })}
      </dl>
      {foldNotes && (
        <details class="setting-notes">
          <summary>{i18n.t('popup.note.more')}</summary>
          <dl>
            {settingOrder.flatMap((setting) =>
              note[setting]
                ? [
                    <div key={setting} class="setting-row">
                      <dt>{labels[setting]}</dt>
                      <dd class="note">{note[setting]}</dd>
                    </div>,
                  ]
                : [],
            )}
          </dl>
        </details>
      )}
    </section>
  );
}
