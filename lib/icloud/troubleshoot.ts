import type { serverFields } from './audit';
import { icloudMail } from './icloud';

/**
 * From a symptom the user picks, or an error message they paste, to the likely causes and their
 * fixes (shared/research/icloud-facts.md, "Troubleshooting facts"). Each check's words live in the
 * locales under guide.trouble.check.<Check>.cause / .fix; this file only decides which ones apply.
 * The error texts this must recognise, and what each must give, are pinned in
 * tests/fixtures/error-texts.ts.
 */

export const symptoms = [
  'authentication',
  'incomingLogin',
  'senderRejected',
  'dailyLimit',
  'messageTooLarge',
  'unknownHost',
  'certificate',
  'starttls',
  'sslOnStarttlsPort',
  'noGreeting',
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
  | 'imapUsername'
  | 'senderNotOnAccount'
  | 'dailyLimit'
  | 'messageSize'
  | 'securityForPort'
  | 'sslOnStarttlsPort'
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
  imapUsername: ['imapUsername'],
  securityForPort: ['imapPort', 'imapSecurity', 'smtpPort', 'smtpSecurity'],
  sslOnStarttlsPort: ['smtpPort', 'smtpSecurity'],
  hostName: ['imapHost', 'smtpHost'],
  portNotOffered: ['imapPort', 'smtpPort'],
  incomingSettings: ['imapHost', 'imapPort', 'imapSecurity', 'imapUsername'],
  outgoingSettings: ['smtpHost', 'smtpPort', 'smtpSecurity', 'smtpUsername'],
};

const checksFor: Record<Symptom, readonly Check[]> = {
  authentication: ['appPassword', 'smtpUsername', 'appPasswordRevoked', 'twoFactor'],
  // The incoming server takes the name part or the full address; the outgoing rule does not apply.
  incomingLogin: ['appPassword', 'imapUsername', 'appPasswordRevoked', 'twoFactor'],
  senderRejected: ['senderNotOnAccount'],
  dailyLimit: ['dailyLimit'],
  messageTooLarge: ['messageSize'],
  unknownHost: ['hostName'],
  certificate: ['securityForPort', 'hostName', 'clock', 'oldClient'],
  starttls: ['securityForPort', 'portNotOffered', 'oldClient'],
  sslOnStarttlsPort: ['sslOnStarttlsPort'],
  // The app waited for the server's first line: it speaks plain text to a port that expects TLS, or the network holds it up.
  noGreeting: ['securityForPort', 'portNotOffered', 'portBlocked'],
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

/** A sign is one pattern, or several that must all be found. */
type Sign = RegExp | readonly RegExp[];

// A login was refused, in the words of clients and libraries in English, German, French and Spanish.
const loginRefused: readonly RegExp[] = [
  /\b535\b|\b5\.7\.8\b/,
  /\bEAUTH\b|SMTPAuthenticationError|AUTHENTICATIONFAILED/i,
  /auth\w*\s+(failed|failure|error|unsuccessful)|unable to authenticate|could not authenticate|rejected your login/i,
  /invalid (login|credentials|password)|username and password not accepted|login (failed|denied)|login to server.{0,120}failed/i,
  /(user ?name|password).{0,40}(is |was )?(incorrect|wrong|rejected|not accepted)/i,
  /(anmeldung|authentifizierung)\b.{0,120}fehlgeschlagen|nicht authentifiziert|passwort.{0,30}(falsch|abgelehnt)/i,
  /échec (de l.|d.)authentification|impossible de s.authentifier|échec de la connexion.{0,120}nom d.utilisateur/i,
  /error de autenticación|imposible autentificar|no se puede identificar|inicio de sesión.{0,120}(ha fallado|falló)|no se pudo iniciar sesión|contraseña.{0,30}incorrecta/i,
];

// The failing side is the incoming server: its host, its protocol, or the client's words for it.
const incomingSide =
  /\bimap\b|\bimap\.|AUTHENTICATIONFAILED|incoming|cannot get mail|posteingang|eingehend|serveur (entrant|de réception)|servidor (entrante|de entrada)/i;

const signs: Record<Symptom, readonly Sign[]> = {
  authentication: loginRefused,
  incomingLogin: loginRefused.map((refused) => [refused, incomingSide]),
  senderRejected: [
    /from address is not one of your addresses|sender address rejected|sender (address )?(was )?refused|SMTPSenderRefused/i,
    /from address failed|envelope from address .{0,80}not accepted|mail command failed/i,
    /absenderadresse.{0,40}(nicht korrekt|abgelehnt)|adresse d.expéditeur.{0,40}(échoué|refusée)|dirección de remitente.{0,40}(falló|rechazada)/i,
  ],
  dailyLimit: [
    /(daily|per day|a day|24 hours?)\b.{0,60}(limit|quota)|(limit|quota)\w*.{0,60}(daily|per day|a day|exceeded|reached)/i,
    /messages per day|sending quota|tageslimit|limite (quotidienne|d.envoi)|límite (diario|de envío)/i,
  ],
  messageTooLarge: [
    /message size exceeds|size limit|\b5\.3\.4\b|message (is )?too (large|big)|größenlimit|taille.{0,40}limite|límite.{0,40}tamaño/i,
  ],
  unknownHost: [
    /ENOTFOUND|EAI_AGAIN|getaddrinfo|gaierror|name or service not known|nodename nor servname|no such host|unknown host|could not resolve|cannot locate host/i,
    /\b(is unknown|ist unbekannt|est inconnu|es desconocido)\b/i,
  ],
  certificate: [
    /certificat|zertifikat|certificado|\bcert\b|CERT_|altnames/i,
    /SSL_ERROR_\w+|ERR_SSL\w*|SSLError|sslv3 alert|tlsv1 alert/i,
    /handshake|unable to verify|self[- ]signed|unknown ca|protocol version|local issuer/i,
  ],
  starttls: [/starttls/i, /\b530\b.*\b5\.7\.0\b|must issue a starttls|SMTP AUTH extension not supported/i],
  sslOnStarttlsPort: [/wrong[ _]version[ _]number|ssl3_get_record|unexpected TLS packet/i],
  noGreeting: [/greeting never received|initial OK message|incorrect greeting/i],
  timeout: [
    /time[sd]?[- ]?out|ETIMEDOUT|ECONNREFUSED|ECONNRESET|connection refused|connection reset|connection was refused/i,
    /(could not|couldn.t|unable to|cannot|failed to) (connect|reach)|connecting to .{0,80}failed|connection to the server failed/i,
    /network is unreachable|no route to host|0x800CCC0E/i,
    /zeitüberschreitung|verbindung.{0,60}(fehlgeschlagen|verweigert)|keine verbindung/i,
    /délai.{0,40}(dépassé|expiré|d.attente)|temps limite.{0,60}dépassé|impossible de se connecter|connexion refusée|la connexion a été refusée/i,
    /tiempo de espera|ha caducado|conexión rechazada|la conexión fue rechazada|no se pudo conectar|imposible conectar/i,
  ],
  sendsButCannotReceive: [
    /(can|able to) send.{0,40}(not|n.t|never|no) (receive|get|fetch)/i,
    /(not|no|n.t) (receiving|getting) (mail|messages|emails)/i,
  ],
  receivesButCannotSend: [
    /(can|able to) receive.{0,40}(not|n.t|never|no) send/i,
    /(cannot|can.t|unable to) send\b(?! mail - all recipients)|sending fails|outgoing.{0,20}fail/i,
  ],
};

/** A more specific symptom hides the general one it implies, so the answer is not diluted. */
const hides: Partial<Record<Symptom, readonly Symptom[]>> = {
  authentication: ['receivesButCannotSend'],
  incomingLogin: ['authentication'],
  senderRejected: ['authentication', 'receivesButCannotSend'],
  dailyLimit: ['receivesButCannotSend'],
  messageTooLarge: ['dailyLimit', 'receivesButCannotSend'],
  unknownHost: ['timeout', 'receivesButCannotSend'],
  sslOnStarttlsPort: ['starttls', 'certificate'],
  noGreeting: ['timeout'],
};

const matches = (sign: Sign, text: string) =>
  sign instanceof RegExp ? sign.test(text) : sign.every((part) => part.test(text));

/** The symptoms a pasted error message shows, in the order of `symptoms`; none when nothing is recognised. */
export function symptomsIn(errorText: string): Symptom[] {
  const found = new Set(symptoms.filter((symptom) => signs[symptom].some((sign) => matches(sign, errorText))));
  if (wrongHostsIn(errorText).length > 0) found.add('unknownHost');
  for (const symptom of [...found]) for (const hidden of hides[symptom] ?? []) found.delete(hidden);
  return symptoms.filter((symptom) => found.has(symptom));
}

/** The checks for these symptoms, most likely first and each once; the general checklist when there are none. */
export function checksForSymptoms(found: readonly Symptom[]): readonly Check[] {
  if (found.length === 0) return generalChecklist;
  return [...new Set(found.flatMap((symptom) => checksFor[symptom]))];
}

/** A server name in an error that looks meant for iCloud but is not one of its servers, and which one to use. */
export interface WrongHost {
  found: string;
  use: 'imap' | 'smtp' | 'either';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Host names, not the domain of an address (alex@icloud.com) or of a web link (https://support.apple.com/…).
const hostPattern = /(?<![\w@/.-])[a-z0-9-]+(?:\.[a-z0-9-]+)+(?![\w-]|\.\w)/gi;
const icloudDomain = /(^|\.)(icloud|me|mac)\.com$/;

/**
 * Old, misspelt or guessed iCloud server names an error message names ("getaddrinfo ENOTFOUND
 * smtp.icloud.com"). None is a server Apple documents (icloud-facts.md, "Old host names").
 */
export function wrongHostsIn(errorText: string): WrongHost[] {
  const { imap, smtp, oldHosts } = icloudMail;
  const hosts = new Set([...errorText.matchAll(hostPattern)].map(([host]) => host.toLowerCase()));
  const wrong: WrongHost[] = [];
  for (const host of hosts) {
    if (host === imap.host || host === smtp.host || /^[\d.]+$/.test(host)) continue;
    const toImap = editDistance(host, imap.host);
    const toSmtp = editDistance(host, smtp.host);
    const misspelt = Math.min(toImap, toSmtp) <= 3;
    const looksIcloud = icloudDomain.test(host) && !/^(www|support|appleid|account)\./.test(host);
    if (!(misspelt || looksIcloud || (oldHosts as readonly string[]).includes(host))) continue;
    const incoming = misspelt ? toImap < toSmtp : /^(imap|pop)/.test(host);
    const outgoing = misspelt ? toSmtp < toImap : /^(smtp|smpt|mx)/.test(host);
    wrong.push({ found: host, use: incoming === outgoing ? 'either' : incoming ? 'imap' : 'smtp' });
  }
  return wrong;
}
