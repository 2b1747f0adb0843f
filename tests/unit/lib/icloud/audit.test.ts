import { describe, expect, it } from 'vitest';
import { auditSettings, type FoundSettings } from '../../../../lib/icloud/audit';

const alex = { address: 'alex@icloud.com' };
const correct: FoundSettings = {
  protocol: 'imap',
  imapHost: 'imap.mail.me.com',
  imapPort: 993,
  imapSecurity: 'implicit-tls',
  imapUsername: 'alex',
  smtpHost: 'smtp.mail.me.com',
  smtpPort: '587',
  smtpSecurity: 'starttls',
  smtpUsername: 'alex@icloud.com',
  passwordKind: 'app-specific',
};

describe('auditSettings', () => {
  it('finds nothing wrong in the correct settings', () => {
    expect(auditSettings(correct, alex)).toEqual([]);
    expect(auditSettings({ ...correct, imapUsername: 'alex@icloud.com' }, alex)).toEqual([]);
    expect(auditSettings({}, alex)).toEqual([]);
  });

  it('accepts the same values written with other case, spaces or a trailing dot', () => {
    const typed = { smtpHost: ' SMTP.mail.me.com. ', smtpUsername: 'Alex@iCloud.com ', imapPort: ' 993' };
    expect(auditSettings(typed, alex)).toEqual([]);
  });

  it('catches swapped hosts (1)', () => {
    expect(auditSettings({ smtpHost: 'imap.mail.me.com', imapHost: 'smtp.mail.me.com' }, alex)).toEqual([
      { field: 'imapHost', found: 'smtp.mail.me.com', correction: 'imap.mail.me.com', reason: 'smtpHostForImap' },
      { field: 'smtpHost', found: 'imap.mail.me.com', correction: 'smtp.mail.me.com', reason: 'imapHostForSmtp' },
    ]);
  });

  it('catches the Apple Account password instead of an app-specific one (2)', () => {
    expect(auditSettings({ passwordKind: 'account' }, alex)).toEqual([
      { field: 'passwordKind', found: 'account', correction: 'app-specific', reason: 'accountPassword' },
    ]);
  });

  it('catches no encryption on either server (3)', () => {
    expect(auditSettings({ ...correct, imapSecurity: 'none', smtpSecurity: 'none' }, alex)).toEqual([
      { field: 'imapSecurity', found: 'none', correction: 'implicit-tls', reason: 'noEncryption' },
      { field: 'smtpSecurity', found: 'none', correction: 'starttls', reason: 'noEncryption' },
    ]);
  });

  it('catches the wrong kind of encryption for each port', () => {
    expect(auditSettings({ ...correct, imapSecurity: 'starttls', smtpSecurity: 'implicit-tls' }, alex)).toEqual([
      { field: 'imapSecurity', found: 'starttls', correction: 'implicit-tls', reason: 'imapNeedsTls' },
      { field: 'smtpSecurity', found: 'implicit-tls', correction: 'starttls', reason: 'smtpNeedsStarttls' },
    ]);
  });

  it.each([465, 25, '465'])('catches SMTP port %s, which iCloud does not offer (4)', (port) => {
    expect(auditSettings({ ...correct, smtpPort: port }, alex)).toEqual([
      { field: 'smtpPort', found: String(port), correction: '587', reason: 'smtpPortNotOffered' },
    ]);
  });

  it('tells other wrong ports apart from the commonly advised ones', () => {
    expect(auditSettings({ smtpPort: 2525, imapPort: 143 }, alex)).toEqual([
      { field: 'imapPort', found: '143', correction: '993', reason: 'imapPort' },
      { field: 'smtpPort', found: '2525', correction: '587', reason: 'smtpPort' },
    ]);
  });

  it('catches POP3 on port 995 (5)', () => {
    const pop = { protocol: 'pop3', imapHost: 'imap.mail.me.com', imapPort: 995 } as const;
    expect(auditSettings(pop, alex)).toEqual([
      { field: 'protocol', found: 'pop3', correction: 'imap', reason: 'noPop' },
      { field: 'imapPort', found: '995', correction: '993', reason: 'popPort' },
    ]);
  });

  it('catches the local part as SMTP username, but accepts it for IMAP (6)', () => {
    expect(auditSettings({ smtpUsername: 'alex', imapUsername: 'alex' }, alex)).toEqual([
      { field: 'smtpUsername', found: 'alex', correction: 'alex@icloud.com', reason: 'smtpUsernameLocalPart' },
    ]);
  });

  it.each(['mail.me.com', 'smtp.mail.icloud.com', 'smtp.icloud.com'])(
    'calls the old host name %s one Apple does not document, not one that is broken (7)',
    (host) => {
      expect(auditSettings({ smtpHost: host }, alex)).toEqual([
        { field: 'smtpHost', found: host, correction: 'smtp.mail.me.com', reason: 'oldHostName' },
      ]);
      expect(auditSettings({ imapHost: host }, alex)).toEqual([
        { field: 'imapHost', found: host, correction: 'imap.mail.me.com', reason: 'oldHostName' },
      ]);
    },
  );

  it('calls smtp.me.com broken: it is the one old host recorded as not working (7)', () => {
    expect(auditSettings({ smtpHost: 'smtp.me.com' }, alex)).toEqual([
      { field: 'smtpHost', found: 'smtp.me.com', correction: 'smtp.mail.me.com', reason: 'oldHostBroken' },
    ]);
  });

  it("catches Gmail's own guess of a server", () => {
    expect(auditSettings({ smtpHost: 'smtp.icloud.com.' }, alex)[0]?.reason).toBe('oldHostName');
    expect(auditSettings({ smtpHost: 'mx01.mail.icloud.com' }, alex)).toEqual([
      { field: 'smtpHost', found: 'mx01.mail.icloud.com', correction: 'smtp.mail.me.com', reason: 'wrongHost' },
    ]);
  });

  it.each([
    ['imapHost', 'https://imap.mail.me.com/', 'imap.mail.me.com'],
    ['imapHost', 'imaps://imap.mail.me.com:993', 'imap.mail.me.com'],
    ['imapHost', 'imap.mail.me.com:993', 'imap.mail.me.com'],
    ['imapHost', 'imap. mail.me.com', 'imap.mail.me.com'],
    ['smtpHost', 'smtp.mail.me.com:587', 'smtp.mail.me.com'],
    ['smtpHost', ' SMTP.mail.me.com.:587 ', 'smtp.mail.me.com'],
    ['smtpHost', 'smtp://smtp.mail.me.com/', 'smtp.mail.me.com'],
  ] as const)('asks for the host name only in %s "%s", never calls it another server', (field, typed, host) => {
    expect(auditSettings({ [field]: typed }, alex)).toEqual([
      { field, found: typed.trim(), correction: host, reason: 'hostNameOnly' },
    ]);
  });

  it('takes the port from the host field when the port field is empty, and checks it', () => {
    expect(auditSettings({ smtpHost: 'smtp.mail.me.com:465' }, alex)).toEqual([
      { field: 'smtpHost', found: 'smtp.mail.me.com:465', correction: 'smtp.mail.me.com', reason: 'hostNameOnly' },
      { field: 'smtpPort', found: '465', correction: '587', reason: 'smtpPortNotOffered' },
    ]);
    expect(auditSettings({ imapHost: 'imap.mail.me.com:993' }, alex).map(({ field }) => field)).toEqual(['imapHost']);
  });

  it('keeps the port field over a port in the host field', () => {
    expect(
      auditSettings({ smtpHost: 'smtp.mail.me.com:465', smtpPort: '587' }, alex).map(({ field }) => field),
    ).toEqual(['smtpHost']);
  });

  it('still names a wrong server written as a URL', () => {
    expect(auditSettings({ smtpHost: 'https://smtp.icloud.com/' }, alex)[0]?.reason).toBe('oldHostName');
    expect(auditSettings({ smtpHost: 'imap.mail.me.com:993' }, alex)[0]?.reason).toBe('imapHostForSmtp');
  });

  it('asks for the primary iCloud address when a custom-domain address is the login', () => {
    const custom = { address: 'me@example.org', icloudLogin: 'alex@icloud.com' };
    expect(auditSettings({ smtpUsername: 'me@example.org', imapUsername: 'me@example.org' }, custom)).toEqual([
      { field: 'imapUsername', found: 'me@example.org', correction: 'alex', reason: 'customDomainLogin' },
      { field: 'smtpUsername', found: 'me@example.org', correction: 'alex@icloud.com', reason: 'customDomainLogin' },
    ]);
  });

  it("catches someone else's username", () => {
    expect(auditSettings({ smtpUsername: 'sam@icloud.com', imapUsername: 'sam' }, alex)).toEqual([
      { field: 'imapUsername', found: 'sam', correction: 'alex', reason: 'wrongUsername' },
      { field: 'smtpUsername', found: 'sam@icloud.com', correction: 'alex@icloud.com', reason: 'wrongUsername' },
    ]);
  });

  it('checks servers but not usernames when the address is not on iCloud', () => {
    const gmailUser = { address: 'alex@gmail.com' };
    expect(auditSettings({ smtpUsername: 'alex', smtpPort: 465 }, gmailUser)).toEqual([
      { field: 'smtpPort', found: '465', correction: '587', reason: 'smtpPortNotOffered' },
    ]);
  });
});
