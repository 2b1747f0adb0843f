import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autofillMailSetup, type FieldReport } from '@/lib/autofill';
import { offerSiteAdapter } from '@/lib/autofill/site-adapter';
import { gmailSiteAdapter } from '@/lib/features/gmail/site-adapter';
import { loadGmailPage } from '../../../../fixtures/gmail/load';
import { gmailDialogUrl } from '../../../../fixtures/gmail/pages';

/** "Fill this page" on Gmail's "Send mail as" window: the Gmail adapter reports in the same FillReport as any form. */

const account = { address: 'alex@icloud.com' };
const field = (fields: FieldReport[], role: string) => fields.find((candidate) => candidate.role === role);
const setUrl = (url: string) =>
  (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(url);

beforeEach(() => {
  setUrl(gmailDialogUrl);
  offerSiteAdapter(gmailSiteAdapter);
});

afterEach(() => setUrl('http://localhost:3000/'));

describe('the Gmail report is true to what happened', () => {
  it('explains Gmail’s guesses it corrected, and lists the password it left', async () => {
    const report = await autofillMailSetup(loadGmailPage('step2-mx-guess-465.html'), account);
    expect(report).toMatchObject({ detected: true, form: { kind: 'site' }, untouched: true });
    expect(field(report.fields, 'smtpPort')?.findings).toEqual([
      { field: 'smtpPort', found: '465', correction: '587', reason: 'smtpPortNotOffered' },
    ]);
    expect(field(report.fields, 'smtpUsername')?.findings).toEqual([
      { field: 'smtpUsername', found: 'alex', correction: 'alex@icloud.com', reason: 'smtpUsernameLocalPart' },
    ]);
    expect(field(report.fields, 'smtpSecurity')?.findings).toEqual([
      { field: 'smtpSecurity', found: 'implicit-tls', correction: 'starttls', reason: 'smtpNeedsStarttls' },
    ]);
    expect(field(report.fields, 'smtpPassword')).toEqual({ role: 'smtpPassword', outcome: 'left', reason: 'password' });
  });

  it('never reads what Gmail’s password field holds', async () => {
    const page = loadGmailPage('step2-mx-guess-465.html');
    let reads = 0;
    Object.defineProperty(page.querySelector('input[name=cfsw]'), 'value', {
      get: () => {
        reads++;
        return 'secret';
      },
      configurable: true,
    });
    expect((await autofillMailSetup(page, account)).detected).toBe(true);
    expect(reads).toBe(0);
  });

  it('reports no password when the window has no password field', async () => {
    const page = loadGmailPage('step2-mx-guess-465.html');
    page.querySelector('input[name=cfsw]')?.remove();
    const report = await autofillMailSetup(page, account);
    expect(report.detected).toBe(true);
    expect(field(report.fields, 'smtpPassword')).toBeUndefined();
  });

  it('says when another field of the page changed while filling', async () => {
    const page = loadGmailPage('step2-mx-guess-465.html');
    const other = page.createElement('input');
    other.name = 'signature';
    other.value = 'Cheers';
    page.body.append(other);
    page.querySelector('input[name=cfss]')?.addEventListener('input', () => {
      other.value = 'changed by the page';
    });
    expect((await autofillMailSetup(page, account)).untouched).toBe(false);
  });

  it('says why it filled nothing for an address on an own domain', async () => {
    const report = await autofillMailSetup(loadGmailPage('step2-custom-domain.html'), account);
    expect(report).toMatchObject({ detected: true, reason: 'custom-domain-without-login', untouched: true });
  });
});

describe("the Gmail adapter only on Gmail's window", () => {
  it.each([
    'https://cooking.example/recipes?view=cf',
    'https://mail.google.com/mail/u/0/#inbox?view=cf',
    'https://mail.google.com/mail/u/0/?preview=cf',
    'https://mail.google.com/mail/u/0/?view=cfx',
    'http://mail.google.com/mail/u/0/?view=cf',
  ])("leaves %s to the generic route, which finds no mail form in Gmail's step 2 alone", async (url) => {
    setUrl(url);
    const page = loadGmailPage('step2-mx-guess-465.html');
    const host = page.querySelector<HTMLInputElement>('input[name=cfss]');
    const before = host?.value;
    const report = await autofillMailSetup(page, account);
    expect(report.form?.kind).not.toBe('site');
    if (!report.detected) expect(host?.value).toBe(before);
  });
});
