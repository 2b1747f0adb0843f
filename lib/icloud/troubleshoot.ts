import type { serverFields } from './audit';

/**
 * From a symptom the user picks, or an error message they paste, to the likely causes and their
 * fixes (shared/research/icloud-facts.md, "Troubleshooting facts"). Each check's words live in the
 * locales under guide.trouble.check.<Check>.cause / .fix; this file only decides which ones apply.
 */

export const symptoms = [
  'authentication',
  'certificate',
  'starttls',
  'timeout',
  'sendsButCannotReceive',
  'receivesButCannotSend',
] as const;
export type Symptom = (typeof symptoms)[number];

export type Check =
  | 'appPassword'
  | 'appPasswordRevoked'
  | 'twoFactor'
  | 'smtpUsername'
  | 'securityForPort'
  | 'hostName'
  | 'portNotOffered'
  | 'oldClient'
  | 'clock'
  | 'portBlocked'
  | 'popAccount'
  | 'incomingSettings'
  | 'outgoingSettings';

/** The settings a check tells the user to compare against; the page shows the real values beside it. */
export type SettingName = (typeof serverFields)[number];

export const settingsToCompare: Partial<Record<Check, readonly SettingName[]>> = {
  smtpUsername: ['smtpUsername'],
  securityForPort: ['imapPort', 'imapSecurity', 'smtpPort', 'smtpSecurity'],
  hostName: ['imapHost', 'smtpHost'],
  portNotOffered: ['imapPort', 'smtpPort'],
  incomingSettings: ['imapHost', 'imapPort', 'imapSecurity', 'imapUsername'],
  outgoingSettings: ['smtpHost', 'smtpPort', 'smtpSecurity', 'smtpUsername'],
};

const checksFor: Record<Symptom, readonly Check[]> = {
  authentication: ['appPassword', 'smtpUsername', 'appPasswordRevoked', 'twoFactor'],
  certificate: ['securityForPort', 'hostName', 'clock', 'oldClient'],
  starttls: ['securityForPort', 'portNotOffered', 'oldClient'],
  timeout: ['portBlocked', 'portNotOffered', 'hostName'],
  // The same app-specific password signs in to both servers, so when one direction works the password is fine.
  sendsButCannotReceive: ['incomingSettings', 'popAccount'],
  receivesButCannotSend: ['outgoingSettings', 'portBlocked'],
};

/** What to go through when nothing more specific is known. */
export const generalChecklist: readonly Check[] = [
  'twoFactor',
  'appPassword',
  'hostName',
  'portNotOffered',
  'securityForPort',
  'smtpUsername',
  'portBlocked',
  'clock',
];

// Wording of real clients and libraries (Gmail, Outlook, Thunderbird, Nodemailer, Python, OpenSSL), some localised.
const signs: Record<Symptom, readonly RegExp[]> = {
  authentication: [
    /\b535\b/,
    /\b5\.7\.8\b/,
    /auth\w*\s+(failed|failure|error|unsuccessful)/i,
    /\bEAUTH\b|SMTPAuthenticationError|AUTHENTICATIONFAILED/i,
    /invalid (login|credentials|password)|username and password not accepted|login (failed|denied)|login to server.{0,80}failed/i,
    /(password|passwort|mot de passe|contraseña).{0,30}(incorrect|wrong|rejected|falsch|abgelehnt|incorrecto)/i,
    /anmeldung fehlgeschlagen|authentifizierung fehlgeschlagen|échec de l.authentification|error de autenticación/i,
  ],
  certificate: [
    /certificat|zertifikat|certificado|\bcert\b|CERT_/i,
    /SSL_ERROR_\w+|ERR_SSL\w*|SSLError|sslv3 alert|tlsv1 alert/i,
    /handshake|unable to verify|self[- ]signed|unknown ca|protocol version/i,
  ],
  starttls: [/starttls/i, /\b530\b.*\b5\.7\.0\b|must issue a starttls/i, /wrong version number|ssl3_get_record/i],
  timeout: [
    /time[sd]?[- ]?out|ETIMEDOUT|ECONNREFUSED|ECONNRESET|connection refused|connection reset/i,
    /(could not|couldn.t|unable to|cannot) (connect|reach)|network is unreachable|no route to host|0x800CCC0E/i,
    /zeitüberschreitung|délai d.attente|tiempo de espera|conexión rechazada|connexion refusée/i,
  ],
  sendsButCannotReceive: [
    /(can|able to) send.{0,40}(not|n.t|never|no) (receive|get|fetch)/i,
    /(not|no|n.t) (receiving|getting) (mail|messages|emails)/i,
  ],
  receivesButCannotSend: [
    /(can|able to) receive.{0,40}(not|n.t|never|no) send/i,
    /(cannot|can.t|unable to) send|sending fails|outgoing.{0,20}fail/i,
  ],
};

/** The symptoms a pasted error message shows, in the order of `symptoms`; none when nothing is recognised. */
export function symptomsIn(errorText: string): Symptom[] {
  return symptoms.filter((symptom) => signs[symptom].some((sign) => sign.test(errorText)));
}

/** The checks for these symptoms, most likely first and each once; the general checklist when there are none. */
export function checksForSymptoms(found: readonly Symptom[]): readonly Check[] {
  if (found.length === 0) return generalChecklist;
  return [...new Set(found.flatMap((symptom) => checksFor[symptom]))];
}
