import { beforeEach, describe, expect, it } from 'vitest';
import { autofillMailSetup, undoLastFill } from '@/lib/autofill';

const page = `
  <form>
    <h3>Incoming (IMAP)</h3>
    <label>Server <input name="imap_host" value="mail.example.net"></label>
    <label>Port <input name="imap_port" value="143"></label>
    <label>Username <input name="imap_user"></label>
    <h3>Outgoing (SMTP)</h3>
    <label>Server <input name="smtp_host"></label>
    <label>Port <input name="smtp_port"></label>
    <label>Username <input name="smtp_user"></label>
    <label>Password <input name="smtp_pass" type="text"></label>
    <label>Signature <input name="signature" value="Cheers"></label>
  </form>`;

const value = (name: string) => (document.querySelector(`[name=${name}]`) as HTMLInputElement).value;

beforeEach(() => {
  document.body.innerHTML = page;
});

describe('autofillMailSetup', () => {
  it('reports each role filled, corrected (from what) or left, and that nothing else changed', async () => {
    const report = await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(report).toMatchObject({ detected: true, form: { kind: 'generic' }, untouched: true });
    expect(report.fields).toEqual([
      {
        role: 'imapPort',
        outcome: 'corrected',
        from: '143',
        value: '993',
        findings: [{ field: 'imapPort', found: '143', correction: '993', reason: 'imapPort' }],
      },
      {
        role: 'imapHost',
        outcome: 'corrected',
        from: 'mail.example.net',
        value: 'imap.mail.me.com',
        findings: [
          { field: 'imapHost', found: 'mail.example.net', correction: 'imap.mail.me.com', reason: 'wrongHost' },
        ],
      },
      { role: 'imapUsername', outcome: 'filled', value: 'alex' },
      { role: 'smtpPort', outcome: 'filled', value: '587' },
      { role: 'smtpHost', outcome: 'filled', value: 'smtp.mail.me.com' },
      { role: 'smtpUsername', outcome: 'filled', value: 'alex@icloud.com' },
      { role: 'smtpPassword', outcome: 'left', reason: 'password' },
    ]);
    expect(value('signature')).toBe('Cheers');
  });

  it('never writes a text field whose label says password', async () => {
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(value('smtp_pass')).toBe('');
  });

  it('never reads what a password field holds: type=password, or a text field labelled Password', async () => {
    document
      .querySelector('[name=imap_user]')
      ?.closest('label')
      ?.insertAdjacentHTML('afterend', '<label>Password <input name="imap_pass" type="password" value="x"></label>');
    const reads: string[] = [];
    for (const name of ['imap_pass', 'smtp_pass'])
      Object.defineProperty(document.querySelector(`[name=${name}]`), 'value', {
        get: () => {
          reads.push(name);
          return 'the user’s app-specific password';
        },
        configurable: true,
      });
    const report = await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(report.fields.filter(({ reason }) => reason === 'password').map(({ role }) => role)).toEqual([
      'imapPassword',
      'smtpPassword',
    ]);
    expect(report.untouched).toBe(true);
    expect(reads).toEqual([]);
  });

  it('repairs a value the page changes back after its own handlers ran', async () => {
    const port = document.querySelector('[name=imap_port]') as HTMLInputElement;
    document.querySelector('[name=imap_host]')?.addEventListener('input', () => {
      setTimeout(() => {
        port.value = '143';
      }, 0);
    });
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(port.value).toBe('993');
  });

  it('says so when the page keeps undoing a field', async () => {
    const port = document.querySelector('[name=smtp_port]') as HTMLInputElement;
    const stubborn = () =>
      setTimeout(() => {
        port.value = '25';
      }, 0);
    port.addEventListener('input', stubborn);
    const report = await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(report.fields.find(({ role }) => role === 'smtpPort')).toMatchObject({
      outcome: 'left',
      reason: 'not-kept',
    });
  });

  it('undo puts back exactly what was there', async () => {
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    undoLastFill();
    expect(['imap_host', 'imap_port', 'imap_user', 'smtp_host', 'smtp_user'].map(value)).toEqual([
      'mail.example.net',
      '143',
      '',
      '',
      '',
    ]);
  });

  it('detects the form but fills nothing for an address that is not on iCloud, and says why', async () => {
    const report = await autofillMailSetup(document, { address: 'alex@gmail.com' });
    expect(report).toMatchObject({ detected: true, reason: 'not-icloud-address' });
    expect(report.fields.every(({ outcome, reason }) => outcome === 'left' && reason === 'not-icloud-address')).toBe(
      true,
    );
    expect(value('imap_host')).toBe('mail.example.net');
    expect(value('smtp_host')).toBe('');
  });

  it('fills the sign-in address for a custom domain on iCloud+', async () => {
    await autofillMailSetup(document, { address: 'me@example.org', icloudLogin: 'alex@icloud.com' });
    expect(value('smtp_user')).toBe('alex@icloud.com');
  });

  it('says when another field on the page changed while filling', async () => {
    document.querySelector('[name=smtp_host]')?.addEventListener('input', () => {
      (document.querySelector('[name=signature]') as HTMLInputElement).value = 'changed by the page';
    });
    const report = await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(report.untouched).toBe(false);
  });

  it('changes nothing on a page without a mail-setup form', async () => {
    document.body.innerHTML = '<form><input name="q" placeholder="Search"></form>';
    expect(await autofillMailSetup(document, { address: 'alex@icloud.com' })).toEqual({
      detected: false,
      fields: [],
      untouched: true,
      reason: 'no-form',
    });
  });
});

describe('a page that opens its server fields only once the address is typed in', () => {
  const unfolding = `
    <form>
      <label>E-mail address <input name="email" value="home@example.net"></label>
      <div id="details" style="display:none">
        <label>SMTP server <input name="server" value="mail.example.net"></label>
        <label>Port <input name="port" value="465"></label>
        <label>Username <input name="user" value="home@example.net"></label>
      </div>
      <label>Sender name <input name="sender" value="Home"></label>
    </form>`;
  const field = (name: string) => document.querySelector(`[name=${name}]`) as HTMLInputElement;
  /** As such pages do: a new address of no known provider empties the server fields and shows them. */
  function reactsToTheAddress() {
    field('email').addEventListener('change', () => {
      field('server').value = '';
      field('user').value = '';
      (document.getElementById('details') as HTMLElement).style.display = '';
    });
  }

  it('types the address, waits for the fields, fills them and reports the address as filled by us', async () => {
    document.body.innerHTML = unfolding;
    reactsToTheAddress();
    const report = await autofillMailSetup(document, { address: 'alex@icloud.com', name: 'Alex' });
    expect(['email', 'server', 'port', 'user', 'sender'].map(value)).toEqual([
      'alex@icloud.com',
      'smtp.mail.me.com',
      '587',
      'alex@icloud.com',
      'Alex',
    ]);
    expect(report.fields.find(({ role }) => role === 'email')).toMatchObject({
      outcome: 'corrected',
      from: 'home@example.net',
    });
    expect(report.untouched).toBe(true);
  });

  it('undo puts the address back, and the fields the page emptied', async () => {
    document.body.innerHTML = unfolding;
    reactsToTheAddress();
    await autofillMailSetup(document, { address: 'alex@icloud.com', name: 'Alex' });
    await undoLastFill();
    expect(['email', 'server', 'port', 'user', 'sender'].map(value)).toEqual([
      'home@example.net',
      'mail.example.net',
      '465',
      'home@example.net',
      'Home',
    ]);
  });

  it('puts the address back and fills nothing when typing it opens nothing', async () => {
    document.body.innerHTML = unfolding;
    const report = await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(report).toMatchObject({ detected: false, reason: 'no-form' });
    expect(value('email')).toBe('home@example.net');
  });
});
