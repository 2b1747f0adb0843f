/**
 * THE source of truth for iCloud Mail settings. Every value the extension shows or fills comes
 * from here. Sources: Apple support article 102525 (servers), 102654 (app-specific passwords),
 * 102198 (sending limits), Mozilla Thunderbird's ISPDB file ispdb/me.com.xml — see
 * shared/research/icloud-facts.md.
 */

/** How a connection is encrypted. Never a boolean: "SSL on" means different things to clients. */
export type ConnectionSecurity = 'implicit-tls' | 'starttls' | 'none';

/** Which form of the address a server expects as the login name. */
export type UsernameRule = 'full-address' | 'local-part-or-full-address';

export interface MailServer {
  host: string;
  port: number;
  security: ConnectionSecurity;
  authentication: 'password';
  username: UsernameRule;
}

/** Incoming mail. Apple: "usually the name part … if that fails, try the full address". */
export const imapServer = {
  host: 'imap.mail.me.com',
  port: 993,
  security: 'implicit-tls',
  authentication: 'password',
  username: 'local-part-or-full-address',
} as const satisfies MailServer;

/** Outgoing mail. ISPDB switched to %EMAILADDRESS% in 2023; the local part fails with 535. */
export const smtpServer = {
  host: 'smtp.mail.me.com',
  port: 587,
  security: 'starttls',
  authentication: 'password',
  username: 'full-address',
} as const satisfies MailServer;

export const icloudDomains = ['icloud.com', 'me.com', 'mac.com'] as const;

// Separate constants above let the Gmail content script bundle only the servers it fills.
export const icloudMail = {
  imap: imapServer,
  smtp: smtpServer,
  hasPop: false,
  domains: icloudDomains,
  customDomains: { maxDomains: 5, addressesPerDomain: 3 },
  sendingLimits: {
    messagesPerDay: 1000,
    recipientsPerDay: 1000,
    recipientsPerMessage: 500,
    messageSizeMb: 20,
  },
  appPassword: {
    accountUrl: 'https://account.apple.com',
    /** Where older guides send people; it now leads to accountUrl. Named once so readers recognise it. */
    formerAccountHost: 'appleid.apple.com',
    maxActive: 25,
    shownOnce: true,
    requiresTwoFactor: true,
    // Apple 102654 names only this; it says nothing about turning two-factor authentication off.
    revokedWhen: ['account-password-changed-or-reset'],
    // Seen in practice, not stated by Apple.
    format: /^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$/,
    /**
     * The same 16 letters as people type or paste them: with hyphens, spaces or nothing between the
     * groups. A whole-value pattern in the form an HTML `pattern` attribute takes (the browser adds
     * the anchors and the `v` flag).
     */
    typedShape: '[a-z]{4}(?:(?:-| )?[a-z]{4}){3}',
  },
  webmailUrl: 'https://www.icloud.com/mail',
  /** Host names old guides still give; Apple documents none of them. */
  oldHosts: ['mail.me.com', 'smtp.me.com', 'smtp.mail.icloud.com', 'smtp.icloud.com'],
  /** The old hosts recorded as not working: the ISPDB removed smtp.me.com:465 as "not working" in 2023. */
  oldHostsRecordedBroken: ['smtp.me.com'],
  /** SMTP ports guides name that Apple does not document (Apple documents only smtp.port). */
  wrongSmtpPorts: [465, 25],
  popPort: 995,
} as const;

export type IcloudDomain = (typeof icloudDomains)[number];
