import { describe, expect, it } from 'vitest';
import { autofillMailSetup } from '@/lib/autofill';
import { showable, withoutPrivateValues } from '@/lib/autofill/report/shown-values';

const account = { address: 'alex@icloud.com' };

describe('showable: what a field held may be shown only when it is plainly a setting', () => {
  it.each(['smtp.example.org', 'ssl://mail.example.net:465', '192.168.1.10', '465', 'bob@example.org', 'alex', 'ALEX'])(
    '"%s" is shown',
    (value) => {
      expect(showable('smtpUsername', value, account)).toBe(true);
    },
  );

  it.each(['hunter2-10', 'Bob Smith', 'correct horse battery staple', 'secret.word1'])('"%s" is not', (value) => {
    expect(showable('smtpUsername', value, account)).toBe(false);
  });

  it('a security choice is the page’s own code, shown as it is', () => {
    expect(showable('smtpSecurity', 'SSL', account)).toBe(true);
  });

  it('a properties box’s text is the page’s: only the one security line is shown', () => {
    expect(showable('smtpSecurity', 'mail.smtp.starttls.enable=true', account)).toBe(true);
    expect(showable('smtpSecurity', 'mail.smtp.user=bob\nmail.smtp.starttls.enable=true', account)).toBe(false);
    expect(
      withoutPrivateValues(
        { role: 'smtpSecurity', outcome: 'corrected', from: 'mail.smtp.user=bob', value: 'mail.smtp.user=bob\nx' },
        account,
      ),
    ).toEqual({ role: 'smtpSecurity', outcome: 'corrected' });
  });

  it('drops the earlier value and the finding that quotes it, keeps the rest', () => {
    expect(
      withoutPrivateValues(
        {
          role: 'smtpUsername',
          outcome: 'corrected',
          from: 'hunter2-10',
          value: 'alex@icloud.com',
          findings: [
            { field: 'smtpUsername', found: 'hunter2-10', correction: 'alex@icloud.com', reason: 'wrongUsername' },
          ],
        },
        account,
      ),
    ).toEqual({ role: 'smtpUsername', outcome: 'corrected', value: 'alex@icloud.com' });
    expect(
      withoutPrivateValues({ role: 'displayName', outcome: 'left', reason: 'user-edited', value: 'Bob' }, account),
    ).toEqual({
      role: 'displayName',
      outcome: 'left',
      reason: 'user-edited',
    });
  });
});

describe('the fill report never shows a password-like value it overwrote', () => {
  it('"(was hunter2-10)" never appears: the username it corrected held something that is no setting', async () => {
    document.body.innerHTML = `
      <form><h3>Outgoing mail (SMTP)</h3>
        <label>Server <input name="smtp_host" value="mail.example.net"></label>
        <label>Port <input name="smtp_port" value="465"></label>
        <label>Username <input name="smtp_user" value="hunter2-10"></label>
        <label>Your name <input name="from_name" value="Bob Smith"></label>
      </form>`;
    const report = await autofillMailSetup(document, { ...account, name: 'Alex Appleseed' });
    expect(JSON.stringify(report)).not.toMatch(/hunter2|Bob Smith/);
    expect(report.fields.find(({ role }) => role === 'smtpHost')).toMatchObject({ from: 'mail.example.net' });
    expect(report.fields.find(({ role }) => role === 'smtpUsername')).toEqual({
      role: 'smtpUsername',
      outcome: 'corrected',
      value: 'alex@icloud.com',
    });
  });
});
