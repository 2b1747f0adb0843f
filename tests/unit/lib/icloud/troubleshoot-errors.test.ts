import { describe, expect, it } from 'vitest';
import { symptomsIn, wrongHostsIn } from '../../../../lib/icloud/troubleshoot';
import { errorTexts } from '../../../fixtures/error-texts';

describe('the table of real error texts', () => {
  it('holds at least 40 texts that name a symptom, from clients and libraries alike', () => {
    expect(errorTexts.filter(({ gives }) => gives.length > 0).length).toBeGreaterThanOrEqual(40);
    for (const program of [
      'Thunderbird',
      'Outlook',
      'Mail on iOS',
      'Gmail',
      'Nodemailer',
      'Python',
      'PHPMailer',
      'msmtp',
    ])
      expect(
        errorTexts.some(({ from }) => from.includes(program)),
        program,
      ).toBe(true);
  });

  it('has each text once', () => {
    expect(new Set(errorTexts.map(({ text }) => text)).size).toBe(errorTexts.length);
  });
});

describe.each(errorTexts)('“$text” ($from)', ({ text, gives }) => {
  it(`gives ${gives.join(', ') || 'no symptom'}`, () => {
    expect(symptomsIn(text)).toEqual(gives);
  });
});

describe('wrongHostsIn: old, misspelt or guessed iCloud servers named in an error', () => {
  it.each([
    ['getaddrinfo ENOTFOUND smtp.icloud.com', [{ found: 'smtp.icloud.com', use: 'smtp' }]],
    ['Failed to connect to server smtp.me.com.', [{ found: 'smtp.me.com', use: 'smtp' }]],
    ['SMTP-Server smtp.mail.me.co ist unbekannt', [{ found: 'smtp.mail.me.co', use: 'smtp' }]],
    ['cannot locate host smpt.mail.me.com', [{ found: 'smpt.mail.me.com', use: 'smtp' }]],
    ['Login to server imap.icloud.com failed', [{ found: 'imap.icloud.com', use: 'imap' }]],
    ['connect to imap.mail.me.con timed out', [{ found: 'imap.mail.me.con', use: 'imap' }]],
    ['getaddrinfo ENOTFOUND mail.me.com', [{ found: 'mail.me.com', use: 'either' }]],
    ['Gmail guessed mx01.mail.icloud.com', [{ found: 'mx01.mail.icloud.com', use: 'smtp' }]],
  ])('%s', (text, expected) => {
    expect(wrongHostsIn(text)).toEqual(expected);
  });

  it.each([
    'Login to server imap.mail.me.com with username alex failed.',
    'Connection to server smtp.mail.me.com timed out.',
    'Authentication failed for alex@icloud.com. Update your incoming server settings.',
    '554 5.7.1 [CS01] Message rejected. Please visit https://support.apple.com/en-us/HT204137',
    'connect ECONNREFUSED 17.42.251.41:587',
    'getaddrinfo ENOTFOUND smtp.gmail.com',
  ])('names no wrong host in “%s”', (text) => {
    expect(wrongHostsIn(text)).toEqual([]);
  });
});
