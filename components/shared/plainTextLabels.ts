import { i18n } from '#i18n';
import type { PlainTextLabels } from '@/lib/icloud/formats';

/** The words of the plain-text copy format in the browser's language. */
export function plainTextLabels(): PlainTextLabels {
  return {
    title: (address) => i18n.t('popup.text.title', [address]),
    imap: i18n.t('popup.imapHeading'),
    smtp: i18n.t('popup.smtpHeading'),
    server: i18n.t('popup.setting.server'),
    port: i18n.t('popup.setting.port'),
    security: i18n.t('popup.setting.security'),
    username: i18n.t('popup.setting.username'),
    usernameFallback: (fullAddress) => i18n.t('popup.text.usernameFallback', [fullAddress]),
    password: i18n.t('popup.text.password'),
    appPassword: i18n.t('popup.text.appPassword'),
    securityOnPort: (securityName, port) => i18n.t('popup.text.securityOnPort', [securityName, String(port)]),
  };
}
