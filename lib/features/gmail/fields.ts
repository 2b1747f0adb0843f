/**
 * How to find the fields of Gmail's "Send mail as" window (shared/research/gmail-send-as.md):
 * field names first, label words when the names change. Every list is proved against the pages in
 * tests/fixtures/gmail — which it must match and which it must not — by tests/unit/lib/features/gmail/fields.test.ts.
 */

export const gmailFieldNames = {
  name: 'cfn',
  address: 'cfa',
  smtpHost: 'cfss',
  port: 'cfsp',
  username: 'cfsl',
  password: 'cfsw',
} as const;

/** One radio group per port: `sm587`, `sm465`, `sm25`. */
export const securityGroupName = (port: number | string) => `sm${port}`;

/** The value of each security radio in a port's group. */
export const gmailSecurityValues = { starttls: '2', 'implicit-tls': '1', none: '0' } as const;

export type GmailSecurity = keyof typeof gmailSecurityValues;

/** Where Gmail writes the SMTP server's reply after a failed login. */
export const smtpErrorSelector = '#smErr, .r, .rb';

/**
 * Label words, lower case, compared after folding typographic apostrophes. From the facts file's
 * "Languages": the English words, the German, French, Spanish, Italian, Dutch and Portuguese
 * (Brazil) usernames and aliases, and the TLS/SSL radios. Marked "Gmail UI": Gmail's own strings in
 * that language, not in the facts file.
 */
export const gmailLabelWords = {
  // "SMTP Server", "SMTP-Server", "Serveur SMTP", "Servidor SMTP", "Server SMTP": the same word everywhere.
  smtpHost: ['smtp'],
  username: [
    'username',
    'nutzername',
    "nom d'utilisateur",
    'nombre de usuario',
    'nome utente',
    'gebruikersnaam',
    'nome de usuário',
  ],
  // "Email address"; Gmail UI: "E-Mail-Adresse", "Adresse e-mail", "Indirizzo email",
  // "Dirección de correo electrónico", "E-mailadres", "Endereço de e-mail".
  address: ['email', 'e-mail', 'correo electrónico'],
  // Gmail UI: German. Italian is "Considera come un alias", not "Tratta come un alias"; Spanish guides show both forms.
  alias: [
    'treat as an alias',
    'traiter comme un alias',
    'als alias behandeln',
    'tratar como un alias',
    'tratarlo como un alias',
    'considera come un alias',
    'behandelen als alias',
    'tratar como um alias',
  ],
  // The radio labels name the protocol in every language ("Sichere Verbindung über TLS", "Connexion sécurisée TLS").
  starttls: ['tls'],
  'implicit-tls': ['ssl'],
  // The edit button, "Save Changes"; Gmail UI: German, French, Spanish, Italian.
  editing: [
    'save changes',
    'you are currently using',
    'änderungen speichern',
    'enregistrer les modifications',
    'guardar cambios',
    'salva modifiche',
  ],
} as const;
