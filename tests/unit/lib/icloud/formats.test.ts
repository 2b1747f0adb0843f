import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { settingsFor } from '../../../../lib/icloud/account';
import { nodemailerFileName, type PlainTextLabels, settingsAs, singleValue } from '../../../../lib/icloud/formats';

const english: PlainTextLabels = {
  title: (address) => `iCloud Mail settings for ${address}`,
  imap: 'Incoming mail (IMAP)',
  smtp: 'Outgoing mail (SMTP)',
  server: 'Server',
  port: 'Port',
  security: 'Security',
  username: 'Username',
  usernameFallback: (fullAddress) => `(if that fails, use ${fullAddress})`,
  password: 'Password',
  appPassword: 'your app-specific password',
  securityOnPort: (securityName, port) => `${securityName} (port ${port})`,
};

function settingsOf(address: string, icloudLogin?: string) {
  const settings = settingsFor(icloudLogin ? { address, icloudLogin } : { address });
  if (!settings) throw new Error(`no settings for ${address}`);
  return settings;
}

const alex = settingsOf('alex@icloud.com');

describe('singleValue: one value as a mail app expects it', () => {
  it.each([
    ['imap', 'host', 'imap.mail.me.com'],
    ['imap', 'port', '993'],
    ['imap', 'security', 'SSL/TLS'],
    ['imap', 'username', 'alex'],
    ['smtp', 'host', 'smtp.mail.me.com'],
    ['smtp', 'port', '587'],
    ['smtp', 'security', 'STARTTLS'],
    ['smtp', 'username', 'alex@icloud.com'],
  ] as const)('%s %s → %s', (server, setting, value) => {
    expect(singleValue(alex, server, setting)).toBe(value);
  });
});

describe('settingsAs: the whole set', () => {
  it('plain text names every server, port, security mode and username, and asks for the app-specific password', () => {
    expect(settingsAs('plain-text', alex, english)).toBe(
      [
        'iCloud Mail settings for alex@icloud.com',
        '',
        'Incoming mail (IMAP)',
        'Server: imap.mail.me.com',
        'Port: 993',
        'Security: SSL/TLS (port 993)',
        'Username: alex (if that fails, use alex@icloud.com)',
        '',
        'Outgoing mail (SMTP)',
        'Server: smtp.mail.me.com',
        'Port: 587',
        'Security: STARTTLS (port 587)',
        'Username: alex@icloud.com',
        '',
        'Password: your app-specific password',
      ].join('\n'),
    );
  });

  it('plain text takes its words from the labels it is given', () => {
    const german = { ...english, server: 'Server', port: 'Port', username: 'Benutzername', password: 'Passwort' };
    const text = settingsAs('plain-text', alex, german);
    expect(text).toContain('Benutzername: alex@icloud.com');
    expect(text).toContain('Passwort: your app-specific password');
  });

  it('plain text for a custom domain signs in with the primary iCloud address', () => {
    const text = settingsAs('plain-text', settingsOf('alex@appleseed.family', 'alex.appleseed@me.com'), english);
    expect(text).toContain('iCloud Mail settings for alex@appleseed.family');
    expect(text).toContain('Username: alex.appleseed (if that fails, use alex.appleseed@me.com)');
    expect(text).toContain('Username: alex.appleseed@me.com');
  });

  it('Nodemailer: STARTTLS on 587 and the password from the environment', () => {
    expect(settingsAs('nodemailer', alex, english)).toBe(
      [
        '// Save as send.mjs (an ES module: it uses import and top-level await), then run: node send.mjs',
        'import nodemailer from "nodemailer";',
        '',
        'const transporter = nodemailer.createTransport({',
        '  host: "smtp.mail.me.com",',
        '  port: 587,',
        '  secure: false, // STARTTLS: the connection is upgraded to TLS after connecting',
        '  requireTLS: true,',
        '  auth: {',
        '    user: "alex@icloud.com",',
        '    pass: process.env.ICLOUD_APP_PASSWORD, // your app-specific password',
        '  },',
        '});',
        '',
        'await transporter.sendMail({',
        '  from: "alex@icloud.com",',
        '  to: "someone@example.com",',
        '  subject: "Hello",',
        '  text: "Sent through iCloud Mail.",',
        '});',
      ].join('\n'),
    );
  });

  it('Python smtplib: starttls() before login with the full address', () => {
    expect(settingsAs('python-smtplib', alex, english)).toBe(
      [
        'import os',
        'import smtplib',
        'import ssl',
        'from email.message import EmailMessage',
        '',
        'message = EmailMessage()',
        'message["From"] = "alex@icloud.com"',
        'message["To"] = "someone@example.com"',
        'message["Subject"] = "Hello"',
        'message.set_content("Sent through iCloud Mail.")',
        '',
        'with smtplib.SMTP("smtp.mail.me.com", 587) as smtp:',
        '    smtp.starttls(context=ssl.create_default_context())',
        '    smtp.login("alex@icloud.com", os.environ["ICLOUD_APP_PASSWORD"])',
        '    smtp.send_message(message)',
      ].join('\n'),
    );
  });

  it('msmtp: an account with STARTTLS and the password from the environment', () => {
    expect(settingsAs('msmtp', alex, english)).toBe(
      [
        '# ~/.msmtprc',
        'account icloud',
        'host smtp.mail.me.com',
        'port 587',
        'tls on',
        'tls_starttls on',
        'auth on',
        'user alex@icloud.com',
        'from alex@icloud.com',
        'passwordeval "printenv ICLOUD_APP_PASSWORD"',
        '',
        'account default : icloud',
      ].join('\n'),
    );
  });

  it('snippets send from the custom-domain address but log in with the iCloud address', () => {
    const custom = settingsOf('alex@appleseed.family', 'alex.appleseed@icloud.com');
    expect(settingsAs('msmtp', custom, english)).toContain(
      'user alex.appleseed@icloud.com\nfrom alex@appleseed.family',
    );
    expect(settingsAs('nodemailer', custom, english)).toContain('from: "alex@appleseed.family"');
    expect(settingsAs('python-smtplib', custom, english)).toContain('smtp.login("alex.appleseed@icloud.com"');
  });

  it('quotes an apostrophe in the name part so the snippet still parses', () => {
    const settings = settingsOf("o'brien@icloud.com");
    expect(settingsAs('nodemailer', settings, english)).toContain(`user: "o'brien@icloud.com",`);
  });

  it.each(['plain-text', 'nodemailer', 'python-smtplib', 'msmtp'] as const)('%s never holds a password', (format) => {
    const text = settingsAs(format, alex, english);
    expect(text).not.toMatch(/[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}/);
    expect(text).not.toMatch(/(pass|password)\s*[:=]\s*["']/i);
  });
});

describe('the Nodemailer snippet runs as the file it names', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'snippet-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  // node --check parses without running: an .mjs file as an ES module, a .cjs file as CommonJS.
  const parses = (fileName: string, code: string) => {
    const file = path.join(folder, fileName);
    writeFileSync(file, code);
    try {
      execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  };

  it.each([['alex@icloud.com'], ["o'brien@icloud.com"]])(
    'parses as an ES module for %s, and says to save it as one',
    (address) => {
      const code = settingsAs('nodemailer', settingsOf(address), english);
      expect(nodemailerFileName).toMatch(/\.mjs$/);
      expect(code.split('\n')[0]).toContain(nodemailerFileName);
      expect(parses(nodemailerFileName, code)).toBe(true);
    },
  );

  it('would not parse as CommonJS, which is why it names an .mjs file', () => {
    expect(parses('send.cjs', settingsAs('nodemailer', alex, english))).toBe(false);
  });
});
