import type { Side } from '../model';

/**
 * Keyword patterns for what a field is, in English, German, French and Spanish (the password
 * words in more). They run on normalised text (see normalise.ts): lower case, no accents, words
 * split at case changes and punctuation. Each list's matching and non-matching pages are in tests/fixtures/forms.
 */

export type BaseRole = 'email' | 'displayName' | 'host' | 'port' | 'security' | 'username' | 'password';

export interface RolePatterns {
  /** Matched against labels, placeholders, titles and the text around the field. */
  label: RegExp;
  /** Matched against name, id, autocomplete and data-* attributes. */
  name: RegExp;
  /** A match here rules the role out, whichever text it is found in. */
  not?: RegExp;
  /** A match here rules the role out for good, however well the rest fits ("Send a test to"). */
  never?: RegExp;
  /** Labels that name the role only loosely: such a field loses a tie to one named plainly. */
  loose?: RegExp;
}

// Beyond en/de/fr/es too: a "Senha" (pt) or "Hasło" (pl) field is a password field, never read or written.
// Its own constant, so a small content script can take it without the other roles.
export const passwordPatterns: RolePatterns = {
  label: new RegExp(
    [
      /\bpass(?:word|wort|phrase|ord)?\b|kennwort|mot de passe|contrasena|\bclave\b|\bsecret\b|app specific|\bpwd\b/,
      /\bsenha\b|wachtwoord|parola d ordine|\bhaslo\b|losenord|\bsifre\b|\bheslo\b|salasana|adgangskode|\bjelszo\b/,
      /パスワード|пароль|密码|密碼|비밀번호/,
    ]
      .map(({ source }) => source)
      .join('|'),
  ),
  name: /pass|pwd|secret|kennwort|contrasena|senha|wachtwoord|haslo|losenord|\bsifre\b|heslo|salasana/,
};

export const rolePatterns: Record<BaseRole, RolePatterns> = {
  host: {
    label: /\bhost\w*|server\b|\b(?:serveur|servidor|hote)\b/,
    name: /host|server|srv|serveur|servidor/,
    not: /\bport|puerto|\buser|benutzer|login|passw|kennwort|secur|\bssl\b|\btls\b|encrypt|verschlussel|\btype\b|\btyp\b|protocol|protokoll|timeout|auth|name of the|type de serveur|tipo de servidor/,
  },
  port: {
    label: /\bport(?:nummer|number|no)?\b|\bpuerto\b|\bporta\b/,
    name: /(?:^|\s|smtp|imap|mail|server|srv)port(?:\s|$|nr|no|num)/,
    not: /passport|support|report|import|export|transport/,
  },
  security: {
    label:
      /secur|encrypt|\bssl\b|\btls\b|starttls|verschlussel|sicherheit|sichere verbindung|chiffr|cifrad|seguridad|conexion segura|connexion securisee|connection type|verbindungstyp|type de connexion|tipo de conexion|crypt|\bprotocol\b|protokoll|protocole|protocolo/,
    name: /secur|encrypt|ssl|tls|crypt|starttls|verschl/,
    // "Ignore TLS", "Allow self-signed": options that lower security are switches (decide/switches.ts), not the security.
    not: /certificat|zertifikat|certificado|\bcert\b|verify|verif|pruf|ignor|disable|skip|insecure|self ?signed|auto ?sign|auto ?firm|selbst ?sign|\ballow|autoris|permit|\bport\b|\bpuerto\b|passw|kennwort|\buser|benutzer|\bkey\b|schlussel|\bcle\b|clave|passphrase|question|frage|answer|version|cipher|\bca\b|\bfile\b|\bpath\b|token/,
  },
  username: {
    label:
      /\buser ?name\b|\buser\b|\blogin\b|\b(?:smtp|imap)s? id\b|\bid (?:smtp|imap)s?\b|\blogin name\b|benutzer|nutzername|anmeldename|identifiant|utilisateur|usuario|account name|kontoname|nom de compte|nombre de cuenta|\buser id\b/,
    name: /user|login|uname|\busr\b|benutzer|utilisateur|usuario|account|(?:smtp|imap|mail)s? ?id\b/,
    not: /passw|kennwort|mot de passe|contrasena|senha|wachtwoord|haslo|losenord|sifre|display|anzeige|full name|real name|\bhost ?name\b|\bhost\b(?! user)|server (?:name|address|adresse)|(?:^|\s)server$/,
    // Mail apps call the account's own nickname its "Account name", next to the real "User name".
    loose: /account name|kontoname|nom de compte|nombre de cuenta/,
  },
  password: passwordPatterns,
  email: {
    label:
      /\be ?mail(?: address| adresse)?\b(?! (?:messages?|notifications?|batch|logs?)\b)|\bmailadresse\b|\bmail address\b|courriel|adresse (?:e ?)?mail|\bcorreo(?: electronico)?\b|absenderadresse|from address|sender address|adresse de l expediteur|direccion de correo|email de remitente|\bsend (?:\w+ ){0,2}from$|^(?:from|sender|absender|expediteur|remitente)$/,
    name: /e ?mail|mail ?addr|from ?addr|sender ?addr|courriel|correo/,
    // Addresses that are not the account's: recipients, copies, replies, prefixes, domains, filters.
    not: /server|host|\bport|\buser|benutzer|passw|kennwort|confirm|bestatig|repeat|wiederhol|verify/,
    never:
      /prefix|prefixe|prafix|prefijo|return ?path|envelope|suffix|suffixe|sufijo|\btest|recipient|destinat|empfanger|(?:^|\s)to(?: e ?mail| address| addr)?$|\bto e ?mail\b|\bsend (?:\w+ ){0,2}to\b|sendto|\bcc\b|\bbcc\b|\bcci\b|reply|antwort|repondre|respuesta|divert|redirect|forward|weiterleit|transfer|reenviar|filter|filtre|filtro|domain|domaine|dominio|friendly|bounce|errors? to|fehler|erreurs|autocopy|copy to|kopie|copie|copia|noreply|no reply|nicht antworten|ne pas repondre|no responder|contact|kontakt|contacto|global config|\bgit\b|e ?mail (?:\w+ )?name\b|(?:from|sender|display|full|real) ?name\b/,
  },
  displayName: {
    label:
      /\b(?:your |full |display |sender |from |real |sender s )?name\b|anzeigename|absendername|ihr name|vollstandiger name|\bnom\b|votre nom|nom complet|nom d affichage|nom de l expediteur|\bnombre\b|tu nombre|nombre completo|nombre para mostrar|nombre del remitente/,
    name: /(?:^|\s)(?:display ?name|full ?name|from ?name|sender ?name|real ?name|your ?name|name)(?:\s|$)|fullname|fromname|realname|displayname|sendername/,
    not: /\buser|benutzer|utilisateur|usuario|\bhost ?name|server ?name|server address|nom du serveur|nombre del servidor|\baccount\b|\bkonto|\bcompte\b|\bcuenta\b|domain|login|company|firma|societe|empresa|\bstore\b|\bshop\b|boutique|tienda|magasin|geschaft|organi[sz]ation|business|first|last|vorname|nachname|prenom|apellido|\bfile|datei|folder|ordner|dossier|carpeta|database|\bdb\b|\bcn\b|\bdn\b|contact|kontakt|contacto|friendly|global config|\bgit\b|\bsite\b|board|reply|antwort|repondre|respuesta|admin|noreply|no reply|description|beschreibung|(?:^|\s)to$|recipient|destinat|empfanger|endpoint|target|profile|\blabel\b|title|identifier|bezeichnung|libelle/,
    // A bare "Name" is often a saved item's own name (a server, a media type): it counts only beside the address.
    loose: /^(?:name|nom|nombre)$/,
  },
};

export const sidePatterns: Record<Side, RegExp> = {
  imap: /imap|incoming|inbound|posteingang|eingang|eingehend|entrant|reception|entrante|recepcion|entrada|\breceiv|empfang|abholen|recevoir|recibir/,
  smtp: /smtp|outgoing|outbound|postausgang|ausgang|ausgehend|sortant|\benvoi\b|d envoi|saliente|salida|\bsending\b|\bsend\b|versand|senden|submission|enviar|\benvio\b|\brelay\b/,
};

/** Words that make an address field the sender's own: it wins over the other addresses of the form. */
export const senderSignal =
  /\bfrom\b|sender|absender|expediteur|remitente|\bsend (?:e ?mail )?as\b|sent from|mail from|origen|origine|envoi|emetteur|emisor/;

/** POP3 fields are incoming but not IMAP: iCloud has no POP, so they are never filled. */
export const popPattern = /\bpop ?3?\b/;

/** Words that only a mail-server form uses. */
export const mailSignal =
  /imap|smtp|\bpop ?3?\b|mail ?server|mailserver|e mail server|incoming (?:mail|server)|outgoing (?:mail|server)|posteingang|postausgang|serveur (?:de )?(?:courrier|messagerie|mail|entrant|sortant)|courrier (?:entrant|sortant)|servidor (?:de )?(?:correo|entrante|saliente)|correo (?:entrante|saliente)|mail account|e mail konto|compte (?:de )?(?:messagerie|courrier)|cuenta de correo|mailbox|postfach/;

/** A server that checks users' sign-ins (an "authentication source" of type SMTP or IMAP): not a mail account. */
export const signInSourceSignal =
  /\bauth(?:entication)? sources?\b|\blog ?in sources?\b|\bsign ?in sources?\b|authentifizierungsquelle|anmeldequelle|sources? d authentification|(?:fuente|origen)(?:s|es)? de autenticacion/;

/** Forms that look like mail setup but are something else: directory, file transfer, database, proxy, shop, newsletter. */
export const lookAlikeSignal =
  /ldap|bind ?dn|base ?dn|\bdn\b|active directory|verzeichnisdienst|annuaire|\bftps?\b|\bsftp\b|\bssh\b|database|datenbank|base de donnees|base de datos|mysql|postgres|mariadb|mongo|sql ?server|\bdb ?name\b|sslmode|ssl mode|proxy|socks|checkout|card ?number|kartennummer|numero de carte|numero de tarjeta|\bcvv\b|\bcvc\b|billing|newsletter|virtual ?host|document ?root|webroot|\bsieve\b|managesieve/;
