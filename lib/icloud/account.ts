import { type IcloudDomain, icloudDomains, imapServer, smtpServer } from './icloud';

/**
 * What to fill for an address. Plain functions with no validation library, so the Gmail content
 * script can use them and stay small; lib/address.ts validates what the user types.
 */

export type DomainKind = 'icloud' | 'custom' | 'other-provider';

/** The address the user sends from, and — for an iCloud+ custom domain — the iCloud address they sign in with. */
export interface MailAccount {
  address: string;
  /** Primary @icloud.com/@me.com/@mac.com address; only for custom-domain addresses. */
  icloudLogin?: string;
}

/** Providers whose own servers must be used; iCloud's settings will never work for them. */
export const otherProviderDomains = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'yandex.com',
  'zoho.com',
  'fastmail.com',
  'mail.com',
] as const;

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

export function localPartOf(address: string): string {
  return address.slice(0, address.lastIndexOf('@'));
}

function isIcloudDomain(domain: string): domain is IcloudDomain {
  return (icloudDomains as readonly string[]).includes(domain);
}

function isOtherProvider(domain: string): boolean {
  return (
    (otherProviderDomains as readonly string[]).includes(domain) ||
    /^(yahoo|hotmail|outlook|live)\.[a-z.]+$/.test(domain)
  );
}

export function classifyDomain(domain: string): DomainKind {
  const normalised = domain.toLowerCase();
  if (isIcloudDomain(normalised)) return 'icloud';
  if (isOtherProvider(normalised)) return 'other-provider';
  return 'custom';
}

/** The address that signs in to iCloud's servers: the address itself, or the primary iCloud address for a custom domain. */
export function signInAddress(account: MailAccount): string | undefined {
  const kind = classifyDomain(domainOf(account.address));
  if (kind === 'icloud') return account.address;
  if (kind === 'custom' && account.icloudLogin && isIcloudDomain(domainOf(account.icloudLogin)))
    return account.icloudLogin;
  return undefined;
}

export interface AccountSettings {
  address: string;
  imap: {
    host: string;
    port: number;
    security: typeof imapServer.security;
    username: string;
    usernameAlternative: string;
  };
  smtp: { host: string; port: number; security: typeof smtpServer.security; username: string };
}

/** Everything to show and fill for an account whose mail is on iCloud, or undefined when it is not. */
export function settingsFor(account: MailAccount): AccountSettings | undefined {
  const login = signInAddress(account);
  if (!login) return undefined;
  const imap = imapServer;
  const smtp = smtpServer;
  return {
    address: account.address,
    imap: {
      host: imap.host,
      port: imap.port,
      security: imap.security,
      // Apple: the name part usually works for IMAP; the full address is the fallback.
      username: localPartOf(login),
      usernameAlternative: login,
    },
    smtp: { host: smtp.host, port: smtp.port, security: smtp.security, username: login },
  };
}
