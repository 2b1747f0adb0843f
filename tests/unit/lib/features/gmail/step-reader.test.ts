import { describe, expect, it } from 'vitest';
import { statusOf } from '@/lib/features/gmail/status';
import { fillGmailDialog, type GmailReport } from '@/lib/features/gmail/step-reader';
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

function smtpReport(report: GmailReport) {
  if (report.step !== 'smtp') throw new Error(`expected the SMTP step, got ${report.step}`);
  return report;
}

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
    expect(report.changes).toEqual([
      { role: 'smtpHost', outcome: 'corrected', from: 'mx01.mail.icloud.com', value: 'smtp.mail.me.com' },
      { role: 'port', outcome: 'corrected', from: '465', value: '587' },
      { role: 'username', outcome: 'corrected', from: 'alex', value: 'alex@icloud.com' },
      { role: 'security', outcome: 'corrected', from: 'implicit-tls', value: 'starttls' },
    ]);
    expect(report).toMatchObject({ editing: false, matchedBy: 'names', address: 'alex@icloud.com' });
    expect(report.smtpError).toBeUndefined();
  });

  it('keeps what Gmail got right and corrects an old host name', () => {
    loadGmailPage('step2-smtp-guess.html');
    const report = smtpReport(fillGmailDialog(document, saved));
    expect(report.changes.map(({ role, outcome }) => `${role} ${outcome}`)).toEqual([
      'smtpHost corrected',
      'port already-correct',
      'username corrected',
      'security already-correct',
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
    expect(report.changes.at(-1)).toEqual({
      role: 'security',
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
    expect(report.changes.map(({ role, outcome }) => `${role} ${outcome}`)).toEqual([
      'smtpHost already-correct',
      'port corrected',
      'username corrected',
      'security corrected',
    ]);
  });

  it('reads the SMTP error code Gmail shows after a failed login, and still corrects SSL on 587', () => {
    loadGmailPage('step2-smtp-error.html');
    const report = smtpReport(fillGmailDialog(document, saved));
    expect(report.smtpError).toEqual({ code: '535' });
    expect(report.changes.at(-1)).toMatchObject({ outcome: 'corrected', from: 'implicit-tls' });
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
    expect(report.changes.map(({ role }) => role)).not.toContain('password');
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
    expect(again.changes.every(({ outcome }) => outcome === 'already-correct')).toBe(true);
    expect(formState()).toEqual(after);
    expect(events).toEqual([]);
  });

  it('leaves a value the user typed after the fill', () => {
    loadGmailPage('step2-mx-guess-465.html');
    fillGmailDialog(document, saved);
    input('input[name=cfss]').value = 'smtp.example.org';
    const again = smtpReport(fillGmailDialog(document, saved));
    expect(input('input[name=cfss]').value).toBe('smtp.example.org');
    expect(again.changes[0]).toMatchObject({ role: 'smtpHost', outcome: 'left', reason: 'user-edited' });
  });
});

describe('Gmail step 2 for an address not on iCloud', () => {
  it.each([
    ['step2-other-provider.html', saved, 'other-provider'],
    ['step2-custom-domain.html', saved, 'custom-domain-unknown'],
    ['step2-custom-domain.html', { address: 'alex@example.org' }, 'custom-domain-unknown'],
  ] as const)('%s changes nothing and says why (%j)', (page, account, reason) => {
    loadGmailPage(page);
    const before = formState();
    const report = smtpReport(fillGmailDialog(document, account));
    expect(report.skipped).toBe(reason);
    expect(report.changes).toEqual([]);
    expect(formState()).toEqual(before);
    expect(report).not.toHaveProperty('password');
  });
});

describe('Gmail step 1', () => {
  it('fills the saved address into the empty email field, leaving the name and the alias box alone', () => {
    loadGmailPage('step1.html');
    const report = fillGmailDialog(document, saved);
    expect(report).toMatchObject({ step: 'add-address', address: 'alex@icloud.com', icloud: true });
    expect(input('input[name=cfa]').value).toBe('alex@icloud.com');
    expect(input('input[name=cfn]').value).toBe('Alex Example');
    expect(input('input[name=cfia]').checked).toBe(true);
  });

  it('keeps an address already typed, and checks that one instead', () => {
    loadGmailPage('step1.html');
    input('input[name=cfa]').value = 'alex@gmx.de';
    const report = fillGmailDialog(document, saved);
    expect(input('input[name=cfa]').value).toBe('alex@gmx.de');
    expect(report).toMatchObject({ step: 'add-address', icloud: false, skipped: 'other-provider' });
  });

  it('leaves the email field empty when the saved address is not on iCloud, and the popup says why', () => {
    loadGmailPage('step1.html');
    const before = formState();
    const report = fillGmailDialog(document, { address: 'alex@gmail.com' });
    expect(formState()).toEqual(before);
    expect(report).toMatchObject({ step: 'add-address', icloud: false, skipped: 'other-provider', changes: [] });
    expect(gmailStatusText(statusOf(report))).toBe('Nothing was filled: alex@gmail.com is not an iCloud address.');
  });

  it('leaves it empty for a custom domain not saved as hosted by iCloud', () => {
    loadGmailPage('step1.html');
    const report = fillGmailDialog(document, { address: 'alex@example.org' });
    expect(input('input[name=cfa]').value).toBe('');
    expect(report).toMatchObject({ skipped: 'custom-domain-unknown', changes: [] });
  });

  it('does nothing without a saved address', () => {
    loadGmailPage('step1.html');
    const report = fillGmailDialog(document, { address: '' });
    expect(report).toMatchObject({ step: 'add-address', icloud: false, skipped: 'no-address', changes: [] });
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
    expect(fillGmailDialog(document, saved)).toMatchObject({ step: 'add-address', icloud: true });
    expect(input('input[name=n2]').value).toBe('alex@icloud.com');
    expect(input('input[name=n1]').value).toBe('Alex Example');
  });
});

describe('Gmail step 3 and other pages', () => {
  it('recognises the verification step and the address the code went to', () => {
    loadGmailPage('step3.html');
    expect(fillGmailDialog(document, saved)).toEqual({ step: 'verify', address: 'alex@icloud.com' });
  });

  it.each(['inbox.html', 'settings-accounts.html', 'reauth.html'])('%s is not the dialog: nothing happens', (page) => {
    loadGmailPage(page);
    const before = formState();
    expect(fillGmailDialog(document, saved)).toEqual({ step: 'none' });
    expect(formState()).toEqual(before);
  });
});

describe('a “Send mail as” window Gmail refused or changed', () => {
  it.each(refusedPages)('%s: fills nothing and claims nothing', (page) => {
    loadGmailPage(page);
    const before = formState();
    const report = fillGmailDialog(document, saved);
    expect(report).toEqual({ step: 'none' });
    expect(formState()).toEqual(before);
    expect(statusOf(report)).toMatchObject({ filled: false });
  });

  it('still fills step 2 when the only notice is the SMTP server’s reply (the check above can see a fill)', () => {
    loadGmailPage('step2-smtp-error.html');
    expect(fillGmailDialog(document, saved)).toMatchObject({ step: 'smtp', smtpError: { code: '535' } });
    expect(input('input[name=cfss]').value).toBe('smtp.mail.me.com');
  });
});
