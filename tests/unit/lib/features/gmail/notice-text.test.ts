import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { nothingFound } from '@/lib/autofill/model';
import { noticeFor } from '@/lib/features/gmail/notice-text';
import { fillGmailDialog } from '@/lib/features/gmail/step-reader';
import type { GmailStepReport } from '@/lib/features/gmail/step-report';
import { loadGmailPage } from '../../../../fixtures/gmail/load';

const t = i18n.t as (key: string, substitutions?: string[]) => string;
const saved = { address: 'alex@icloud.com' };

function noticeOn(page: string, account = saved) {
  loadGmailPage(page);
  return noticeFor(fillGmailDialog(document, account).stepReport, account, t, 'ending');
}

const gmailError =
  'Authentication failed. Please check your username/password. [Server response: 535 5.7.8 Error: authentication failed]';

describe('the Gmail notice', () => {
  it('says what was corrected, from what, and why, in Gmail’s words', () => {
    const notice = noticeOn('step2-mx-guess-465.html');
    expect(notice?.lines).toEqual([
      'Filled in iCloud’s sending settings for alex@icloud.com. Only your app-specific password is left.',
      'SMTP Server: smtp.mail.me.com (was mx01.mail.icloud.com). Gmail guessed it from your domain’s incoming mail servers (MX); that is not iCloud’s server for sending.',
      'Port: 587 (was 465). Apple documents only the port shown for sending, although many guides name this one.',
      'Username: alex@icloud.com (was alex). iCloud’s outgoing server needs your full address as the username; the name part alone fails with error 535.',
      'Security: Secured connection using TLS (was Secured connection using SSL). The outgoing port starts unencrypted and then switches to TLS (STARTTLS); SSL from the first byte fails there.',
    ]);
    expect(notice?.undoable).toBe(true);
    expect(notice?.causes).toEqual([]);
    expect(notice?.passwordHint?.links).toEqual([
      { text: 'How to create one', guide: 'app-password' },
      { text: 'Open account.apple.com', href: 'https://account.apple.com' },
    ]);
    expect(notice?.passwordHint?.notShaped).toBe(
      'That does not look like an app-specific password, which usually looks like xxxx-xxxx-xxxx-xxxx (16 lowercase letters).',
    );
  });

  it('does not say only the password is left when Gmail did not keep a value', () => {
    const report: GmailStepReport = {
      step: 'smtp',
      editing: false,
      address: 'alex@icloud.com',
      matchedBy: 'names',
      report: {
        detected: true,
        form: { kind: 'site', confidence: 1 },
        fields: [
          { role: 'smtpHost', outcome: 'filled', value: 'smtp.mail.me.com' },
          { role: 'smtpPort', outcome: 'left', reason: 'not-kept', value: '465' },
          { role: 'smtpPassword', outcome: 'left', reason: 'password' },
        ],
        untouched: true,
      },
    };
    expect(noticeFor(report, saved, t, 'ending')?.lines).toEqual([
      'Not all of iCloud’s sending settings for alex@icloud.com could be filled: check the fields named below, then paste your app-specific password.',
      'SMTP Server: smtp.mail.me.com.',
      'Port: Gmail did not keep the right value; please check it.',
    ]);
  });

  it('names an old host name as such', () => {
    expect(noticeOn('step2-smtp-guess.html')?.lines[1]).toBe(
      'SMTP Server: smtp.mail.me.com (was smtp.icloud.com). An old server name that outdated guides still give; it is not a server Apple documents.',
    );
  });

  it('explains an SMTP 535 error with its likely causes and a way to troubleshooting', () => {
    const notice = noticeOn('step2-smtp-error.html');
    expect(notice?.lines).toContain('Gmail could not sign in to iCloud’s server (error 535). Likely causes:');
    expect(notice?.causes).toEqual([
      'The password is not an app-specific password — your Apple Account password does not work here.',
      'The username is not the full address: it must be alex@icloud.com.',
      'The app-specific password was revoked: changing or resetting your Apple Account password revokes all of them.',
    ]);
    // Gmail's own words go with the link, for the guide to show them pasted and answered.
    expect(notice?.links).toEqual([{ text: 'Troubleshooting', guide: 'troubleshooting', error: gmailError }]);
  });

  it('asks for the iCloud login, not the custom address, when Gmail rejects a custom-domain sign-in', () => {
    loadGmailPage('step2-custom-domain.html');
    const account = { address: 'alex@example.org', icloudLogin: 'alex@icloud.com' };
    const { stepReport } = fillGmailDialog(document, account);
    if (stepReport.step !== 'smtp') throw new Error('expected the SMTP step');
    const notice = noticeFor({ ...stepReport, smtpError: { text: gmailError, code: '535' } }, account, t, 'ending');
    expect(notice?.causes[1]).toBe(
      'The username is not your primary iCloud address, alex@icloud.com: for an address on your own domain, mail apps are reported to sign in with it (Apple does not state this).',
    );
  });

  it('on step 1 says the server settings come next; on step 3 where the code went', () => {
    expect(noticeOn('step1.html')?.lines).toEqual([
      'Filled in your saved address alex@icloud.com.',
      'It is on iCloud: the server settings will be filled in on the next step.',
    ]);
    const verify = noticeOn('step3.html');
    expect(verify?.lines[0]).toMatch(/^Gmail sent a confirmation code to alex@icloud.com\./);
    expect(verify?.links).toEqual([{ text: 'Open iCloud Mail', href: 'https://www.icloud.com/mail' }]);
    expect(verify?.undoable).toBe(false);
  });

  it('says nothing on the page for an address not on iCloud', () => {
    expect(noticeOn('step2-other-provider.html')).toBeUndefined();
  });

  it('on a “Send mail as” window that is none of the known steps, says nothing was filled and points to what lasts', () => {
    const notice = noticeFor({ step: 'none', report: nothingFound }, saved, t, 'ending');
    expect(notice?.lines).toEqual([
      'Nothing was filled: this Gmail window is not one of the steps we know. Gmail may have changed it, or be refusing new “Send mail as” entries for other providers’ servers.',
    ]);
    expect(notice?.links).toEqual([{ text: 'What works after January 2027', guide: 'gmail-after-2027' }]);
    expect(notice?.undoable).toBe(false);
  });

  it('carries the sunset line with Google’s article, in the words of the phase it is given', () => {
    const ending = noticeOn('step2-mx-guess-465.html')?.notes;
    expect(ending).toEqual([
      {
        text: expect.stringMatching(/^Google is removing “Send mail as” .* in January 2027/),
        links: [
          { text: 'Google’s article about these changes', href: 'https://support.google.com/mail/answer/17101213' },
        ],
      },
    ]);
    const ended = noticeFor({ step: 'none', report: nothingFound }, saved, t, 'ended')?.notes[0]?.text;
    expect(ended).toMatch(/^Google announced that “Send mail as” .* ends in January 2027/);
  });
});
