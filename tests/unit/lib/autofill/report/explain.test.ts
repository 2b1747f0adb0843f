import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autofillMailSetup, type FieldReport } from '@/lib/autofill';
import { loadFixture } from '../fixture-page';

/** The fill report says what was corrected and why (the settings audit), and only what truly happened. */

const read = (file: string) => readFileSync(path.resolve('tests/fixtures/forms', file), 'utf8');
const account = { address: 'alex@icloud.com' };
const field = (fields: FieldReport[], role: string) => fields.find((candidate) => candidate.role === role);

describe('the generic fill report explains each correction with the audit', () => {
  it('names what was wrong, also where the page cleared a field before it was corrected', async () => {
    // p12 clears the port when the security changes: the port still held 465 before the fill.
    loadFixture(read('p12-reactive-port-reset.html'));
    const { fields } = await autofillMailSetup(document, account);
    expect(field(fields, 'smtpPort')).toEqual({
      role: 'smtpPort',
      outcome: 'corrected',
      from: '465',
      value: '587',
      findings: [{ field: 'smtpPort', found: '465', correction: '587', reason: 'smtpPortNotOffered' }],
    });
    expect(field(fields, 'imapPort')?.findings).toEqual([
      { field: 'imapPort', found: '143', correction: '993', reason: 'imapPort' },
    ]);
  });

  it('reads a security choice by its words, not its value', async () => {
    document.body.innerHTML = `
      <form>
        <fieldset><legend>Incoming server (IMAP)</legend>
          <label>Host <input name="in_host" value="imap.mail.me.com"></label>
          <label>Port <input name="in_port" value="993"></label>
          Encryption <label><input type="radio" name="in_enc" value="2" checked> STARTTLS</label>
          <label><input type="radio" name="in_enc" value="1"> SSL/TLS</label>
        </fieldset>
        <fieldset><legend>Outgoing server (SMTP)</legend>
          <label>Host <input name="out_host" value="smtp.mail.me.com"></label>
          <label>Port <input name="out_port" value="587"></label>
          Encryption <label><input type="radio" name="out_enc" value="2"> TLS</label>
          <label><input type="radio" name="out_enc" value="1" checked> SSL</label>
        </fieldset>
      </form>`;
    const { fields } = await autofillMailSetup(document, account);
    // The values are "1" and "2"; the words say STARTTLS and SSL/TLS, and "TLS" beside "SSL" means STARTTLS.
    expect(field(fields, 'imapSecurity')).toMatchObject({
      outcome: 'corrected',
      findings: [{ field: 'imapSecurity', found: 'starttls', correction: 'implicit-tls', reason: 'imapNeedsTls' }],
    });
    expect(field(fields, 'smtpSecurity')).toMatchObject({
      outcome: 'corrected',
      findings: [{ field: 'smtpSecurity', found: 'implicit-tls', correction: 'starttls', reason: 'smtpNeedsStarttls' }],
    });
  });

  it('reports a field the page copied into while it was empty as filled, not corrected', async () => {
    // p12 copies the IMAP host and user into the empty SMTP fields as they are typed.
    loadFixture(read('p12-reactive-port-reset.html'));
    const { fields } = await autofillMailSetup(document, account);
    expect(field(fields, 'smtpHost')).toEqual({ role: 'smtpHost', outcome: 'filled', value: 'smtp.mail.me.com' });
    expect(field(fields, 'smtpUsername')).toEqual({
      role: 'smtpUsername',
      outcome: 'filled',
      value: 'alex@icloud.com',
    });
  });

  it('reads the port out of a host written with its scheme', async () => {
    loadFixture(read('p06-table-title-scheme.html'));
    const { fields } = await autofillMailSetup(document, account);
    expect(field(fields, 'smtpHost')).toMatchObject({
      outcome: 'corrected',
      from: 'ssl://mail.example.com:465',
      findings: [
        { field: 'smtpHost', found: 'mail.example.com', reason: 'wrongHost' },
        { field: 'smtpPort', found: '465', correction: '587', reason: 'smtpPortNotOffered' },
      ],
    });
  });

  it('adds no findings to fields it filled into empty boxes', async () => {
    loadFixture(read('p01-label-for.html'));
    const { fields } = await autofillMailSetup(document, account);
    expect(fields.filter(({ outcome }) => outcome === 'filled').length).toBeGreaterThan(3);
    expect(fields.filter(({ findings }) => findings).every(({ outcome }) => outcome === 'corrected')).toBe(true);
  });
});

describe('why nothing was filled', () => {
  it('another provider’s address: says which domain', async () => {
    loadFixture(read('p01-label-for.html'));
    const report = await autofillMailSetup(document, { address: 'alex@gmail.com' });
    expect(report).toMatchObject({ detected: true, reason: 'not-icloud-address', domain: 'gmail.com' });
  });

  it('an own domain without the iCloud address that signs in: says that, not "not iCloud"', async () => {
    loadFixture(read('p01-label-for.html'));
    const report = await autofillMailSetup(document, { address: 'alex@appleseed.family' });
    expect(report).toMatchObject({ detected: true, reason: 'custom-domain-without-login' });
    expect(report.domain).toBeUndefined();
    expect(report.fields.every(({ reason }) => reason === 'custom-domain-without-login')).toBe(true);
  });
});
