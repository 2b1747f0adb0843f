import { describe, expect, it } from 'vitest';
import { withSecurity } from '@/lib/autofill/fill/mail-properties';

/** The security as a line of JavaMail-style properties, the page's other lines kept. */

describe('withSecurity', () => {
  it('adds the STARTTLS key to an empty box', () => {
    expect(withSecurity('', 'smtp', 'starttls')).toBe('mail.smtp.starttls.enable=true');
  });

  it('keeps every other line and adds the key at the end', () => {
    expect(withSecurity('mail.smtp.timeout=10000\nmail.debug=false', 'smtp', 'starttls')).toBe(
      'mail.smtp.timeout=10000\nmail.debug=false\nmail.smtp.starttls.enable=true',
    );
  });

  it('turns STARTTLS on and SSL from the first byte off where the box says the opposite', () => {
    expect(withSecurity('mail.smtp.ssl.enable=true\nmail.smtp.starttls.enable=false', 'smtp', 'starttls')).toBe(
      'mail.smtp.ssl.enable=false\nmail.smtp.starttls.enable=true',
    );
  });

  it('leaves a box that already says it, however it is spaced', () => {
    const text = 'mail.smtp.starttls.enable = TRUE';
    expect(withSecurity(text, 'smtp', 'starttls')).toBe(text);
  });

  it('writes the IMAP keys for the IMAP side', () => {
    expect(withSecurity('mail.imap.starttls.enable=true', 'imap', 'implicit-tls')).toBe(
      'mail.imap.starttls.enable=false\nmail.imap.ssl.enable=true',
    );
  });
});
