/**
 * The public articles the extension's facts come from (shared/research/icloud-facts.md and
 * gmail-send-as.md). The guide's footer links each one beside the statement that the extension
 * is not made by or affiliated with Apple or Google.
 */
export const sourceArticles = {
  /** iCloud Mail server settings for other email client apps (formerly HT202304). */
  servers: 'https://support.apple.com/102525',
  /** App-specific passwords (formerly HT204397). */
  appPasswords: 'https://support.apple.com/102654',
  /** iCloud Mail storage and message limits (formerly HT202305). */
  limits: 'https://support.apple.com/102198',
  /** Gmail: send emails from a different address or alias ("Send mail as"). */
  gmailSendMailAs: 'https://support.google.com/mail/answer/22370',
  /** Gmail: changes to third-party email account support. */
  gmailThirdPartyChanges: 'https://support.google.com/mail/answer/17101213',
} as const;
