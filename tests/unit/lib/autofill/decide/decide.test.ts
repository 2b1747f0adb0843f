import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/autofill/collect/collect';
import { decideMailSetupForm } from '@/lib/autofill/decide/decide';
import type { FieldRole } from '@/lib/autofill/model';

/** Each role, in each language, found from its label; and the gate that keeps look-alikes out. */

function rolesOf(html: string): Partial<Record<FieldRole, string>> | undefined {
  document.body.innerHTML = html;
  const form = decideMailSetupForm(collectFields(document));
  if (!form) return undefined;
  return Object.fromEntries(form.fields.map(({ role, field }) => [role, field.element.getAttribute('data-t')]));
}

const setup = (rows: string) => `<form>${rows}</form>`;
// Names of digits only: a random name could spell a role's word ("…ssl…", "…pop…") and change the test.
let rows = 0;
const row = (label: string, tag = 'x', type = 'text') =>
  `<label>${label} <input type="${type}" data-t="${tag}" name="f${++rows}"></label>`;

describe('decideMailSetupForm finds each role by its label', () => {
  const cases: [string, string, FieldRole][] = [
    ['en', 'Email address', 'email'],
    ['en', 'Your name', 'displayName'],
    ['de', 'E-Mail-Adresse', 'email'],
    ['de', 'Ihr Name', 'displayName'],
    ['fr', 'Adresse e-mail', 'email'],
    ['fr', 'Votre nom', 'displayName'],
    ['es', 'Correo electrónico', 'email'],
    ['es', 'Nombre para mostrar', 'displayName'],
  ];
  it.each(cases)('%s: "%s" is %s', (_language, label, role) => {
    const found = rolesOf(setup(`${row(label, 'it')}${row('SMTP server')}${row('SMTP port')}${row('SMTP username')}`));
    expect(found?.[role]).toBe('it');
  });

  const sided: [string, string, string, string, string, string][] = [
    ['en', 'Incoming mail server', 'Port', 'Username', 'Password', 'imap'],
    ['en', 'Outgoing mail server', 'Port', 'Username', 'Password', 'smtp'],
    ['de', 'Posteingangsserver', 'Port', 'Benutzername', 'Passwort', 'imap'],
    ['de', 'Postausgangsserver', 'Port', 'Benutzername', 'Kennwort', 'smtp'],
    ['fr', 'Serveur entrant', 'Port', "Nom d'utilisateur", 'Mot de passe', 'imap'],
    ['fr', 'Serveur sortant', 'Port', 'Identifiant', 'Mot de passe', 'smtp'],
    ['es', 'Servidor entrante', 'Puerto', 'Usuario', 'Contraseña', 'imap'],
    ['es', 'Servidor saliente', 'Puerto', 'Nombre de usuario', 'Contraseña', 'smtp'],
  ];
  it.each(sided)('%s: "%s", "%s", "%s", "%s" are the %s half', (_language, host, port, user, password, side) => {
    const found = rolesOf(
      setup(`${row(host, 'host')}${row(port, 'port')}${row(user, 'user')}${row(password, 'password', 'password')}`),
    );
    expect(found).toEqual({
      [`${side}Host`]: 'host',
      [`${side}Port`]: 'port',
      [`${side}Username`]: 'user',
      [`${side}Password`]: 'password',
    });
  });

  it('a security select is recognised by its options even under a vague label', () => {
    const found = rolesOf(
      setup(
        `${row('IMAP server', 'host')}${row('IMAP port', 'port')}<label>Mode <select data-t="sec"><option>None</option><option>SSL/TLS</option><option>STARTTLS</option></select></label>`,
      ),
    );
    expect(found?.imapSecurity).toBe('sec');
  });

  it('the section heading decides whether "Server" is IMAP or SMTP', () => {
    const found = rolesOf(
      setup(
        `<h3>IMAP</h3>${row('Server', 'in')}${row('Port', 'in-port')}<h3>SMTP</h3>${row('Server', 'out')}${row('Port', 'out-port')}`,
      ),
    );
    expect(found).toMatchObject({ imapHost: 'in', imapPort: 'in-port', smtpHost: 'out', smtpPort: 'out-port' });
  });

  it('a field without a side takes the side of the field before it', () => {
    const found = rolesOf(setup(`${row('Outgoing server', 'host')}${row('Port', 'port')}${row('Login', 'user')}`));
    expect(found).toEqual({ smtpHost: 'host', smtpPort: 'port', smtpUsername: 'user' });
  });

  it('IMAP and SMTP in two separate forms on one page are one setup', () => {
    document.body.innerHTML = `<form>${row('IMAP host', 'a')}${row('IMAP port', 'b')}</form><form>${row('SMTP host', 'c')}${row('SMTP user', 'd')}</form>`;
    const form = decideMailSetupForm(collectFields(document));
    expect(form?.sides).toEqual(['imap', 'smtp']);
  });

  it('a hidden field is never chosen and does not pass its side to the field after it', () => {
    const trap = (label: string) => `<div style="display:none">${row(label, 'trap')}</div>`;
    const found = rolesOf(
      setup(
        `${trap('SMTP server')}${row('Outgoing server', 'host')}${trap('Incoming port')}${row('Port', 'port')}${row('Username', 'user')}`,
      ),
    );
    expect(found).toEqual({ smtpHost: 'host', smtpPort: 'port', smtpUsername: 'user' });
  });

  it('a POP3 server is never taken for IMAP', () => {
    expect(rolesOf(setup(`${row('POP3 server')}${row('POP3 port')}${row('Username')}`))).toBeUndefined();
  });
});

describe('decideMailSetupForm leaves look-alikes alone', () => {
  it.each([
    ['a login form', `${row('Email')}${row('Password', 'p', 'password')}`],
    ['LDAP', `${row('LDAP server')}${row('Port')}${row('Bind DN')}${row('Bind password', 'p', 'password')}`],
    ['a database', `${row('Host')}${row('Port')}${row('Database')}${row('User')}`],
    ['a proxy', `${row('Proxy host')}${row('Proxy port')}${row('Username')}`],
    ['SFTP', `${row('SFTP server')}${row('Port')}${row('Username')}`],
    ['an unnamed server', `${row('Server')}${row('Port')}${row('Username')}`],
    [
      'an SMTP sign-in source',
      `<h4>Add Authentication Source</h4>${row('SMTP Host')}${row('SMTP Port')}${row('SMTP Username')}`,
    ],
  ])('%s', (_what, rows) => {
    expect(rolesOf(setup(rows))).toBeUndefined();
  });
});

describe('a field that says it is a password is only ever the password', () => {
  it('"Senha do usuário" (a text field) is the password, not the user name, and is never written', async () => {
    document.body.innerHTML = setup(
      `${row('Servidor SMTP', 'host')}${row('Porta SMTP', 'port')}${row('Usuário', 'user')}${row('Senha do usuário', 'pass')}`,
    );
    const form = decideMailSetupForm(collectFields(document));
    expect(form?.fields.map(({ role, field }) => [role, field.element.getAttribute('data-t')])).toContainEqual([
      'smtpPassword',
      'pass',
    ]);
    expect(form?.fields.find(({ field }) => field.element.getAttribute('data-t') === 'pass')?.field.value).toBe('');
  });
});

describe('roles a nearby word must not give', () => {
  it('a name field whose placeholder speaks of the sender’s address is the name, not a second address', () => {
    const found = rolesOf(
      setup(
        `<label for="f">From</label><input id="f" type="email" data-t="from" placeholder="Sender email address">` +
          `<label for="n">From display name</label><input id="n" data-t="name" placeholder="Display name for Sender email address">` +
          `${row('SMTP host')}${row('SMTP port')}${row('SMTP username')}`,
      ),
    );
    expect(found?.email).toBe('from');
    expect(found?.displayName).toBe('name');
  });

  it('a choice list without a number, under help text that names ports, is the encryption, not the port', () => {
    const found = rolesOf(
      setup(
        `${row('SMTP host')}${row('SMTP port', 'port')}` +
          '<div>Select ssl on port 465, or tls on port 25 or 587' +
          '<label><input type="radio" name="enc" value="none" data-t="enc"> None</label>' +
          '<label><input type="radio" name="enc" value="ssl"> SSL</label>' +
          '<label><input type="radio" name="enc" value="tls"> TLS</label></div>',
      ),
    );
    expect(found?.smtpPort).toBe('port');
    expect(found?.smtpSecurity).toBe('enc');
  });
});

describe('what the page shows outweighs what its ids say', () => {
  it('“Nombre” on an id that says friendlyname is the sender’s name', () => {
    document.body.innerHTML = setup(
      '<div><span>Nombre</span><input id="account_friendlyname" data-t="name"></div>' +
        `<div><span>Correo electrónico</span><input id="account_email" data-t="email"></div>` +
        `${row('Servidor saliente', 'host')}${row('Puerto', 'port')}`,
    );
    expect(rolesOf(document.body.innerHTML)).toMatchObject({ displayName: 'name', email: 'email' });
  });

  it('a Return-Path address is not the sender’s', () => {
    expect(
      rolesOf(
        setup(
          `${row('SMTP host', 'host')}${row('Port', 'port')}${row('Username', 'user')}${row('Return-Path Email', 'rp')}`,
        ),
      ),
    ).not.toHaveProperty('email');
  });

  it('a “Protocol” list of None / SSL / TLS is the security; one of IMAP / POP3 is not', () => {
    const list = (options: string) => `<label>Protocol <select data-t="proto">${options}</select></label>`;
    expect(
      rolesOf(
        setup(
          `${row('SMTP host', 'host')}${row('Port', 'port')}${list('<option>None</option><option>SSL</option><option>TLS</option>')}`,
        ),
      ),
    ).toMatchObject({ smtpSecurity: 'proto' });
    expect(
      rolesOf(
        setup(
          `${row('Mail host', 'host')}${row('Port', 'port')}${row('Username', 'user')}${list('<option>IMAP + SSL</option><option>POP3</option>')}`,
        ),
      ),
    ).not.toHaveProperty('imapSecurity');
  });
});

describe('decideMailSetupForm reads captions, examples and values for what they are', () => {
  const smtp = `${row('SMTP server', 'host')}${row('SMTP port', 'port')}${row('SMTP username', 'user')}`;
  const caption = (text: string, input: string) =>
    `<div><label>${text}</label><p>Some help.</p><div>${input}</div></div>`;

  it('a <label> with no for captions the one field of its wrapper', () => {
    const form = setup(
      `${caption('SMTP hostname', '<input data-t="host">')}${caption('SMTP port', '<input data-t="port">')}${caption('SMTP username', '<input data-t="user">')}`,
    );
    expect(rolesOf(form)).toEqual({ smtpHost: 'host', smtpPort: 'port', smtpUsername: 'user' });
  });

  it('a number that is no mail port is not the port', () => {
    const found = rolesOf(
      setup(`${smtp}${row('Sending rate', 'rate', 'number').replace('<input', '<input value="60"')}`),
    );
    expect(found?.smtpPort).toBe('port');
    expect(Object.values(found ?? {})).not.toContain('rate');
  });

  it('a free-text security is typed only under a caption or example that asks for one', () => {
    expect(rolesOf(setup(`${smtp}${row('Encryption', 'enc')}`))?.smtpSecurity).toBe('enc');
    expect(rolesOf(setup(`${smtp}${row('TLS version', 'version')}`))).not.toHaveProperty('smtpSecurity');
    expect(rolesOf(setup(`${smtp}${row('SSL CA file', 'ca')}`))).not.toHaveProperty('smtpSecurity');
  });

  it('a bare "Address" is the sender only where it holds or asks for an address', () => {
    const host = '<h3>Incoming server</h3><label>Address <input data-t="address"></label>';
    expect(rolesOf(setup(`${host}${row('Port', 'port')}${row('Username', 'user')}`))?.email).toBeUndefined();
    const sender = '<label>Address <input data-t="from" value="noreply@example.org"></label>';
    expect(rolesOf(setup(`${sender}${smtp}`))?.email).toBe('from');
  });

  it('"Account name" is the account’s nickname unless its own names say user or login', () => {
    expect(rolesOf(setup(`${row('Account name', 'nick')}${smtp}`))?.smtpUsername).toBe('user');
    const named = '<label>Account name <input data-t="login" name="imap_login"></label>';
    expect(rolesOf(setup(`${named}${row('IMAP server', 'host')}${row('IMAP port', 'port')}`))?.imapUsername).toBe(
      'login',
    );
  });

  it('every From address of one form is the sender, a sender template is left', () => {
    document.body.innerHTML = setup(
      `${row('From address', 'a')}${smtp}${row('System mails: from address', 'b')}${row('From name', 'template').replace('<input', '<input value="[FULLNAME]"')}`,
    );
    const form = decideMailSetupForm(collectFields(document));
    const roles = form?.fields.map(({ role, field }) => `${role}:${field.element.getAttribute('data-t')}`);
    expect(roles).toEqual(expect.arrayContaining(['email:a', 'email:b']));
    expect(roles).not.toContain('displayName:template');
  });

  it('without a <form>, only one From address is taken: the others may be other sending profiles', () => {
    document.body.innerHTML = `${row('From address', 'a')}${smtp}${row('System mails: from address', 'b')}`;
    const form = decideMailSetupForm(collectFields(document));
    expect(form?.fields.filter(({ role }) => role === 'email')).toHaveLength(1);
  });
});

describe('a box of mail properties ("mail.smtp.starttls.enable=true")', () => {
  const server = row('SMTP server', 'host') + row('SMTP port', 'port') + row('SMTP username', 'user');

  it('is the security where its help names a security key', () => {
    expect(
      rolesOf(
        setup(
          `${server}<label for="p">Additional properties</label><span>e.g. "mail.smtp.starttls.enable=true" for TLS</span>` +
            '<textarea id="p" data-t="props"></textarea>',
        ),
      ),
    ).toMatchObject({ smtpSecurity: 'props' });
  });

  it('is nothing where it names no security key', () => {
    expect(
      rolesOf(
        setup(`${server}<label for="p">Additional properties</label><textarea id="p" data-t="props"></textarea>`),
      ),
    ).not.toHaveProperty('smtpSecurity');
  });
});

describe('a box of mail properties is left alone when it is not one property per line, or holds a secret', () => {
  const server = row('SMTP server', 'host') + row('SMTP port', 'port') + row('SMTP username', 'user');
  const box = (text: string) =>
    setup(
      `${server}<label for="p">Additional properties</label><span>e.g. "mail.smtp.starttls.enable=true" for TLS</span>` +
        `<textarea id="p" data-t="props">${text}</textarea>`,
    );

  it.each([
    ['JSON', '{"mail.smtp.starttls.enable": false}'],
    ['two properties on a line', 'mail.smtp.auth=true; mail.smtp.starttls.enable=false'],
    ['a password line', 'mail.smtp.password=hunter2'],
  ])('%s', (_kind, text) => {
    expect(rolesOf(box(text))).not.toHaveProperty('smtpSecurity');
  });

  it('a comment and a blank line are fine', () => {
    expect(rolesOf(box('# for TLS\n\nmail.smtp.timeout=10000'))).toMatchObject({ smtpSecurity: 'props' });
  });
});

describe('a name field whose help says it names the server entry', () => {
  it('is not the sender’s name', () => {
    const named = setup(
      `${row('SMTP server', 'host')}${row('SMTP port', 'port')}${row('SMTP username', 'user')}` +
        '<div>Name <input data-t="entry" name="f-entry"><div>The name of this server in the app.</div></div>',
    );
    expect(rolesOf(named)).not.toHaveProperty('displayName');
  });
});

describe('the sender’s address, however the page words it', () => {
  const server = row('SMTP server', 'host') + row('SMTP port', 'port') + row('SMTP username', 'user');

  it('“Send email messages from” is the address mail is sent from', () => {
    expect(rolesOf(setup(`${server}${row('Send email messages from', 'from')}`))).toMatchObject({ email: 'from' });
  });

  it('a field named “noreply” is the sender’s where its own caption asks for the From address', () => {
    const named = '<label>"From:" email <input data-t="from" name="s_noreply_mail" value="help@example.com"></label>';
    expect(rolesOf(setup(`${server}${named}`))).toMatchObject({ email: 'from' });
  });

  it.each([
    ['en', 'Email limit'],
    ['es', 'Máximo de Correos'],
  ])('%s: a count of mails (“%s”: 5) is no address', (_language, label) => {
    const count = `<label>${label} <input data-t="count" name="f-count" value="5"></label>`;
    expect(rolesOf(setup(`${server}${count}`))).not.toHaveProperty('email');
  });
});

describe('a host caption that says how to write the host', () => {
  it('“Server IP/Hostname + Port (For encryption use prefix ssl:// or tls://)” is the server', () => {
    const caption = 'Server IP/Hostname + Port (For encryption use prefix ssl:// or tls://)';
    const found = rolesOf(
      setup(
        `<label>${caption} <input data-t="host" name="_smtp_host"></label>${row('SMTP username', 'user')}` +
          row('SMTP password', 'password', 'password'),
      ),
    );
    expect(found).toMatchObject({ smtpHost: 'host', smtpUsername: 'user' });
  });
});

describe('a form of its own without servers', () => {
  const servers = `<form>${row('SMTP server', 'host')}${row('SMTP port', 'port')}${row('SMTP username', 'user')}</form>`;
  const named = `<form>${row('Your name', 'name')}</form>`;

  it('joins the servers’ form when both are shown', () => {
    expect(rolesOf(`${servers}${named}`)).toMatchObject({ displayName: 'name' });
  });

  it('joins them too when its first field is a hidden trap for the browser’s autofill', () => {
    const trapped = `<form><input name="fake" style="display:none">${row('Your name', 'name')}</form>`;
    expect(rolesOf(`${servers}${trapped}`)).toMatchObject({ displayName: 'name' });
  });

  it('stays apart when it sits in a closed tab: that tab holds other settings', () => {
    const tabs =
      '<div role="tablist"><a role="tab" href="#mail">Mail</a><a role="tab" aria-controls="site">Site</a></div>';
    expect(rolesOf(`${tabs}<div id="mail">${servers}</div><div id="site" hidden>${named}</div>`)).not.toHaveProperty(
      'displayName',
    );
  });
});

describe('a block before an outgoing block that alone names its side', () => {
  const radios = (caption: string, tag: string) =>
    `<p>${caption}</p>` +
    ['None', 'SSL', 'TLS']
      .map((text) => `<label><input type="radio" name="f${++rows}" data-t="${tag}" value="${text}"> ${text}</label>`)
      .join('');

  it('“Serveur / Port / Chiffrement” before “Serveur sortant (SMTP) / Port / Chiffrement sortant” is the incoming server', () => {
    expect(
      rolesOf(
        setup(
          `${row('Serveur', 'h1')}${row('Port', 'p1')}${radios('Chiffrement', 's1')}` +
            `${row('Serveur sortant (SMTP)', 'h2')}${row('Port', 'p2')}${radios('Chiffrement sortant', 's2')}`,
        ),
      ),
    ).toMatchObject({ imapHost: 'h1', imapPort: 'p1', imapSecurity: 's1', smtpHost: 'h2', smtpPort: 'p2' });
  });
});

describe('servers that are not mail servers', () => {
  it('a Sieve server (mail filters, port 4190) is no mail setup, though it signs in with the IMAP user', () => {
    const security =
      '<label>Sieve security <select data-t="s"><option>None</option><option>SSL/TLS</option><option selected>STARTTLS</option></select></label>';
    expect(
      rolesOf(
        setup(
          `<h3>Sieve server</h3><label>Sieve host <input data-t="h" name="f${++rows}" value="mail.acme.example"></label>` +
            `${security}<label>Sieve Port <input data-t="p" name="f${++rows}" value="4190"></label>` +
            `${row('IMAP username')}`,
        ),
      ),
    ).toBeUndefined();
  });
});

describe('a credential dialog titled by its header', () => {
  it('“SMTP account” names its fields, each in its own <form>, however deep they sit', () => {
    const deep = (inner: string) =>
      ['body', 'panel', 'config', 'content', 'params', 'group', 'wrapper', 'item', 'row'].reduce(
        (html, name) => `<div class="${name}">${html}</div>`,
        inner,
      );
    const own = (label: string, tag: string, type = 'text') =>
      `<form><label><span>${label}</span> <input type="${type}" data-t="${tag}" name="f${++rows}"></label></form>`;
    expect(
      rolesOf(
        `<div role="dialog" aria-modal="true"><header><div><span>SMTP account</span></div><button>Save</button></header>` +
          // Text enough between the title and the first field that the title is no caption of it.
          '<div>Connection Sharing Details</div><div role="alert">Need help filling out these fields? Open the docs to learn more about these credentials</div>' +
          deep(
            `${own('User', 'user')}${own('Password', 'password', 'password')}${own('Host', 'host')}${own('Port', 'port')}`,
          ) +
          '</div>',
      ),
    ).toEqual({ smtpUsername: 'user', smtpPassword: 'password', smtpHost: 'host', smtpPort: 'port' });
  });
});
