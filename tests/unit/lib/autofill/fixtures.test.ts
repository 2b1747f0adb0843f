import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autofillMailSetup, undoLastFill } from '@/lib/autofill';
import { loadFixture, pageValues, valueAt } from './fixture-page';

/**
 * Every mail-setup page in tests/fixtures/forms and the value each role must end up with, and
 * every look-alike page that must be left exactly as it was.
 */

const account = { address: 'alex@icloud.com', name: 'Alex Appleseed' };
const imapHost = 'imap.mail.me.com';
const smtpHost = 'smtp.mail.me.com';
const full = 'alex@icloud.com';

interface Positive {
  file: string;
  /** Selector (`a >>> b` steps into a shadow root) → the value it must hold after the fill. */
  values: Record<string, string>;
  /** Roles the report must list as left for the user: passwords. */
  left?: string[];
}

const positives: Positive[] = [
  {
    file: 'p01-label-for.html',
    values: {
      '#acc-email': full,
      '#acc-name': 'Alex Appleseed',
      '#imap-host': imapHost,
      '#imap-port': '993',
      '#imap-sec': 'ssl',
      '#imap-user': 'alex',
      '#imap-pass': '',
      '#smtp-host': smtpHost,
      '#smtp-port': '587',
      '#smtp-sec': 'tls',
      '#smtp-user': full,
      '#smtp-pass': '',
    },
    left: ['imapPassword', 'smtpPassword'],
  },
  {
    file: 'p02-wrapping-label.html',
    values: {
      '[name=fullname]': 'Alex Appleseed',
      '[name=mail]': full,
      '[name=in_host]': imapHost,
      '[name=in_port]': '993',
      '[name=in_secure]': '1',
      '[name=in_login]': 'alex',
      '[name=out_host]': smtpHost,
      '[name=out_port]': '587',
      '[name=out_secure]': '2',
      '[name=out_login]': full,
    },
    left: ['imapPassword', 'smtpPassword'],
  },
  {
    file: 'p03-floating-fieldsets.html',
    values: {
      '#f1': imapHost,
      '#f2': '993',
      '#f3': 'ssl',
      '#f4': 'alex',
      '#f5': '',
      '#f6': smtpHost,
      '#f7': '587',
      '#f8': 'tls',
      '#f9': full,
    },
  },
  {
    file: 'p04-placeholder-hidden-radios.html',
    values: {
      '[name=email]': full,
      '[name=imap_server]': imapHost,
      '[name=imap_port]': '993',
      '[name=imap_type]:checked': '2',
      '[name=imap_user]': 'alex',
      '[name=smtp_server]': smtpHost,
      '[name=smtp_port]': '587',
      '[name=smtp_type]:checked': '3',
      '[name=smtp_user]': full,
    },
    left: ['smtpPassword'],
  },
  {
    file: 'p05-aria-custom-radios.html',
    values: {
      '[aria-label="Incoming IMAP server"]': imapHost,
      '[aria-label="Incoming port"]': '993',
      '[aria-label="Incoming connection security"] [aria-checked=true]': 'ssl',
      '[aria-label="Incoming username"]': 'alex',
      '[aria-label="Outgoing SMTP server"]': smtpHost,
      '[aria-label="Outgoing port"]': '587',
      '[aria-label="Outgoing connection security"] [aria-checked=true]': 'tls',
      '[aria-label="Outgoing username"]': full,
    },
  },
  {
    file: 'p06-table-title-scheme.html',
    values: {
      '[name=_email]': full,
      '[name=_imap_host]': `ssl://${imapHost}:993`,
      '[name=_imap_user]': 'alex',
      '[name=_smtp_host]': `tls://${smtpHost}:587`,
      '[name=_smtp_user]': full,
      '[name=_smtp_pass]': '',
    },
    left: ['imapPassword', 'smtpPassword'],
  },
  {
    file: 'p07-adjacent-text-checkbox.html',
    values: {
      '.row:nth-child(1) input': imapHost,
      '.row:nth-child(2) input': '993',
      '.row:nth-child(3) input': 'on',
      '.row:nth-child(4) input': 'alex',
      '.row:nth-child(7) input': smtpHost,
      '.row:nth-child(8) input': '587',
      '.row:nth-child(9) input': 'off',
      '.row:nth-child(10) input': full,
      '.row:nth-child(11) input': '',
    },
    left: ['smtpPassword'],
  },
  {
    file: 'p08-german.html',
    values: {
      '#n': 'Alex Appleseed',
      '#a': full,
      '#h1': imapHost,
      '#p1': '993',
      '#v1': 'ssl',
      '#b1': 'alex',
      '#h2': smtpHost,
      '#p2': '587',
      '#v2': 'starttls',
      '#b2': full,
    },
  },
  {
    file: 'p09-french-imap-only.html',
    values: { '#c': full, '#s': imapHost, '#p': '993', '#ch': '1', '#u': 'alex', '#m': '' },
    left: ['imapPassword'],
  },
  {
    file: 'p10-spanish-smtp-only.html',
    values: {
      '#from_email': full,
      '#from_name': 'Alex Appleseed',
      '#host': smtpHost,
      'input[type=radio]:checked': 'tls',
      '#port': '587',
      '#user': full,
      '#pass': '',
    },
    left: ['smtpPassword'],
  },
  {
    file: 'p11-react-tracker.html',
    values: {
      '[name=smtpServer]': smtpHost,
      '[name=smtpPort]': '587',
      '[name=smtpEncryption]': 'starttls',
      '[name=smtpUsername]': full,
      '[name=fromAddress]': full,
    },
  },
  {
    file: 'p12-reactive-port-reset.html',
    values: {
      '[name=email_address]': full,
      '[name=imap_host]': imapHost,
      '[name=imap_security]': 'ssl',
      '[name=imap_port]': '993',
      '[name=imap_user]': 'alex',
      '[name=smtp_host]': smtpHost,
      '[name=smtp_security]': 'tls',
      '[name=smtp_port]': '587',
      '[name=smtp_user]': full,
    },
  },
  {
    file: 'p13-shadow-dom.html',
    values: {
      'mail-setup >>> #ih': imapHost,
      'mail-setup >>> #ip': '993',
      'mail-setup >>> fancy-select[aria-label^=Incoming] >>> select': '1',
      'mail-setup >>> #iu': 'alex',
      'mail-setup >>> #oh': smtpHost,
      'mail-setup >>> #op': '587',
      'mail-setup >>> fancy-select[aria-label^=Outgoing] >>> select': '2',
      'mail-setup >>> #ou': full,
    },
  },
  {
    file: 'p14-md-radio.html',
    values: {
      '#host': smtpHost,
      '#port': '587',
      'md-radio-button[aria-checked=true]': 'starttls',
      '#user': full,
    },
  },
  {
    file: 'p15-hidden-tab.html',
    values: {
      '#in-server': imapHost,
      '#in-port': '993',
      '#in-sec': 'ssl',
      '#in-user': 'alex',
      '#out-server': smtpHost,
      '#out-port': '587',
      '#out-sec': 'starttls',
      '#out-user': full,
    },
  },
  {
    file: 'p16-wordpress-smtp-plugin.html',
    values: {
      '#mail-from': full,
      '#mail-from-name': 'Alex Appleseed',
      '#smtp-host': smtpHost,
      '[name="mail_smtp[encryption]"]:checked': 'tls',
      '#smtp-port': '587',
      '[name="mail_smtp[auth]"]:checked': 'yes',
      '#smtp-user': full,
      '#smtp-pass': '',
    },
    left: ['smtpPassword'],
  },
  {
    file: 'p17-roundcube-identity.html',
    values: {
      '#rcmfd_name': 'Alex Appleseed',
      '#rcmfd_email': full,
      '#rcmfd_organization': '',
      '[id="rcmfd_ident_switch.form.imap.host"]': imapHost,
      '[id="rcmfd_ident_switch.form.imap.tls"]': '1',
      '[id="rcmfd_ident_switch.form.imap.port"]': '993',
      '[id="rcmfd_ident_switch.form.imap.user"]': full,
      '[id="rcmfd_ident_switch.form.imap.pass"]': '',
      '[id="rcmfd_ident_switch.form.smtp.host"]': smtpHost,
      '[id="rcmfd_ident_switch.form.smtp.tls"]': '2',
      '[id="rcmfd_ident_switch.form.smtp.port"]': '587',
      '[id="rcmfd_ident_switch.form.smtp.auth"]': '0',
    },
    left: ['imapPassword'],
  },
  {
    file: 'p18-nextcloud-mail-headings.html',
    values: {
      '#input-21': 'Alex Appleseed',
      '#input-22': full,
      '#input-23': imapHost,
      '[name=radio-group-7]:checked': 'ssl',
      '#input-24': '993',
      '#input-25': 'alex',
      '#input-26': '',
      '#input-27': smtpHost,
      '[name=radio-group-8]:checked': 'tls',
      '#input-28': '587',
      '#input-29': full,
      '#input-30': '',
    },
    left: ['imapPassword', 'smtpPassword'],
  },
  {
    file: 'p19-sogo-material.html',
    values: {
      '#input_11': '',
      '#input_12': imapHost,
      '#input_13': '993',
      'md-radio-button[aria-checked=true]': 'ssl',
      '#input_14': 'alex',
      '#input_15': 'Alex Appleseed',
      '#input_16': full,
    },
  },
  {
    file: 'p20-thunderbird-manual-table.html',
    values: {
      '#realname': 'Alex Appleseed',
      '#email': full,
      '#password': '',
      '#incomingProtocol': '1',
      '#incomingHostname': imapHost,
      '#incomingPort': '993',
      '#incomingSsl': '3',
      '#incomingAuthMethod': '0',
      '#incomingUsername': 'alex',
      '#outgoingHostname': smtpHost,
      '#outgoingPort': '587',
      '#outgoingSsl': '2',
      '#outgoingAuthMethod': '0',
      '#outgoingUsername': full,
    },
  },
];

const fixtures = path.resolve('tests/fixtures/forms');
const negatives = ['n01-login', 'n02-signup', 'n03-ldap', 'n04-ftp', 'n05-database', 'n06-proxy', 'n07-checkout']
  .concat(['n08-contact', 'n09-newsletter', 'n10-web-server', 'n11-ssh'])
  .concat(['n12-smtp-test-email', 'n13-contact-mail-server-prose', 'n14-ldap-ssl-bind'])
  .map((name) => `${name}.html`);

const read = (file: string) => readFileSync(path.join(fixtures, file), 'utf8');

describe('mail-setup pages are detected and filled with iCloud settings', () => {
  it.each(positives)('$file', async ({ file, values, left = [] }) => {
    loadFixture(read(file));
    const report = await autofillMailSetup(document, account);
    expect(report.detected).toBe(true);
    expect(report.form?.kind).toBe('generic');
    const actual = Object.fromEntries(Object.keys(values).map((selector) => [selector, valueAt(selector)]));
    expect(actual).toEqual(values);
    for (const role of left)
      expect(report.fields.find((field) => field.role === role)).toMatchObject({ outcome: 'left', reason: 'password' });
    expect(report.untouched).toBe(true);
  });

  it.each(positives)('$file: a second run changes nothing', async ({ file }) => {
    loadFixture(read(file));
    await autofillMailSetup(document, account);
    const before = pageValues();
    const again = await autofillMailSetup(document, account);
    expect(pageValues()).toEqual(before);
    expect(again.fields.filter((field) => field.outcome === 'filled' || field.outcome === 'corrected')).toEqual([]);
  });

  it.each(positives)('$file: undo puts back what the page held, also where its scripts react', async ({ file }) => {
    loadFixture(read(file));
    const before = pageValues();
    await autofillMailSetup(document, account);
    expect(pageValues()).not.toEqual(before);
    await undoLastFill();
    expect(pageValues()).toEqual(before);
  });
});

describe('look-alike pages are left exactly as they were', () => {
  it.each(negatives)('%s', async (file) => {
    loadFixture(read(file));
    const before = pageValues();
    const report = await autofillMailSetup(document, account);
    expect(report).toMatchObject({ detected: false, fields: [], reason: 'no-form' });
    expect(pageValues()).toEqual(before);
  });
});
