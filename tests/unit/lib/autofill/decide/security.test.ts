import { describe, expect, it } from 'vitest';
import {
  checkboxWanted,
  choiceMeaning,
  hostConvention,
  pickSecurity,
  schemeFor,
  securityMeaning,
} from '@/lib/autofill/decide/security';

describe('security by meaning, not by value', () => {
  it('reads JavaMail’s “SECURE_SMTP” as SMTPS, and picks plain “SMTP” beside it for STARTTLS', () => {
    const meanings = ['smtp', 'secure smtp'].map(securityMeaning);
    expect(meanings).toEqual(['unknown', 'implicit-tls']);
    expect(pickSecurity(meanings, 'starttls')).toBe(0);
  });

  it('reads what each option text means', () => {
    expect(
      ['starttls', 'tls starttls', 'ssl tls', 'ssl', 'tls', 'none', 'keine', 'aucun', 'ninguno', 'auto'].map(
        securityMeaning,
      ),
    ).toEqual([
      'starttls',
      'starttls',
      'implicit-tls',
      'implicit-tls',
      'tls',
      'none',
      'none',
      'none',
      'none',
      'unknown',
    ]);
  });

  it('ignores numeric values and uses a wordy value only when the option shows no text', () => {
    expect(choiceMeaning('', '2', 'unknown')).toBe('unknown');
    expect(choiceMeaning('', 'starttls', 'unknown')).toBe('starttls');
    expect(choiceMeaning('ssl', 'tls', 'unknown')).toBe('implicit-tls');
    expect(choiceMeaning('yes', 'true', 'implicit-tls')).toBe('implicit-tls');
  });

  it('picks STARTTLS for SMTP and SSL/TLS for IMAP', () => {
    const options = ['none', 'implicit-tls', 'starttls'] as const;
    expect(pickSecurity(options, 'starttls')).toBe(2);
    expect(pickSecurity(options, 'implicit-tls')).toBe(1);
  });

  it('takes plain "TLS" for STARTTLS beside "SSL", and for SSL/TLS beside "STARTTLS"', () => {
    expect(pickSecurity(['none', 'implicit-tls', 'tls'], 'starttls')).toBe(2);
    expect(pickSecurity(['none', 'starttls', 'tls'], 'implicit-tls')).toBe(2);
  });

  it('finds nothing for STARTTLS when only SSL and None are offered', () => {
    expect(pickSecurity(['implicit-tls', 'none'], 'starttls')).toBe(-1);
  });

  it('of two STARTTLS choices, picks the one that insists over “if available”', () => {
    const texts = ['none', 'use starttls if available', 'always use starttls'];
    const meanings = texts.map(securityMeaning);
    expect(meanings).toEqual(['none', 'starttls', 'starttls']);
    expect(pickSecurity(meanings, 'starttls', texts)).toBe(2);
  });

  it('reads “Never / Preferred / Always” under an encryption label as how often, and picks “Always”', () => {
    const texts = ['never', 'preferred', 'always'];
    const meanings = texts.map((text) => choiceMeaning(text, text, 'encrypted'));
    expect(meanings).toEqual(['none', 'encrypted', 'encrypted']);
    expect(choiceMeaning('always', '2', 'starttls')).toBe('starttls');
    expect(pickSecurity(meanings, 'starttls', texts)).toBe(2);
  });

  it('turns a "Use SSL" box on for IMAP and off for SMTP on 587; a "Use TLS" box on for both', () => {
    expect(checkboxWanted('implicit-tls', 'implicit-tls')).toBe(true);
    expect(checkboxWanted('implicit-tls', 'starttls')).toBe(false);
    expect(checkboxWanted('tls', 'starttls')).toBe(true);
    expect(checkboxWanted('tls', 'implicit-tls')).toBe(true);
  });

  it('keeps the page’s scheme convention for hosts that carry security and port', () => {
    const roundcube = hostConvention('', 'ssl://imap.example.com:993');
    expect(roundcube).toEqual({ scheme: 'ssl', withPort: true });
    expect(roundcube && schemeFor(roundcube, 'smtp', 'starttls')).toBe('tls');
    expect(roundcube && schemeFor(roundcube, 'imap', 'implicit-tls')).toBe('ssl');
    const uri = hostConvention('imaps://mail.example.com');
    expect(uri && schemeFor(uri, 'smtp', 'starttls')).toBe('smtp');
    expect(hostConvention('mail.example.com')).toBeUndefined();
  });
});
