import { describe, expect, it } from 'vitest';
import { type FieldReport, nothingFound } from '@/lib/autofill/model';
import { fillGmailDialog } from '@/lib/features/gmail/step-reader';
import type { GmailStepFill } from '@/lib/features/gmail/step-report';
import type { MailAccount } from '@/lib/icloud/account';
import { icloudMail } from '@/lib/icloud/icloud';
import { gmailStatusText } from '../../../../../components/popup/GmailSection';
import { loadGmailPage } from '../../../../fixtures/gmail/load';
import { editModePages, icloudSmtpPages, refusedPages } from '../../../../fixtures/gmail/pages';

const saved: MailAccount = { address: 'alex@icloud.com' };

/** Every form control's state, to compare before and after. */
function formState(): string[] {
  return [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((control) =>
    control instanceof HTMLSelectElement
      ? `${control.name}#${control.selectedIndex}`
      : `${control.name}=${control.value}${control.checked ? ' on' : ''}`,
  );
}

function input(selector: string): HTMLInputElement {
  const element = document.querySelector<HTMLInputElement>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
}

/** The SMTP step's report, with the fill's undo and the password field it found. */
function smtpReport({ stepReport, undo, password }: GmailStepFill) {
  if (stepReport.step !== 'smtp') throw new Error(`expected the SMTP step, got ${stepReport.step}`);
  return { ...stepReport, fields: stepReport.report.fields, undo, password };
}

const field = (fields: FieldReport[], role: string) => fields.find((candidate) => candidate.role === role);
/** The fields the step writes: all but the password, which is only ever listed. */
const written = (fields: FieldReport[]) => fields.filter(({ role }) => role !== 'smtpPassword');

/** The SMTP fields as the user sees them, found by what they show rather than by name. */
function visibleSmtpValues() {
  const [host, username] = [...document.querySelectorAll<HTMLInputElement>('table input[type=text]')];
  const security = [...document.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].find((radio) =>
    radio.checkVisibility(),
  );
  return {
    host: host?.value,
    port: document.querySelector('select')?.value,
    username: username?.value,
    security: security?.labels?.[0]?.textContent,
    password: document.querySelector<HTMLInputElement>('input[type=password]')?.value,
  };
}

describe('Gmail step 2 for an iCloud address', () => {
  it.each(icloudSmtpPages)('%s: fills smtp.mail.me.com, 587, the full address and TLS; password left empty', (page) => {
    loadGmailPage(page);
    const address = input('input[name=cfa], input[name=n2]').value;
    smtpReport(fillGmailDialog(document, { address }));
    const values = visibleSmtpValues();
    expect(values).toMatchObject({
      host: icloudMail.smtp.host,
      port: String(icloudMail.smtp.port),
      username: address,
      password: '',
    });
    expect(values.security).toMatch(/TLS/);
    expect(smtpReport(fillGmailDialog(document, { address })).password).toBe(
      document.querySelector('input[type=password]'),
    );
  });

  it('corrects every wrong guess of Gmail and says from what', () => {
    loadGmailPage('step2-mx-guess-465.html');
    const report = smtpReport(fillGmailDialog(document, saved));
    expect(report.fields).toEqual([
      { role: 'smtpHost', outcome: 'corrected', from: 'mx01.mail.icloud.com', value: 'smtp.mail.me.com' },
      { role: 'smtpPort', outcome: 'corrected', from: '465', value: '587' },
      { role: 'smtpUsername', outcome: 'corrected', from: 'alex', value: 'alex@icloud.com' },
      { role: 'smtpSecurity', outcome: 'corrected', from: 'implicit-tls', value: 'starttls' },
      { role: 'smtpPassword', outcome: 'left', reason: 'password' },
    ]);
    expect(report).toMatchObject({ editing: false, matchedBy: 'names', address: 'alex@icloud.com' });
    expect(report.report).toMatchObject({ detected: true, form: { kind: 'site' }, untouched: true });
    expect(report.report.reason).toBeUndefined();
    expect(report.smtpError).toBeUndefined();
  });

  it('keeps what Gmail got right and corrects an old host name', () => {
    loadGmailPage('step2-smtp-guess.html');
    const report = smtpReport(fillGmailDialog(document, saved));
    expect(written(report.fields).map(({ role, outcome }) => `${role} ${outcome}`)).toEqual([
      'smtpHost corrected',
      'smtpPort already-correct',
      'smtpUsername corrected',
      'smtpSecurity already-correct',
    ]);
  });

  it.each([
    'step2-de-renamed.html',
    'step2-fr-renamed.html',
    'step2-es-renamed.html',
    'step2-nl-renamed.html',
    'step2-pt-BR-renamed.html',
    'edit-mode-it-renamed.html',
  ])('%s: finds the fields by their labels when Gmail renames them', (page) => {
    loadGmailPage(page);
    const report = smtpReport(fillGmailDialog(document, saved));
    expect(report.matchedBy).toBe('labels');
    expect(report.address).toBe('alex@icloud.com');
    expect(input('input[name=x1]').value).toBe('smtp.mail.me.com');
    expect(input('input[name=x3]').value).toBe('alex@icloud.com');
    expect(input('input[name=ga][value="2"]').checked).toBe(true);
    expect(field(report.fields, 'smtpSecurity')).toEqual({
      role: 'smtpSecurity',
      outcome: 'corrected',
      from: 'implicit-tls',
      value: 'starttls',
    });
  });

  it.each(editModePages)('%s: knows it is editing, in the page’s language', (page) => {
    loadGmailPage(page);
    expect(smtpReport(fillGmailDialog(document, saved)).editing).toBe(true);
  });

  it.each(icloudSmtpPages.filter((page) => !(editModePages as readonly string[]).includes(page)))(
    '%s: knows it is adding an address, not editing one',
    (page) => {
      loadGmailPage(page);
      expect(smtpReport(fillGmailDialog(document, saved)).editing).toBe(false);
    },
  );

  it('corrects edit mode the same way and knows it is editing', () => {
    loadGmailPage('edit-mode.html');
    const report = smtpReport(fillGmailDialog(document, saved));
    expect(report.editing).toBe(true);
    expect(written(report.fields).map(({ role, outcome }) => `${role} ${outcome}`)).toEqual([
      'smtpHost already-correct',
      'smtpPort corrected',
      'smtpUsername corrected',
      'smtpSecurity corrected',
    ]);
  });

  it('reads Gmail’s words and the SMTP code after a failed login, and still corrects SSL on 587', () => {
    loadGmailPage('step2-smtp-error.html');
    const report = smtpReport(fillGmailDialog(document, saved));
    // Each line once, the line break between them a space: as the user reads it on the page.
    expect(report.smtpError).toEqual({
      text: 'Authentication failed. Please check your username/password. [Server response: 535 5.7.8 Error: authentication failed]',
      code: '535',
    });
    expect(field(report.fields, 'smtpSecurity')).toMatchObject({ outcome: 'corrected', from: 'implicit-tls' });
    expect(input('input[name=sm587][value="2"]').checked).toBe(true);
  });

  it('signs a custom-domain address in with the iCloud address saved for it', () => {
    loadGmailPage('step2-custom-domain.html');
    fillGmailDialog(document, { address: 'alex@example.org', icloudLogin: 'alex@icloud.com' });
    expect(input('input[name=cfsl]').value).toBe('alex@icloud.com');
    expect(input('input[name=cfss]').value).toBe('smtp.mail.me.com');
  });

  it('undo restores exactly what was there: values, the port and the security radios', () => {
    for (const page of ['step2-mx-guess-465.html', 'step2-smtp-error.html', 'step2-fr-renamed.html']) {
      loadGmailPage(page);
      const before = formState();
      const report = smtpReport(fillGmailDialog(document, saved));
      expect(formState()).not.toEqual(before);
      expect(report.undo().every(({ outcome }) => outcome === 'restored')).toBe(true);
      expect(formState()).toEqual(before);
    }
  });

  it('never writes the password, even one the user already typed', () => {
    loadGmailPage('step2-mx-guess-465.html');
    input('input[name=cfsw]').value = 'abcd-efgh-ijkl-mnop';
    const report = smtpReport(fillGmailDialog(document, saved));
    expect(input('input[name=cfsw]').value).toBe('abcd-efgh-ijkl-mnop');
    expect(field(report.fields, 'smtpPassword')).toEqual({ role: 'smtpPassword', outcome: 'left', reason: 'password' });
    report.undo();
    expect(input('input[name=cfsw]').value).toBe('abcd-efgh-ijkl-mnop');
  });

  it('changes nothing and fires no event on a second run', () => {
    loadGmailPage('step2-mx-guess-465.html');
    fillGmailDialog(document, saved);
    const after = formState();
    const events: string[] = [];
    for (const type of ['input', 'change', 'click']) document.addEventListener(type, () => events.push(type), true);
    const again = smtpReport(fillGmailDialog(document, saved));
    expect(written(again.fields).every(({ outcome }) => outcome === 'already-correct')).toBe(true);
    expect(formState()).toEqual(after);
    expect(events).toEqual([]);
  });

  it('leaves a value the user typed after the fill', () => {
    loadGmailPage('step2-mx-guess-465.html');
    fillGmailDialog(document, saved);
    input('input[name=cfss]').value = 'smtp.example.org';
    const again = smtpReport(fillGmailDialog(document, saved));
    expect(input('input[name=cfss]').value).toBe('smtp.example.org');
    expect(again.fields[0]).toMatchObject({ role: 'smtpHost', outcome: 'left', reason: 'user-edited' });
  });
});

describe('Gmail step 2 for an address not on iCloud', () => {
  it.each([
    ['step2-other-provider.html', saved, { reason: 'not-icloud-address', domain: 'gmx.de' }],
    ['step2-custom-domain.html', saved, { reason: 'custom-domain-without-login' }],
    ['step2-custom-domain.html', { address: 'alex@example.org' }, { reason: 'custom-domain-without-login' }],
  ] as const)('%s changes nothing and says why (%j)', (page, account, why) => {
    loadGmailPage(page);
    const before = formState();
    const report = smtpReport(fillGmailDialog(document, account));
    expect(report.report).toEqual({
      detected: true,
      form: { kind: 'site', confidence: 1 },
      fields: [],
      untouched: true,
      ...why,
    });
    expect(formState()).toEqual(before);
    expect(report.password).toBeUndefined();
  });
});

describe('Gmail step 1', () => {
  it('fills the saved address into the empty email field, leaving the name and the alias box alone', () => {
    loadGmailPage('step1.html');
    const { stepReport } = fillGmailDialog(document, saved);
    expect(stepReport).toMatchObject({ step: 'add-address', address: 'alex@icloud.com' });
    expect(stepReport.report.fields).toEqual([{ role: 'email', outcome: 'filled', value: 'alex@icloud.com' }]);
    expect(stepReport.report.reason).toBeUndefined();
    expect(input('input[name=cfa]').value).toBe('alex@icloud.com');
    expect(input('input[name=cfn]').value).toBe('Alex Example');
    expect(input('input[name=cfia]').checked).toBe(true);
  });

  it('keeps an address already typed, and checks that one instead', () => {
    loadGmailPage('step1.html');
    input('input[name=cfa]').value = 'alex@gmx.de';
    const { stepReport } = fillGmailDialog(document, saved);
    expect(input('input[name=cfa]').value).toBe('alex@gmx.de');
    expect(stepReport).toMatchObject({
      step: 'add-address',
      address: 'alex@gmx.de',
      report: { reason: 'not-icloud-address' },
    });
  });

  it('leaves the email field empty when the saved address is not on iCloud, and the popup says why', () => {
    loadGmailPage('step1.html');
    const before = formState();
    const { stepReport } = fillGmailDialog(document, { address: 'alex@gmail.com' });
    expect(formState()).toEqual(before);
    expect(stepReport).toMatchObject({
      step: 'add-address',
      report: { reason: 'not-icloud-address', domain: 'gmail.com', fields: [] },
    });
    expect(gmailStatusText({ turnedOff: false, stepReport, undone: false })).toBe(
      'Nothing was filled: alex@gmail.com is not an iCloud address.',
    );
  });

  it('leaves it empty for a custom domain not saved as hosted by iCloud', () => {
    loadGmailPage('step1.html');
    const { stepReport } = fillGmailDialog(document, { address: 'alex@example.org' });
    expect(input('input[name=cfa]').value).toBe('');
    expect(stepReport.report).toMatchObject({ reason: 'custom-domain-without-login', fields: [] });
  });

  it('does nothing without a saved address', () => {
    loadGmailPage('step1.html');
    const { stepReport } = fillGmailDialog(document, { address: '' });
    expect(stepReport).toMatchObject({ step: 'add-address', report: { reason: 'no-address', fields: [] } });
    expect(input('input[name=cfa]').value).toBe('');
  });

  it.each([
    'step1-fr-renamed.html',
    'step1-de-renamed.html',
    'step1-es-renamed.html',
    'step1-es-variant-renamed.html',
    'step1-it-renamed.html',
    'step1-nl-renamed.html',
    'step1-pt-BR-renamed.html',
  ])('%s: finds the email field by its label when the names change', (page) => {
    loadGmailPage(page);
    const { stepReport } = fillGmailDialog(document, saved);
    expect(stepReport.step).toBe('add-address');
    expect(stepReport.report.reason).toBeUndefined();
    expect(input('input[name=n2]').value).toBe('alex@icloud.com');
    expect(input('input[name=n1]').value).toBe('Alex Example');
  });
});

describe('Gmail step 3 and other pages', () => {
  it('recognises the verification step and the address the code went to', () => {
    loadGmailPage('step3.html');
    expect(fillGmailDialog(document, saved).stepReport).toEqual({
      step: 'verify',
      address: 'alex@icloud.com',
      report: { detected: true, form: { kind: 'site', confidence: 1 }, fields: [], untouched: true },
    });
  });

  it.each(['inbox.html', 'settings-accounts.html', 'reauth.html'])('%s is not the dialog: nothing happens', (page) => {
    loadGmailPage(page);
    const before = formState();
    expect(fillGmailDialog(document, saved).stepReport).toEqual({ step: 'none', report: nothingFound });
    expect(formState()).toEqual(before);
  });
});

describe('a “Send mail as” window Gmail refused or changed', () => {
  it.each(refusedPages)('%s: fills nothing and claims nothing', (page) => {
    loadGmailPage(page);
    const before = formState();
    const { stepReport, touched } = fillGmailDialog(document, saved);
    expect(stepReport).toEqual({ step: 'none', report: nothingFound });
    expect(touched).toEqual([]);
    expect(formState()).toEqual(before);
  });

  it('still fills step 2 when the only notice is the SMTP server’s reply (the check above can see a fill)', () => {
    loadGmailPage('step2-smtp-error.html');
    expect(fillGmailDialog(document, saved).stepReport).toMatchObject({ step: 'smtp', smtpError: { code: '535' } });
    expect(input('input[name=cfss]').value).toBe('smtp.mail.me.com');
  });
});
