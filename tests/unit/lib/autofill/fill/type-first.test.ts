import { describe, expect, it } from 'vitest';
import { collectPage } from '@/lib/autofill/collect/collect';
import { fieldsToTypeFirst } from '@/lib/autofill/decide/switches';
import { typeFirst } from '@/lib/autofill/fill/type-first';
import { settingsFor } from '@/lib/icloud/account';

/** Typing the address first, on a page that opens its server fields only then, and putting it all back. */

const settings = settingsFor({ address: 'alex@icloud.com' });
const field = (name: string) => document.querySelector(`[name=${name}]`) as HTMLInputElement;

async function typedOnPage() {
  document.body.innerHTML = `
    <form>
      <label>E-mail address <input name="email" value="home@example.net"></label>
      <div id="details" style="display:none">
        <label>SMTP server <input name="server" value="mail.example.net"></label>
        <label>Port <input name="port" value="465"></label>
        <label>Username <input name="user" value="home@example.net"></label>
        <label>Password <input name="pass" type="password" value="secret"></label>
      </div>
    </form>`;
  // As a provider table does: an address of no provider it knows empties the server fields and shows them.
  field('email').addEventListener('change', () => {
    if (field('email').value.endsWith('@example.net')) return;
    field('server').value = '';
    field('user').value = '';
    field('pass').value = '';
    (document.getElementById('details') as HTMLElement).style.display = '';
  });
  const { fields, locked } = collectPage(document);
  const typing = fieldsToTypeFirst(fields, undefined, locked);
  if (!typing || !settings) throw new Error('nothing to type first');
  return typeFirst(document, typing, fields, settings, undefined);
}

describe('typeFirst', () => {
  it('types the address and reports it, leaving the rest to the fill', async () => {
    const typed = await typedOnPage();
    expect(typed.fill.fields).toEqual([
      { role: 'email', outcome: 'corrected', value: 'alex@icloud.com', from: 'home@example.net' },
    ]);
    expect([field('email').value, field('server').value, field('port').value]).toEqual(['alex@icloud.com', '', '465']);
  });

  it('its undo puts back the address and what the page emptied, but never a password', async () => {
    const typed = await typedOnPage();
    const undone = await typed.undo();
    expect(undone).toEqual([{ role: 'email', outcome: 'restored' }]);
    expect(['email', 'server', 'port', 'user', 'pass'].map((name) => field(name).value)).toEqual([
      'home@example.net',
      'mail.example.net',
      '465',
      'home@example.net',
      '',
    ]);
  });

  it('leaves a field the user changed after the page emptied it', async () => {
    const typed = await typedOnPage();
    field('server').value = 'typed.by.the.user';
    await typed.undo();
    expect([field('server').value, field('user').value]).toEqual(['typed.by.the.user', 'home@example.net']);
  });
});

describe('typeFirst plans the typed fields as part of the whole form', () => {
  it('a server whose example has a port gets none when the form has a port field, folded or not', async () => {
    document.body.innerHTML = `
      <form>
        <label>SMTP server <input name="host" placeholder="mail.example.com:587"></label>
        <div style="display:none"><label>SMTP port <input name="port"></label><label>SMTP username <input name="user"></label></div>
      </form>`;
    const { fields, locked } = collectPage(document);
    const typing = fieldsToTypeFirst(fields, undefined, locked);
    if (!typing || !settings) throw new Error('nothing to type first');
    await typeFirst(document, typing, fields, settings, undefined);
    expect(field('host').value).toBe('smtp.mail.me.com');
  });
});
