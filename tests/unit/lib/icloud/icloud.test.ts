import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { icloudMail } from '../../../../lib/icloud/icloud';

const serverSchema = z.strictObject({
  host: z.string().regex(/^[a-z0-9.-]+\.me\.com$/),
  port: z.number().int().min(1).max(65535),
  security: z.enum(['implicit-tls', 'starttls', 'none']),
  authentication: z.literal('password'),
  username: z.enum(['full-address', 'local-part-or-full-address']),
});

const icloudMailSchema = z.strictObject({
  imap: serverSchema,
  smtp: serverSchema,
  hasPop: z.boolean(),
  domains: z.array(z.string().regex(/^[a-z]+\.com$/)).min(1),
  customDomains: z.strictObject({
    maxDomains: z.number().int().positive(),
    addressesPerDomain: z.number().int().positive(),
  }),
  sendingLimits: z.strictObject({
    messagesPerDay: z.number().int().positive(),
    recipientsPerDay: z.number().int().positive(),
    recipientsPerMessage: z.number().int().positive(),
    messageSizeMb: z.number().int().positive(),
  }),
  appPassword: z.strictObject({
    accountUrl: z.url({ protocol: /^https$/ }),
    formerAccountHost: z.string().regex(/^[a-z.]+$/),
    maxActive: z.number().int().positive(),
    shownOnce: z.boolean(),
    requiresTwoFactor: z.boolean(),
    revokedWhen: z.array(z.enum(['account-password-changed-or-reset'])),
    format: z.instanceof(RegExp),
    typedShape: z.string(),
  }),
  webmailUrl: z.url({ protocol: /^https$/ }),
  oldHosts: z.array(z.string()),
  oldHostsRecordedBroken: z.array(z.string()),
  wrongSmtpPorts: z.array(z.number().int()),
  popPort: z.number().int(),
});

describe('iCloud Mail settings (the single source of truth)', () => {
  it('has the shape the rest of the extension relies on', () => {
    expect(() => icloudMailSchema.parse(icloudMail)).not.toThrow();
  });

  it('rejects a boolean where the security mode belongs', () => {
    const withBoolean = { ...icloudMail, smtp: { ...icloudMail.smtp, security: true } };
    expect(icloudMailSchema.safeParse(withBoolean).success).toBe(false);
  });

  it('gives IMAP as imap.mail.me.com, port 993, SSL/TLS from the first byte, name part first', () => {
    expect(icloudMail.imap).toEqual({
      host: 'imap.mail.me.com',
      port: 993,
      security: 'implicit-tls',
      authentication: 'password',
      username: 'local-part-or-full-address',
    });
  });

  it('gives SMTP as smtp.mail.me.com, port 587, STARTTLS, the full address as username', () => {
    expect(icloudMail.smtp).toEqual({
      host: 'smtp.mail.me.com',
      port: 587,
      security: 'starttls',
      authentication: 'password',
      username: 'full-address',
    });
  });

  it('has no POP and serves icloud.com, me.com and mac.com', () => {
    expect(icloudMail.hasPop).toBe(false);
    expect(icloudMail.popPort).toBe(995);
    expect(icloudMail.domains).toEqual(['icloud.com', 'me.com', 'mac.com']);
  });

  it('pins the custom-domain and sending limits', () => {
    expect(icloudMail.customDomains).toEqual({ maxDomains: 5, addressesPerDomain: 3 });
    expect(icloudMail.sendingLimits).toEqual({
      messagesPerDay: 1000,
      recipientsPerDay: 1000,
      recipientsPerMessage: 500,
      messageSizeMb: 20,
    });
  });

  it('pins the app-specific password facts', () => {
    const { format, typedShape, ...facts } = icloudMail.appPassword;
    expect(facts).toEqual({
      accountUrl: 'https://account.apple.com',
      formerAccountHost: 'appleid.apple.com',
      maxActive: 25,
      shownOnce: true,
      requiresTwoFactor: true,
      // Apple 102654 sources only this; turning two-factor authentication off is not a sourced cause.
      revokedWhen: ['account-password-changed-or-reset'],
    });
    expect(format.test('abcd-efgh-ijkl-mnop')).toBe(true);
    expect(format.test('ABCD-efgh-ijkl-mnop')).toBe(false);
    expect(format.test('abcdefghijklmnop')).toBe(false);
  });

  it('takes the app-specific password as typed with hyphens, spaces or nothing between the groups, as a browser reads a pattern', () => {
    // How a browser reads an HTML pattern attribute: the whole value, with the v flag.
    const typed = new RegExp(`^(?:${icloudMail.appPassword.typedShape})$`, 'v');
    for (const fits of ['abcd-efgh-ijkl-mnop', 'abcdefghijklmnop', 'abcd efgh ijkl mnop', 'abcd-efghijkl mnop'])
      expect(typed.test(fits), fits).toBe(true);
    for (const wrong of [
      'MyAppleIdPassword1',
      'ABCD-EFGH-IJKL-MNOP',
      'abcd-efgh-ijkl',
      'abcd-efgh-ijkl-mnopq',
      'abcd--efgh-ijkl-mnop',
      ' abcd-efgh-ijkl-mnop',
    ])
      expect(typed.test(wrong), wrong).toBe(false);
    // Everything in the shown format is taken as typed.
    expect(typed.test('wxyz-abcd-efgh-ijkl') && icloudMail.appPassword.format.test('wxyz-abcd-efgh-ijkl')).toBe(true);
  });

  it('pins the web mail address and the wrong values old guides give', () => {
    expect(icloudMail.webmailUrl).toBe('https://www.icloud.com/mail');
    expect(icloudMail.oldHosts).toEqual(['mail.me.com', 'smtp.me.com', 'smtp.mail.icloud.com', 'smtp.icloud.com']);
    expect(icloudMail.wrongSmtpPorts).toEqual([465, 25]);
  });

  it('records only smtp.me.com as broken among the old hosts; the others are merely undocumented', () => {
    expect(icloudMail.oldHostsRecordedBroken).toEqual(['smtp.me.com']);
    for (const host of icloudMail.oldHostsRecordedBroken) expect(icloudMail.oldHosts).toContain(host);
  });
});
