import { beforeEach, describe, expect, it } from 'vitest';
import { fillGmailDialog } from '@/lib/features/gmail/step-reader';
import { loadGmailPage } from '../../../../fixtures/gmail/load';

/**
 * Inside the Gmail adapter (issue 15, item 1): only fields a person can see are written, and never a
 * field that says password, whatever its name. The layout checks (off the page, clipped, covered) need a
 * real browser: tests/e2e/gmail.chromium.test.ts.
 */

const saved = { address: 'alex@icloud.com' };
const field = (name: string) => {
  const found = document.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

describe('step 1: the address goes only into a field a person can see', () => {
  beforeEach(() => loadGmailPage('step1.html'));

  it('fills Gmail’s own visible email field (the checks below can see a fill)', () => {
    expect(fillGmailDialog(document, saved).stepReport).toMatchObject({ step: 'add-address' });
    expect(field('cfa').value).toBe(saved.address);
  });

  it.each([
    ['display: none', (input: HTMLInputElement) => input.style.setProperty('display', 'none')],
    ['visibility: hidden', (input: HTMLInputElement) => input.style.setProperty('visibility', 'hidden')],
    ['opacity: 0', (input: HTMLInputElement) => input.style.setProperty('opacity', '0')],
    ['opacity: 0 on its row', (input: HTMLInputElement) => input.closest('tr')?.style.setProperty('opacity', '0')],
    [
      'the hidden attribute on its table',
      (input: HTMLInputElement) => input.closest('table')?.setAttribute('hidden', ''),
    ],
  ])('leaves a cfa hidden by %s empty', (_, hide) => {
    hide(field('cfa'));
    fillGmailDialog(document, saved);
    expect(field('cfa').value).toBe('');
  });

  it('leaves a cfa that says it is a password alone', () => {
    field('cfa').setAttribute('autocomplete', 'current-password');
    fillGmailDialog(document, saved);
    expect(field('cfa').value).toBe('');
  });
});

describe('step 2: never a field that says password, in any language', () => {
  beforeEach(() => loadGmailPage('step2-mx-guess-465.html'));

  it('fills Gmail’s own username field (the checks below can see a fill)', () => {
    fillGmailDialog(document, saved);
    expect(field('cfsl').value).toBe(saved.address);
  });

  it.each([
    [
      'labelled “Password” with autocomplete=current-password',
      (input: HTMLInputElement) => {
        input.setAttribute('autocomplete', 'current-password');
        const cell = input.closest('td')?.previousElementSibling;
        if (cell) cell.textContent = 'Password:';
      },
    ],
    ['labelled “Senha do usuário”', (input: HTMLInputElement) => input.setAttribute('aria-label', 'Senha do usuário')],
    ['labelled “Hasło”', (input: HTMLInputElement) => input.setAttribute('aria-label', 'Hasło')],
    ['with the placeholder “Wachtwoord”', (input: HTMLInputElement) => input.setAttribute('placeholder', 'Wachtwoord')],
    ['with the id “smtp_pwd”', (input: HTMLInputElement) => input.setAttribute('id', 'smtp_pwd')],
  ])('leaves a cfsl %s as it was, and fills nothing else on that page', (_, disguise) => {
    disguise(field('cfsl'));
    const { stepReport } = fillGmailDialog(document, saved);
    expect(field('cfsl').value).toBe('alex');
    expect(field('cfss').value).toBe('mx01.mail.icloud.com');
    expect(stepReport.step).toBe('none');
  });

  it('leaves the SMTP fields alone when the server field cannot be seen', () => {
    field('cfss').style.setProperty('opacity', '0');
    fillGmailDialog(document, saved);
    expect(field('cfss').value).toBe('mx01.mail.icloud.com');
    expect(field('cfsl').value).toBe('alex');
  });

  it('turns on no security radio a person cannot see', () => {
    // Port 587's group starts on SSL here, so only our click could turn TLS on.
    const ssl = document.querySelector<HTMLInputElement>('#sm587s');
    if (ssl) ssl.checked = true;
    const tls = document.querySelector<HTMLInputElement>('#sm587t');
    tls?.style.setProperty('opacity', '0');
    const { report } = fillGmailDialog(document, saved).stepReport;
    expect(tls?.checked).toBe(false);
    expect(ssl?.checked).toBe(true);
    expect(report.fields.find(({ role }) => role === 'smtpSecurity')).toMatchObject({
      outcome: 'left',
    });
  });
});
