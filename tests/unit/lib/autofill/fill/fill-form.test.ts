import { describe, expect, it } from 'vitest';
import { autofillMailSetup, undoLastFill } from '@/lib/autofill';

/** How a security checkbox is set on port 587, where iCloud upgrades with STARTTLS; how several From addresses are filled and undone. */

const smtp =
  '<label>SMTP server <input name="host"></label><label>SMTP port <input name="port" value="25"></label>' +
  '<label>SMTP username <input name="user"></label>';
const box = (name: string) => document.querySelector<HTMLInputElement>(`[name=${name}]`)?.checked;

describe('a security box', () => {
  it('a lone “Secure connection (SSL/TLS)” box says only “encrypted”: it is ticked', async () => {
    document.body.innerHTML = `<form>${smtp}<label><input type="checkbox" name="ssl"> Secure connection (SSL/TLS)</label></form>`;
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(box('ssl')).toBe(true);
  });

  it('beside a STARTTLS box, “Use SSL/TLS” is SSL: it stays off and STARTTLS is ticked', async () => {
    document.body.innerHTML =
      `<form>${smtp}<label><input type="checkbox" name="ssl"> Use SSL/TLS</label>` +
      '<label><input type="checkbox" name="starttls"> Use STARTTLS</label></form>';
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect([box('ssl'), box('starttls')]).toEqual([false, true]);
  });
});

describe('a “supports a secure connection (SSL)” box', () => {
  it('says only “encrypted”: it stays ticked for 587', async () => {
    document.body.innerHTML = `<form>${smtp}<input type="checkbox" name="ssl" id="ssl" checked><label for="ssl">Dieser Server unterstützt eine sichere Verbindung (SSL)</label></form>`;
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(box('ssl')).toBe(true);
  });

  it('“Use a secure connection (SSL)” is SSL: it goes off for 587', async () => {
    document.body.innerHTML = `<form>${smtp}<label><input type="checkbox" name="ssl" checked> Use a secure connection (SSL)</label></form>`;
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(box('ssl')).toBe(false);
  });

  it('beside a STARTTLS box it is SSL: it goes off', async () => {
    document.body.innerHTML =
      `<form>${smtp}<label><input type="checkbox" name="ssl" checked> This server supports a secure connection (SSL)</label>` +
      '<label><input type="checkbox" name="starttls"> Use STARTTLS</label></form>';
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect([box('ssl'), box('starttls')]).toEqual([false, true]);
  });
});

describe('an “Enable SMTP over SSL/TLS” box', () => {
  it('is SMTPS, TLS from the first byte: it stays off for 587', async () => {
    document.body.innerHTML = `<form>${smtp}<label><input type="checkbox" name="ssl"> Enable SMTP over SSL/TLS</label></form>`;
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(box('ssl')).toBe(false);
  });
});

describe('several From addresses', () => {
  const value = (name: string) => document.querySelector<HTMLInputElement>(`[name=${name}]`)?.value;
  const type = (name: string, text: string) => {
    const input = document.querySelector<HTMLInputElement>(`[name=${name}]`) as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('each gets the whole address, each is undone on its own, and one the user changed since stays', async () => {
    document.body.innerHTML =
      `<form>${smtp}<label>From address <input name="from" value="noreply@example.org"></label>` +
      '<label>System mails: from address <input name="system" value="robot@example.org"></label></form>';
    const report = await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect([value('from'), value('system')]).toEqual(['alex@icloud.com', 'alex@icloud.com']);
    expect(report.fields.filter(({ role }) => role === 'email')).toHaveLength(2);
    type('system', 'me@example.org');
    await undoLastFill();
    expect([value('from'), value('system')]).toEqual(['noreply@example.org', 'me@example.org']);
  });

  it('an address split at the "@" gets the local part and the domain, each once', async () => {
    document.body.innerHTML = `<form>${smtp}<label>From address <input name="from"></label><label>Mail domain <input name="domain"></label></form>`;
    const report = await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect([value('from'), value('domain')]).toEqual(['alex', 'icloud.com']);
    expect(report.fields.filter(({ role }) => role === 'email')).toHaveLength(2);
  });
});
