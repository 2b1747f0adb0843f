import { describe, expect, it } from 'vitest';
import { collectPage } from '@/lib/autofill/collect/collect';
import { decideMailSetupForm } from '@/lib/autofill/decide/decide';
import { fieldsToTypeFirst, planSwitches } from '@/lib/autofill/decide/switches';
import { settingsFor } from '@/lib/icloud/account';

/** The switches in front of the mail fields, and how each is planned for iCloud. */

const settings = settingsFor({ address: 'alex@icloud.com' });

function planned(html: string) {
  document.body.innerHTML = html;
  // Disabled fields too: a switch may open them.
  const { fields, locked } = collectPage(document);
  if (!settings) throw new Error('no settings');
  return planSwitches(fields, decideMailSetupForm(fields), settings, locked).map(({ kind, side, step }) => ({
    kind,
    side,
    name: step.element.getAttribute('name'),
    want: step.want.kind,
  }));
}

const server = (side: 'IMAP' | 'SMTP') =>
  `<label>${side} server <input name="${side}host"></label><label>${side} port <input name="${side}port"></label>` +
  `<label>${side} username <input name="${side}user"></label>`;
const shortLogin = (side: 'IMAP' | 'SMTP', checked = false) =>
  `<label><input type="checkbox" name="${side}[shortLogin]"${checked ? ' checked' : ''}> Use short login</label>`;

describe('a "short login" box (user@example.com → user)', () => {
  it('is on where iCloud signs in with the name part (IMAP)', () => {
    expect(planned(`<form>${server('IMAP')}${shortLogin('IMAP')}</form>`)).toEqual([
      { kind: 'short-username', side: 'imap', name: 'IMAP[shortLogin]', want: 'check' },
    ]);
  });

  it('is off where iCloud needs the full address (SMTP)', () => {
    expect(planned(`<form>${server('SMTP')}${shortLogin('SMTP', true)}</form>`)).toEqual([
      { kind: 'short-username', side: 'smtp', name: 'SMTP[shortLogin]', want: 'uncheck' },
    ]);
  });

  it('is no "turn the server on" box, though it says "use" and names the server', () => {
    expect(planned(`<form>${server('IMAP')}${shortLogin('IMAP', true)}</form>`)).toEqual([]);
  });
});

describe('switches that open fields the page keeps disabled', () => {
  const locked = (extra = '') =>
    `<div>SMTP server <input name="host" disabled></div><div>SMTP port <input name="port" value="25" disabled></div>` +
    `<div>Username <input name="user" disabled></div>${extra}`;

  it('turns on the one “Enable …” box before them', () => {
    expect(
      planned(
        `<form><label><input type="checkbox" name="enable_mail"> E-Mail-Benachrichtigungen aktivieren</label>${locked()}</form>`,
      ),
    ).toEqual([{ kind: 'enable-server', side: 'smtp', name: 'enable_mail', want: 'check' }]);
  });

  it('unticks “Use system value” beside a locked field, and leaves the others of its kind alone', () => {
    const inherit = (name: string, checked: boolean) =>
      `<label><input type="checkbox" name="${name}_inherit"${checked ? ' checked' : ''}> Use system value</label>`;
    expect(
      planned(
        '<form><div>SMTP server <input name="host" disabled></div>' +
          inherit('host', true) +
          '<div>SMTP port <input name="port" disabled></div>' +
          inherit('port', true) +
          '<div>SMTP username <input name="user"></div><div>Authentication <select name="auth"><option>None</option><option selected>Login</option></select></div>' +
          inherit('auth', false) +
          '</form>',
      ),
    ).toEqual([
      { kind: 'default-server', side: undefined, name: 'host_inherit', want: 'uncheck' },
      { kind: 'default-server', side: undefined, name: 'port_inherit', want: 'uncheck' },
    ]);
  });

  it('opens nothing when the disabled fields are no mail form, or no box says it enables mail', () => {
    expect(
      planned(
        '<form><label><input type="checkbox" name="enable_ftp"> Enable FTP</label><div>Host <input name="h" disabled></div><div>Port <input name="p" disabled></div></form>',
      ),
    ).toEqual([]);
    expect(
      planned(`<form><label><input type="checkbox" name="remember"> Remember me</label>${locked()}</form>`),
    ).toEqual([]);
  });
});

describe('a "Status: Enable / Disable" pair under a heading that names the server', () => {
  it('is turned on, on the side its heading names', () => {
    expect(
      planned(
        '<form><table><tr><th colspan="2">Outgoing (SMTP): the account that sends</th></tr>' +
          '<tr><td>Status:</td><td><label><input type="radio" name="active" value="1"> Enable</label> <label><input type="radio" name="active" value="0" checked> Disable</label></td></tr>' +
          '<tr><td>Hostname:</td><td><input name="smtp_host"></td></tr><tr><td>Port:</td><td><input name="smtp_port"></td></tr><tr><td>Username:</td><td><input name="smtp_user"></td></tr></table></form>',
      ),
    ).toEqual([{ kind: 'enable-server', side: 'smtp', name: 'active', want: 'check' }]);
  });

  it('is left alone when its caption says more than a state (“Debug: Enable / Disable”)', () => {
    expect(
      planned(
        '<form><table><tr><th colspan="2">Outgoing (SMTP)</th></tr>' +
          '<tr><td>Debug:</td><td><label><input type="radio" name="debug" value="1"> Enable</label> <label><input type="radio" name="debug" value="0" checked> Disable</label></td></tr>' +
          '<tr><td>Hostname:</td><td><input name="smtp_host"></td></tr><tr><td>Port:</td><td><input name="smtp_port"></td></tr><tr><td>Username:</td><td><input name="smtp_user"></td></tr></table></form>',
      ),
    ).toEqual([]);
  });
});

describe('a security list that names SMTPS', () => {
  it('is no sending mode: “None / SMTPS / STARTTLS” is left for the fill, which sets it with the port', () => {
    expect(
      planned(
        `<form>${server('SMTP')}<label>Security <select name="enc"><option>None</option><option>SMTPS</option><option selected>STARTTLS</option></select></label></form>`,
      ),
    ).toEqual([]);
  });
});

describe('fields hidden until a switch shows them', () => {
  it('“Use SMTP server for e-mail” is ticked when the hidden block is a mail form', () => {
    expect(
      planned(
        '<form><label><input type="checkbox" name="useSmtp"><span>Use SMTP server for e-mail</span></label>' +
          `<div style="display:none">${server('SMTP')}</div></form>`,
      ),
    ).toEqual([{ kind: 'enable-server', side: 'smtp', name: 'useSmtp', want: 'check' }]);
  });

  it('nothing is ticked when the hidden block is no mail form', () => {
    expect(
      planned(
        '<form><label><input type="checkbox" name="useProxy"><span>Use a proxy server</span></label>' +
          '<div style="display:none"><label>Proxy host <input name="h"></label><label>Proxy port <input name="p"></label></div></form>',
      ),
    ).toEqual([]);
  });
});

describe('closed fields that open nothing', () => {
  it('a hidden honeypot address does not tick an “Enable e-mail notifications” box', () => {
    expect(
      planned(
        `<form>${server('SMTP')}<label><input type="checkbox" name="notify"> Enable e-mail notifications</label>` +
          '<input name="email" style="display:none"></form>',
      ),
    ).toEqual([]);
  });

  it('“Enabled / Disabled” under “Outgoing webhooks” is no mail server', () => {
    expect(
      planned(
        `<form>${server('SMTP')}<h3>Outgoing webhooks</h3>` +
          '<label><input type="radio" name="wh" value="1"> Enabled</label><label><input type="radio" name="wh" value="0" checked> Disabled</label></form>',
      ),
    ).toEqual([]);
  });
});

describe('a sign-in mechanism list and an option that skips the check', () => {
  // The chosen one second: happy-dom's innerHTML marks the second option selected whichever carries `selected`.
  const mechanisms = (...options: string[]) =>
    `<label>SMTP auth protocol <select name="auth">${options
      .map(
        (option, index) =>
          `<option value="${option.toLowerCase()}"${index === 1 ? ' selected' : ''}>${option}</option>`,
      )
      .join('')}</select></label>`;

  it('CRAM-MD5 becomes the first mechanism that sends the password; LOGIN or PLAIN is left as it is', () => {
    const set = planned(`<form>${server('SMTP')}${mechanisms('LOGIN', 'CRAM', 'PLAIN', 'None')}</form>`);
    expect(set).toEqual([{ kind: 'authentication', side: 'smtp', name: 'auth', want: 'select' }]);
    expect(document.querySelector<HTMLSelectElement>('[name=auth]')?.value).toBe('cram');
    expect(planned(`<form>${server('SMTP')}${mechanisms('LOGIN', 'PLAIN', 'CRAM', 'None')}</form>`)).toEqual([]);
  });

  it.each([
    ['fr', 'Ignorer la vérification TLS'],
    ['es', 'Omitir la verificación del certificado'],
    ['en', 'Skip TLS verification'],
  ])('%s: “%s” is turned off', (_language, label) => {
    expect(
      planned(`<form>${server('SMTP')}<label><input type="checkbox" name="skip" checked> ${label}</label></form>`),
    ).toEqual([{ kind: 'insecure', side: 'smtp', name: 'skip', want: 'uncheck' }]);
  });
});

describe('fields a page opens once the address or server is typed in (no switch in front of them)', () => {
  function typedFirst(html: string) {
    document.body.innerHTML = html;
    const { fields, locked } = collectPage(document);
    const typed = fieldsToTypeFirst(fields, decideMailSetupForm(fields), locked);
    return typed?.form.fields
      .filter(({ field }) => typed.first.has(field.element))
      .map(({ role, field }) => `${role}:${field.name}`);
  }
  const folded = (extra = '') =>
    `<div style="display:none"><label>SMTP server <input name="server"></label><label>Port <input name="port"></label>` +
    `<label>Username <input name="user"></label>${extra}</div>`;

  it('the shown address comes first when the server, port and login are folded away', () => {
    expect(typedFirst(`<form><label>E-mail address <input name="email"></label>${folded()}</form>`)).toEqual([
      'email:email',
    ]);
  });

  it('the shown server comes first when only its port and login are folded away', () => {
    expect(
      typedFirst(
        '<form><h3>SMTP</h3><label>From address <input name="from" type="email"></label>' +
          '<label>Server <input name="host"></label><div style="display:none"><label>Port <input name="port"></label>' +
          '<label>Username <input name="user"></label></div></form>',
      ),
    ).toEqual(['email:from', 'smtpHost:host']);
  });

  it('nothing when the folded fields are no mail server', () => {
    expect(
      typedFirst(
        '<form><label>E-mail address <input name="email"></label><div style="display:none">' +
          '<label>Proxy host <input name="h"></label><label>Proxy port <input name="p"></label></div></form>',
      ),
    ).toBeUndefined();
  });

  it('nothing when the folded server fields sit in another form (a closed dialog beside a sign-up form)', () => {
    expect(
      typedFirst(
        '<form><label>E-mail address <input name="email"></label><label>Name <input name="name"></label></form>' +
          `<form>${folded()}</form>`,
      ),
    ).toBeUndefined();
  });

  it('nothing when the folded server fields come before the address', () => {
    expect(typedFirst(`<form>${folded()}<label>E-mail address <input name="email"></label></form>`)).toBeUndefined();
  });

  it('nothing when the page shows those server fields already', () => {
    expect(
      typedFirst(
        `<form><label>E-mail address <input name="email"></label>${server('SMTP')}` +
          '<div style="display:none"><label>SMTP port <input name="port2"></label></div></form>',
      ),
    ).toBeUndefined();
  });
});

describe('an authentication list', () => {
  it('is set to “Username & password” rather than “Username only”: iCloud signs in with both', () => {
    expect(
      planned(
        `<form>${server('SMTP')}<label>Authentication method <select name="auth"><option selected>None</option>` +
          '<option>Username only</option><option>Username &amp; password</option></select></label></form>',
      ),
    ).toEqual([{ kind: 'authentication', side: 'smtp', name: 'auth', want: 'select' }]);
    const select = document.querySelector('select') as HTMLSelectElement;
    if (!settings) throw new Error('no settings');
    const { fields } = collectPage(document);
    const [plan] = planSwitches(fields, decideMailSetupForm(fields), settings);
    const want = plan?.step.want;
    expect(want?.kind === 'select' && [...select.options].find((option) => want.matches?.(option))?.text).toBe(
      'Username & password',
    );
  });
});

describe('switches read by what their words mean here', () => {
  it('“Validate the SSL/TLS certificate” is no security box: it stays on', () => {
    expect(
      planned(
        `<form>${server('SMTP')}<label><input type="checkbox" name="validate" checked> Validate the SSL/TLS certificate presented by the server</label></form>`,
      ),
    ).toEqual([]);
  });

  it('“Enable STARTTLS support for insecure connections” is turned on, not taken for an insecure option', () => {
    expect(
      planned(
        `<form>${server('SMTP')}<label><input type="checkbox" name="starttls"> Enable STARTTLS support for insecure connections</label></form>`,
      ),
    ).toEqual([{ kind: 'security', side: 'smtp', name: 'starttls', want: 'check' }]);
  });

  it('“Le mot de passe est un jeton d’authentification” says how the password is sent: no authentication switch', () => {
    expect(
      planned(
        `<form>${server('SMTP')}<label><input type="checkbox" name="token"> Le mot de passe est un jeton d'authentification</label></form>`,
      ),
    ).toEqual([]);
  });

  it('“Verificar certificados” right after a security list on “Ninguno” is no “no verificar”: it stays on “Sí”', () => {
    expect(
      planned(
        // select2 shows the chosen option as text after the native select: “… Ninguno Verificar certificados …”.
        `<form>${server('SMTP')}<label for="enc">Seguridad</label><select name="enc" id="enc"><option>SSL</option><option selected>Ninguno</option></select><span>Ninguno</span>` +
          '<label>Verificar certificados de SMTP <select name="verify"><option selected>Sí</option><option>No</option></select></label></form>',
      ),
    ).toEqual([]);
  });

  it('a box after “Ignore certificate errors … validation errors (not recommended)” is never turned on as “verify”', () => {
    expect(
      planned(
        `<form>${server('SMTP')}<div>Ignore certificate errors</div><div>Ignore TLS certificate validation errors (not recommended)</div>` +
          '<input type="checkbox" name="opt1"></form>',
      ),
    ).toEqual([]);
  });

  it('a bare “Enabled” box right before the server fields is turned on', () => {
    expect(planned(`<form><label><input type="checkbox" name="on"> Enabled</label>${server('SMTP')}</form>`)).toEqual([
      { kind: 'enable-server', side: 'smtp', name: 'on', want: 'check' },
    ]);
  });

  it('a provider list on “Custom” is not switched to another provider’s SMTP preset', () => {
    expect(
      planned(
        `<form><label>Service provider <select name="provider"><option value="custom" selected>Custom</option>` +
          `<option value="vendor-smtp">Vendor Mail</option></select></label>${server('SMTP')}</form>`,
      ),
    ).toEqual([]);
  });
});

describe('a bare “Enabled” box of the section before the server fields', () => {
  it('is left as it is', () => {
    expect(
      planned(
        '<form><h3>Webhooks</h3><label><input type="checkbox" name="hooks"> Enabled</label>' +
          `<h3>Outgoing mail</h3>${server('SMTP')}</form>`,
      ),
    ).toEqual([]);
  });
});

describe('a list of other providers’ presets', () => {
  const presets = (options: string, caption = 'Preset service') =>
    `<form><label>${caption} <select name="preset">${options}</select></label>${server('SMTP')}</form>`;
  const others =
    '<option value="smtp.example.com:465:YES:NO:login">Example Mail</option>' +
    '<option value="smtp.example.net:587:YES:YES:login">Example Net</option>';

  it('is set to “Custom”: every preset writes another provider’s server over iCloud’s', () => {
    expect(planned(presets(`${others}<option value="::NO:NO:none">Custom</option>`))).toEqual([
      { kind: 'provider-preset', side: undefined, name: 'preset', want: 'select' },
    ]);
  });

  it('is told by its servers in the values even when its caption says nothing', () => {
    expect(planned(presets(`${others}<option value="">Other</option>`, 'Choose'))).toEqual([
      { kind: 'provider-preset', side: undefined, name: 'preset', want: 'select' },
    ]);
  });

  it('is left alone when it offers iCloud’s own preset', () => {
    expect(
      planned(presets(`${others}<option value="icloud">iCloud Mail</option><option value="">Custom</option>`)),
    ).toEqual([]);
  });

  it('is left alone away from a mail form, and so is a list of presets that are not mail servers', () => {
    expect(
      planned(
        `<form><label>Shipping provider <select name="ship">${others}<option>Other</option></select></label></form>`,
      ),
    ).toEqual([]);
    expect(
      planned(
        `<form><label>Theme preset <select name="theme"><option>Light</option><option>Dark</option><option>Custom</option></select></label>${server('SMTP')}</form>`,
      ),
    ).toEqual([]);
  });

  it('“POP3 / IMAP / Other” is the server type, not presets: IMAP is chosen', () => {
    expect(
      planned(
        '<form><label>Mail service <select name="type"><option value="pop3" selected>POP3</option>' +
          `<option value="imap">IMAP</option><option value="other">Other</option></select></label>${server('IMAP')}</form>`,
      ),
    ).toEqual([{ kind: 'server-type', side: 'imap', name: 'type', want: 'select' }]);
  });

  it('“PHP mail / SMTP / Other” is a sending mode, not presets: SMTP is chosen', () => {
    expect(
      planned(
        '<form><label>Mail service <select name="mailer"><option value="mail" selected>PHP mail</option>' +
          `<option value="smtp">SMTP</option><option value="other">Other</option></select></label>${server('SMTP')}</form>`,
      ),
    ).toEqual([{ kind: 'sending-method', side: 'smtp', name: 'mailer', want: 'select' }]);
  });
});

describe('a collector’s switch (“IMAP fetching”) in front of its hidden block', () => {
  const block = (side: 'IMAP' | 'POP3', name: string) =>
    `<h5>${side} fetching</h5><label><input type="checkbox" name="${name}"></label>` +
    `<div style="display:none"><label>Host <input name="${name}-host"></label><label>Port <input name="${name}-port"></label>` +
    `<label>${side} username <input name="${name}-user"></label></div>`;

  it('opens the IMAP block', () => {
    expect(planned(`<form>${block('IMAP', 'imap')}</form>`)).toEqual([
      { kind: 'enable-server', side: 'imap', name: 'imap', want: 'check' },
    ]);
  });

  it('“E-Mails per IMAP abrufen” opens it too: the German verb as well as the noun “Abruf”', () => {
    const hidden = `<div style="display:none"><label>Host <input name="h"></label><label>Port <input name="p"></label><label>IMAP-Benutzername <input name="u"></label></div>`;
    for (const caption of ['E-Mails per IMAP abrufen', 'IMAP-Abruf'])
      expect(
        planned(`<form><label><input type="checkbox" name="fetch"> ${caption}</label>${hidden}</form>`),
        caption,
      ).toEqual([{ kind: 'enable-server', side: 'imap', name: 'fetch', want: 'check' }]);
  });

  it('“Enable POP3 fetching” beside shown server fields stays off: iCloud has no POP', () => {
    expect(
      planned(`<form>${server('IMAP')}<label><input type="checkbox" name="pop"> Enable POP3 fetching</label></form>`),
    ).toEqual([]);
  });

  it('never opens the POP3 block, though the words before it name IMAP: iCloud has no POP', () => {
    const imapTest = '<a href="#">Test IMAP connection</a>';
    expect(planned(`<form>${imapTest}${block('POP3', 'pop3')}</form>`)).toEqual([]);
  });
});
