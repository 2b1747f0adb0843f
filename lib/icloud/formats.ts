import type { AccountSettings } from './account';

/**
 * Settings → text for the clipboard. The plain text is for people and takes its words from the
 * caller (lib/ knows no UI language); the code snippets are for scripts and stay in English.
 * None of them ever holds a password: snippets read it from an environment variable.
 */

export type ServerName = 'imap' | 'smtp';
export type SettingName = 'host' | 'port' | 'security' | 'username';
export type CopyFormat = 'plain-text' | 'nodemailer' | 'python-smtplib' | 'msmtp';

export const copyFormats: readonly CopyFormat[] = ['plain-text', 'nodemailer', 'python-smtplib', 'msmtp'];

/** The names mail apps give the two kinds of encryption iCloud uses. */
export const securityNames = { 'implicit-tls': 'SSL/TLS', starttls: 'STARTTLS' } as const;

/** Where the snippets read the app-specific password from, so it never sits in the code. */
export const appPasswordVariable = 'ICLOUD_APP_PASSWORD';

// The snippets are written for STARTTLS; if lib/icloud/icloud.ts ever changes the SMTP security, this stops compiling.
type StarttlsSettings = AccountSettings & { smtp: { security: 'starttls' } };

/** The words of the plain-text format, in the user's language. */
export interface PlainTextLabels {
  title: (address: string) => string;
  imap: string;
  smtp: string;
  server: string;
  port: string;
  security: string;
  username: string;
  /** After the IMAP username: what to try if the name part is refused. */
  usernameFallback: (fullAddress: string) => string;
  password: string;
  appPassword: string;
  /** e.g. "SSL/TLS (port 993)": the port removes any doubt about which kind of SSL or TLS is meant. */
  securityOnPort: (securityName: string, port: number) => string;
}

/** One value exactly as a mail app's field expects it. */
export function singleValue(settings: AccountSettings, server: ServerName, setting: SettingName): string {
  const values = settings[server];
  if (setting === 'security') return securityNames[values.security];
  return String(values[setting]);
}

function plainText(settings: AccountSettings, labels: PlainTextLabels): string {
  const { imap, smtp } = settings;
  return [
    labels.title(settings.address),
    '',
    labels.imap,
    `${labels.server}: ${imap.host}`,
    `${labels.port}: ${imap.port}`,
    `${labels.security}: ${labels.securityOnPort(securityNames[imap.security], imap.port)}`,
    `${labels.username}: ${imap.username} ${labels.usernameFallback(imap.usernameAlternative)}`,
    '',
    labels.smtp,
    `${labels.server}: ${smtp.host}`,
    `${labels.port}: ${smtp.port}`,
    `${labels.security}: ${labels.securityOnPort(securityNames[smtp.security], smtp.port)}`,
    `${labels.username}: ${smtp.username}`,
    '',
    `${labels.password}: ${labels.appPassword}`,
  ].join('\n');
}

// A JSON string is also a valid JavaScript and Python string literal, whatever the address holds.
const quoted = (text: string) => JSON.stringify(text);

/** The file name the Nodemailer snippet tells people to use: `import` and top-level `await` need an ES module. */
export const nodemailerFileName = 'send.mjs';

function nodemailer({ address, smtp }: StarttlsSettings): string {
  return [
    `// Save as ${nodemailerFileName} (an ES module: it uses import and top-level await), then run: node ${nodemailerFileName}`,
    `import nodemailer from "nodemailer";`,
    '',
    'const transporter = nodemailer.createTransport({',
    `  host: ${quoted(smtp.host)},`,
    `  port: ${smtp.port},`,
    '  secure: false, // STARTTLS: the connection is upgraded to TLS after connecting',
    '  requireTLS: true,',
    '  auth: {',
    `    user: ${quoted(smtp.username)},`,
    `    pass: process.env.${appPasswordVariable}, // your app-specific password`,
    '  },',
    '});',
    '',
    'await transporter.sendMail({',
    `  from: ${quoted(address)},`,
    '  to: "someone@example.com",',
    '  subject: "Hello",',
    '  text: "Sent through iCloud Mail.",',
    '});',
  ].join('\n');
}

function pythonSmtplib({ address, smtp }: StarttlsSettings): string {
  return [
    'import os',
    'import smtplib',
    'import ssl',
    'from email.message import EmailMessage',
    '',
    'message = EmailMessage()',
    `message["From"] = ${quoted(address)}`,
    'message["To"] = "someone@example.com"',
    'message["Subject"] = "Hello"',
    'message.set_content("Sent through iCloud Mail.")',
    '',
    `with smtplib.SMTP(${quoted(smtp.host)}, ${smtp.port}) as smtp:`,
    '    smtp.starttls(context=ssl.create_default_context())',
    `    smtp.login(${quoted(smtp.username)}, os.environ[${quoted(appPasswordVariable)}])`,
    '    smtp.send_message(message)',
  ].join('\n');
}

function msmtp({ address, smtp }: StarttlsSettings): string {
  return [
    '# ~/.msmtprc',
    'account icloud',
    `host ${smtp.host}`,
    `port ${smtp.port}`,
    'tls on',
    'tls_starttls on',
    'auth on',
    `user ${smtp.username}`,
    `from ${address}`,
    `passwordeval "printenv ${appPasswordVariable}"`,
    '',
    'account default : icloud',
  ].join('\n');
}

/** The whole set of settings in one of the copy formats. */
export function settingsAs(format: CopyFormat, settings: AccountSettings, labels: PlainTextLabels): string {
  switch (format) {
    case 'plain-text':
      return plainText(settings, labels);
    case 'nodemailer':
      return nodemailer(settings);
    case 'python-smtplib':
      return pythonSmtplib(settings);
    case 'msmtp':
      return msmtp(settings);
  }
}
