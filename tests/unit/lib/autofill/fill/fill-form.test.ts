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

describe('a lone box captioned only “SSL/TLS”, on', () => {
  const page = (port: string) =>
    '<form><label>SMTP server <input name="host"></label>' +
    `<label>SMTP port <input name="port" value="${port}"></label><label>SMTP username <input name="user"></label>` +
    '<div>SSL/TLS</div><input type="checkbox" name="ssl" checked></form>';

  it('beside port 465 is TLS from the first byte: it goes off for 587', async () => {
    document.body.innerHTML = page('465');
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(box('ssl')).toBe(false);
  });

  it('in a label that wraps it, beside port 465, goes off for 587 too', async () => {
    document.body.innerHTML = page('465').replace(
      '<div>SSL/TLS</div><input type="checkbox" name="ssl" checked>',
      '<label><input type="checkbox" name="ssl" checked> SSL/TLS</label>',
    );
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(box('ssl')).toBe(false);
  });

  it('beside port 587 stays on', async () => {
    document.body.innerHTML = page('587');
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(box('ssl')).toBe(true);
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

describe('a host field whose caption asks for the port and a security prefix, with no port field', () => {
  it('gets “tls://smtp.mail.me.com:587”: the prefix for STARTTLS, the port after the host', async () => {
    document.body.innerHTML =
      '<form><label>Server IP/Hostname + Port (For encryption use prefix ssl:// or tls://) <input name="_smtp_host"></label>' +
      '<label>SMTP username <input name="_smtp_user"></label><label>SMTP password <input type="password" name="_smtp_pass"></label></form>';
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(document.querySelector<HTMLInputElement>('[name=_smtp_host]')?.value).toBe('tls://smtp.mail.me.com:587');
  });
});

describe('what the page itself writes in reaction to the fill', () => {
  // Picking TLS writes its port, as many settings pages do; going back to None writes nothing.
  const page =
    '<form><label>SMTP server <input name="host"></label><label>SMTP port <input name="port" value=""></label>' +
    '<label>SMTP username <input name="user"></label><p>Encryption</p>' +
    '<label><input type="radio" name="enc" value="none" checked> None</label>' +
    '<label><input type="radio" name="enc" value="tls"> TLS</label></form>';
  const field = (name: string) => document.querySelector<HTMLInputElement>(`[name=${name}]`) as HTMLInputElement;
  const load = () => {
    document.body.innerHTML = page;
    for (const radio of document.querySelectorAll<HTMLInputElement>('[name=enc]'))
      radio.addEventListener('change', () => {
        if (radio.value === 'tls') field('port').value = '587';
      });
  };

  it('is put back by the undo: the port the page wrote is empty again, as before the fill', async () => {
    load();
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect([field('port').value, document.querySelector<HTMLInputElement>('[name=enc]:checked')?.value]).toEqual([
      '587',
      'tls',
    ]);
    await undoLastFill();
    expect([field('port').value, document.querySelector<HTMLInputElement>('[name=enc]:checked')?.value]).toEqual([
      '',
      'none',
    ]);
  });

  it('is put back after a second fill that found everything right, too', async () => {
    load();
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    await undoLastFill();
    expect(field('port').value).toBe('');
  });

  it('is left as it is when the user has changed it since the fill', async () => {
    load();
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    field('port').value = '2525';
    await undoLastFill();
    expect(field('port').value).toBe('2525');
  });
});
