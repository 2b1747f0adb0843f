import { i18n } from '#i18n';
import type { AccountSettings } from '@/lib/icloud/account';
import { securityNames, singleValue } from '@/lib/icloud/formats';
import { icloudMail } from '@/lib/icloud/icloud';
import type { SettingName } from '@/lib/icloud/troubleshoot';
import { SettingRow } from './SettingRow';

/** The right value of a setting: the user's own, or iCloud's where it is the same for everyone. */
function rightValue(name: SettingName, settings?: AccountSettings): string | undefined {
  const server = name.startsWith('imap') ? 'imap' : 'smtp';
  const setting = ({ Host: 'host', Port: 'port', Security: 'security', Username: 'username' } as const)[
    name.slice(4) as 'Host' | 'Port' | 'Security' | 'Username'
  ];
  if (settings) return singleValue(settings, server, setting);
  if (setting === 'username') return undefined;
  const values = icloudMail[server];
  return setting === 'security' ? securityNames[values.security] : String(values[setting]);
}

/**
 * Just the settings one step asks for, each with a copy button. Without the user's address the
 * usernames cannot be known, so their rule is shown in words instead.
 */
export function SettingValues({
  names,
  settings,
  label,
}: {
  names: readonly SettingName[];
  settings?: AccountSettings;
  label?: string;
}) {
  return (
    <dl aria-label={label}>
      {names.map((name) => {
        const field = i18n.t(`audit.field.${name}`);
        const value = rightValue(name, settings);
        if (value !== undefined)
          return <SettingRow key={name} label={field} value={value} copyLabel={i18n.t('guide.copyLabel', [field])} />;
        return (
          <div key={name} class="setting-row">
            <dt>{field}</dt>
            <dd>
              {name === 'imapUsername'
                ? i18n.t('guide.values.imapUsernameRule')
                : i18n.t('guide.values.smtpUsernameRule')}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
