import { describe, expect, it } from 'vitest';
import { collectFields, collectPage } from '@/lib/autofill/collect/collect';
import type { CollectedField } from '@/lib/autofill/collect/field';
import { normalise } from '@/lib/autofill/collect/normalise';

/** Each label signal the collector reads, one page each. */

function only(html: string): CollectedField {
  document.body.innerHTML = html;
  const [field, ...more] = collectFields(document);
  if (!field || more.length > 0) throw new Error(`expected one field, got ${more.length + (field ? 1 : 0)}`);
  return field;
}

describe('normalise', () => {
  it('splits names at case changes and punctuation, lower-cases and drops accents', () => {
    expect(normalise('smtpHost')).toBe('smtp host');
    expect(normalise('IMAPServer')).toBe('imap server');
    expect(normalise('rcmfd_ident.form.smtp.host')).toBe('rcmfd ident form smtp host');
    expect(normalise('Hôte SMTP')).toBe('hote smtp');
    expect(normalise('Verschlüsselung')).toBe('verschlusselung');
    expect(normalise('Straße')).toBe('strasse');
  });

  it('keeps letters of other scripts and writes Polish ł as l', () => {
    expect(normalise('Hasło')).toBe('haslo');
    expect(normalise('パスワード:')).toBe('パスワード');
    expect(normalise('Пароль SMTP')).toBe('пароль smtp');
  });
});

describe('collectFields reads every label signal', () => {
  it('a <label for> before the field', () => {
    expect(only('<label for="h">SMTP Server</label><input id="h">').labels).toBe('smtp server');
  });

  it('a <label for> after the field (floating labels)', () => {
    expect(only('<div><input id="h" placeholder=" "><label for="h">Server</label></div>').labels).toBe('server');
  });

  it('a wrapping label, without the options of the select inside it', () => {
    const field = only('<label>Security <select><option>SSL</option><option>TLS</option></select></label>');
    expect(field.labels).toBe('security');
    expect(field.choices.map(({ text }) => text)).toEqual(['ssl', 'tls']);
  });

  it('aria-label and aria-labelledby', () => {
    expect(only('<input aria-label="Outgoing port">').labels).toBe('outgoing port');
    expect(only('<span id="l">IMAP-Benutzer</span><input aria-labelledby="l">').labels).toBe('imap benutzer');
  });

  it('placeholder, title, name, id, autocomplete and data-* hints', () => {
    const field = only(
      '<input placeholder="Nom d’utilisateur" title="Identifiant" name="smtp_user" id="smtpUser" autocomplete="username" data-field="smtp-login">',
    );
    expect(field).toMatchObject({
      placeholder: 'nom d utilisateur',
      title: 'identifiant',
      name: 'smtp user',
      id: 'smtp user',
      autocomplete: 'username',
      dataHints: 'smtp login',
    });
  });

  it('the text just before a field that has no label', () => {
    expect(only('<div><span>Mail server (IMAP)</span><input></div>').textBefore).toBe('mail server imap');
  });

  it('the text right after a checkbox, up to the next block', () => {
    expect(only('<div><input type="checkbox"> Use SSL</div><div>Login</div>').textAfter).toBe('use ssl');
  });

  it('the row header (td.title) and the column header of a table', () => {
    document.body.innerHTML = `
      <table><tr><th>Setting</th><th>Incoming</th><th>Outgoing</th></tr>
      <tr><td class="title">Server</td><td><input name="a"></td><td><input name="b"></td></tr></table>`;
    const [incoming, outgoing] = collectFields(document);
    expect(incoming).toMatchObject({ rowHeader: 'server', columnHeader: 'incoming' });
    expect(outgoing?.columnHeader).toBe('outgoing');
  });

  it('section context: the fieldset legend, then the heading above', () => {
    const field = only('<h2>Outgoing mail</h2><fieldset><legend>Server</legend><input></fieldset>');
    expect(field.section[0]).toBe('server');
    expect(field.section.at(-1)).toBe('outgoing mail');
  });

  it('section context: the title of the tab whose panel holds the field', () => {
    const field = only(
      '<a role="tab" aria-controls="p2" href="#p2">SMTP</a><div id="p2" role="tabpanel" style="display:none"><input name="x"></div>',
    );
    expect(field.section.join(' ')).toMatch(/\bsmtp\b/);
    expect(field.visibility()).toBe('hidden-panel');
  });

  it('a radio group becomes one field, each radio with its label as a choice', () => {
    const field = only(`
      <input type="radio" name="sec" id="a" value="0"><label for="a">None</label>
      <input type="radio" name="sec" id="b" value="1" checked><label for="b">SSL/TLS</label>`);
    expect(field.kind).toBe('radio-group');
    expect(field.choices.map(({ text, value, selected }) => [text, value, selected])).toEqual([
      ['none', '0', false],
      ['ssl tls', '1', true],
    ]);
    expect(field.value).toBe('1');
  });

  it('radios that reuse ids take the label next to them', () => {
    document.body.innerHTML = `
      <div><input type="radio" name="imap" id="ssl" value="1"><label for="ssl">IMAP SSL</label></div>
      <div><input type="radio" name="smtp" id="ssl" value="1"><label for="ssl">SMTP SSL</label></div>`;
    const [imap, smtp] = collectFields(document);
    expect(imap?.choices[0]?.text).toBe('imap ssl');
    expect(smtp?.choices[0]?.text).toBe('smtp ssl');
  });

  it('custom radios: role=radio and custom elements with aria-checked, grouped by their container', () => {
    document.body.innerHTML = `
      <div role="radiogroup" aria-label="Security"><span role="radio" aria-checked="true">SSL</span><span role="radio" aria-checked="false">TLS</span></div>
      <div><md-radio-button value="starttls" aria-checked="false">STARTTLS</md-radio-button><md-radio-button value="none" aria-checked="true">None</md-radio-button></div>`;
    const [aria, material] = collectFields(document);
    expect(aria).toMatchObject({ kind: 'radio-group', labels: 'security' });
    expect(aria?.choices.map(({ text, selected }) => [text, selected])).toEqual([
      ['ssl', true],
      ['tls', false],
    ]);
    expect(material?.choices.map(({ text, value }) => [text, value])).toEqual([
      ['starttls', 'starttls'],
      ['none', 'none'],
    ]);
  });

  it('fields inside open shadow roots, labelled by their custom element', () => {
    document.body.innerHTML = '<form><fancy-select aria-label="SMTP security"></fancy-select></form>';
    const host = document.querySelector('fancy-select') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<select><option>STARTTLS</option></select>';
    const [field] = collectFields(document);
    expect(field).toMatchObject({ kind: 'select', labels: 'smtp security', form: document.querySelector('form') });
  });

  it('closed shadow roots only through the hook an extension context supplies', () => {
    document.body.innerHTML = '<closed-form></closed-form>';
    const host = document.querySelector('closed-form') as HTMLElement;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<input name="smtp_host">';
    expect(collectFields(document)).toEqual([]);
    expect(collectFields(document, { closedShadowRoot: (element) => (element === host ? closed : null) })).toHaveLength(
      1,
    );
  });

  it('skips disabled, read-only, hidden-type and script/template content, and marks hidden fields', () => {
    document.body.innerHTML = `
      <input name="smtp_host" disabled><input name="imap_host" readonly><input type="hidden" name="smtp_port">
      <div style="display:none"><input name="smtp_user"></div>
      <template><input name="imap_user"></template>
      <input name="smtp_password" type="password">`;
    expect(collectFields(document).map(({ name, visibility }) => [name, visibility()])).toEqual([
      ['smtp user', 'hidden'],
      ['smtp password', 'visible'],
    ]);
  });

  it('stops at the field cap', () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<input name="smtp_host_${i}">`).join('');
    expect(collectFields(document, { maxFields: 10 })).toHaveLength(10);
  });
});

describe('controls that are no settings', () => {
  it('a radio whose label is a tab shows a panel: it is not collected; the panel is titled by its tab', () => {
    document.body.innerHTML =
      '<input type="radio" name="t" id="a" checked><label for="a" role="tab">IMAP</label><div class="c"></div>' +
      '<input type="radio" name="t" id="b"><label for="b" role="tab">SMTP</label>' +
      '<div class="c" style="display:none"><span>Server</span><input name="host"></div>';
    const fields = collectFields(document);
    expect(fields.map(({ name }) => name)).toEqual(['host']);
    expect(fields[0]?.section[0]).toContain('smtp');
    expect(fields[0]?.visibility()).toBe('hidden-panel');
  });

  it('the styled box inside a checkbox’s own label is not a second checkbox', () => {
    document.body.innerHTML =
      '<label><input type="checkbox" name="auth"><div role="checkbox" aria-checked="false"></div><span>Use authentication</span></label>';
    expect(collectFields(document).map(({ name }) => name)).toEqual(['auth']);
  });
});

describe('fields the page keeps disabled', () => {
  it('are kept apart as locked, passwords never, and the text before them still labels the next field', () => {
    document.body.innerHTML =
      '<label><input type="checkbox" name="enable"> Enable email</label>' +
      '<div>SMTP server <input name="host" disabled></div><div>Password <input type="password" name="pass" disabled></div>' +
      '<div>Sender <input name="from"></div>';
    const { fields, locked } = collectPage(document);
    expect(fields.map(({ name }) => name)).toEqual(['enable', 'from']);
    expect(locked.map(({ name, textBefore }) => [name, textBefore])).toEqual([['host', 'smtp server']]);
    expect(collectFields(document).map(({ name }) => name)).toEqual(['enable', 'from']);
  });
});

describe('the text before a field', () => {
  it('leaves out the heading above it: “Add a new account / Name” is captioned “name”', () => {
    const field = only('<h2>Añadir una cuenta nueva</h2><div><span>Nombre</span><input id="friendly"></div>');
    expect(field.textBefore).toBe('nombre');
    expect(field.section.at(-1)).toBe('anadir una cuenta nueva');
  });

  it('keeps a heading that is the only caption (“SMTP host” as an h3)', () => {
    expect(only('<h3>SMTP host</h3><input id="h">').textBefore).toBe('smtp host');
  });
});

describe('a role=checkbox label around a hidden box', () => {
  it('is the toggle a person clicks: collected once, with its aria-label', () => {
    document.body.innerHTML =
      '<label role="checkbox" aria-checked="false" aria-label="SSL" id="ssl_box"><input type="checkbox" style="display:none"></label>';
    expect(collectFields(document).map(({ kind, labels, id }) => [kind, labels, id])).toEqual([
      ['checkbox', 'ssl', 'ssl box'],
    ]);
  });
});
