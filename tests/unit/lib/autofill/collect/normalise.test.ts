import { describe, expect, it } from 'vitest';
import { normalise } from '@/lib/autofill/collect/normalise';

/** Labels, names and ids as lower-case words without accents, the same answer however often and in whatever order asked. */

describe('normalise', () => {
  it.each([
    ['User name', 'user name'],
    [' User name 12 ', 'user name 12'],
    ['smtpHost', 'smtp host'],
    ['rcmfd_ident.smtp.host', 'rcmfd ident smtp host'],
    ['SMTPServer', 'smtp server'],
    ['Hôte SMTP', 'hote smtp'],
    ['Hasło', 'haslo'],
    ['Straße', 'strasse'],
    ['', ''],
  ])('%j → %j', (text, words) => {
    expect(normalise(text)).toBe(words);
  });

  it('gives the same answers whatever was asked before, repeated or not', () => {
    const asked = [' User name 0', ' User name 0', 'smtpHost', ' User name 0', 'Hôte SMTP', 'Hôte SMTP', 'smtpHost'];
    expect(asked.map(normalise)).toEqual([
      'user name 0',
      'user name 0',
      'smtp host',
      'user name 0',
      'hote smtp',
      'hote smtp',
      'smtp host',
    ]);
  });

  it('reads only the first 300 characters of a long text, also when asked again after another', () => {
    const long = `Outgoing ${'x'.repeat(400)}`;
    expect(normalise(long)).toBe(`outgoing ${'x'.repeat(291)}`);
    expect(normalise('Port')).toBe('port');
    expect(normalise(long)).toBe(`outgoing ${'x'.repeat(291)}`);
  });
});
