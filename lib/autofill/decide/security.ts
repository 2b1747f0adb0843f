import type { ConnectionSecurity } from '../../icloud/icloud';

/**
 * What a security choice means, read from its visible words. The same value means different
 * things in different apps (`1`, `true`, `tls`), so values count only when a choice has no text.
 */
export type SecurityMeaning = 'starttls' | 'implicit-tls' | 'tls' | 'encrypted' | 'none' | 'unknown';

export function securityMeaning(text: string): SecurityMeaning {
  // "No SSL", "ohne TLS", "sans chiffrement": a negation comes before the word it negates.
  if (
    /\b(?:no|without|ohne|kein|keine|sans|sin|aucun)\s+(?:ssl|tls|starttls|encryption|verschlusselung|chiffrement|cifrado)\b/.test(
      text,
    )
  )
    return 'none';
  if (/starttls|start tls|explicit|explizit/.test(text)) return 'starttls';
  // "SECURE_SMTP", a choice of its own: JavaMail's name for SMTPS ("Use secure SMTP" is only "encrypted").
  if (/\bssl\b|implicit|implizit|smtps|imaps|\bssl tls\b|^secure (?:smtp|imap|pop3?)$/.test(text))
    return 'implicit-tls';
  if (/\btls\b/.test(text)) return 'tls';
  if (
    /\bnone\b|\bno\b|\bnein\b|keine|\bohne\b|aucun|\bsans\b|ningun|\bsin\b|plain|unencrypted|unsecured|insecure|unsicher|\boff\b|disabled|klartext|non chiffre|unverschlusselt|sin cifrar/.test(
      text,
    )
  )
    return 'none';
  if (/secur|encrypt|verschlussel|chiffr|cifrad|segur|sicher/.test(text)) return 'encrypted';
  return 'unknown';
}

/** "Always use STARTTLS", "STARTTLS (required)": the upgrade is not left to the server. */
const requiredWords =
  /\balways\b|requir|\bforce|enforce|mandatory|erzwing|\bimmer\b|erforderlich|toujours|obligatoire|forcer|siempre|obligatori|forzar/;
/** "Use STARTTLS if available", "opportunistic": a server that offers none is used in the clear. */
const ifAvailableWords =
  /if (?:available|supported|possible|offered)|when available|opportunist|falls (?:verfugbar|moglich)|wenn (?:verfugbar|moglich)|si (?:disponible|possible)|optional|optionnel|opcional/;

/**
 * A choice's meaning: its visible text first; a wordy value only when the choice shows no text.
 * "Yes" under a "Use SSL" label means what the label says.
 */
export function choiceMeaning(text: string, value: string, labelMeaning: SecurityMeaning): SecurityMeaning {
  if (/^(?:yes|ja|oui|si|true|on|enabled?|aktiviert|active|activado)$/.test(text)) return labelMeaning;
  // "Use encryption: Preferred / Always / Never": how often the label's security is used.
  if (labelMeaning !== 'unknown' && labelMeaning !== 'none') {
    if (/^(?:never|nie|niemals|jamais|nunca)$/.test(text)) return 'none';
    if (
      requiredWords.test(text) ||
      ifAvailableWords.test(text) ||
      /^(?:preferred|bevorzugt|prefere|preferido)$/.test(text)
    )
      return labelMeaning;
  }
  const fromText = securityMeaning(text);
  if (fromText !== 'unknown' || /[a-z]/.test(text)) return fromText;
  // Values may be JSON strings: "starttls".
  const bare = value.replace(/^"(.*)"$/, '$1');
  return /^[a-z_-]+$/i.test(bare) ? securityMeaning(bare.toLowerCase()) : 'unknown';
}

/**
 * Index of the choice that gives `wanted` security, or -1. "TLS" alone means STARTTLS when the
 * same list also offers SSL, and SSL/TLS from the first byte when it offers STARTTLS. Of two
 * choices of the same kind ("STARTTLS if available", "Always STARTTLS"), the one that insists.
 */
export function pickSecurity(
  meanings: readonly SecurityMeaning[],
  wanted: ConnectionSecurity,
  texts: readonly string[] = [],
): number {
  const find = (meaning: SecurityMeaning) => meanings.indexOf(meaning);
  if (wanted === 'none') return find('none');
  const rank = (index: number) => {
    const text = texts[index] ?? '';
    return (requiredWords.test(text) ? 2 : 0) + (ifAvailableWords.test(text) || /^prefer/.test(text) ? 0 : 1);
  };
  const best = (meaning: SecurityMeaning) => {
    const all = meanings.flatMap((each, index) => (each === meaning ? [index] : []));
    return all.length === 0 ? -1 : all.reduce((kept, index) => (rank(index) > rank(kept) ? index : kept));
  };
  const exact = best(wanted);
  if (exact >= 0) return exact;
  // No exact word: plain "TLS" is the other encrypted choice, and the port decides what it means.
  const tls = best('tls');
  if (tls >= 0) return tls;
  const encrypted = best('encrypted');
  if (encrypted >= 0 || wanted !== 'starttls') return encrypted;
  // A protocol list of "smtp" and "smtps": the plain protocol is the one that upgrades with STARTTLS.
  return meanings.includes('implicit-tls') ? find('unknown') : -1;
}

/** What one choice of a list gives, where it can be told: plain "TLS" is whichever encrypted kind the list lacks. */
export function securityOfChoice(meanings: readonly SecurityMeaning[], index: number): ConnectionSecurity | undefined {
  const meaning = meanings[index];
  if (meaning === 'starttls' || meaning === 'implicit-tls' || meaning === 'none') return meaning;
  if (meaning !== 'tls') return undefined;
  if (meanings.includes('implicit-tls')) return 'starttls';
  return meanings.includes('starttls') ? 'implicit-tls' : undefined;
}

/** Whether a single "Use SSL" / "Use TLS" box should be on for `wanted` security. */
export function checkboxWanted(meaning: SecurityMeaning, wanted: ConnectionSecurity): boolean | undefined {
  if (meaning === 'unknown' || meaning === 'none') return undefined;
  if (meaning === 'tls' || meaning === 'encrypted') return wanted !== 'none';
  return meaning === wanted;
}

/** Host fields that carry the security as a scheme, e.g. `tls://smtp.example.org:587`. */
const schemePattern = /^(tls|ssl|starttls|imaps?|smtps?):\/\/[^:/]*(?::(\d+))?/i;

export interface HostConvention {
  scheme: string;
  withPort: boolean;
}

/** The page's own way of writing a host with security, read from its value or placeholder. */
export function hostConvention(...examples: string[]): HostConvention | undefined {
  for (const example of examples) {
    const match = schemePattern.exec(example.trim());
    if (match?.[1]) return { scheme: match[1].toLowerCase(), withPort: match[2] !== undefined };
  }
  return undefined;
}

/** An example host with a scheme inside a field's help: "Add 'tls://' … (e.g. tls://smtp.example.org)". */
const helpSchemePattern = /\b(tls|ssl|starttls|imaps?|smtps?):\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::(\d+))?/i;

/** The way of writing a host that a field's help shows in an example, if it shows one. */
export function hostConventionInHelp(help: string): HostConvention | undefined {
  const match = helpSchemePattern.exec(help);
  return match?.[1] ? { scheme: match[1].toLowerCase(), withPort: match[2] !== undefined } : undefined;
}

/** The scheme that means `wanted` in the page's own family of schemes. */
export function schemeFor(convention: HostConvention, side: 'imap' | 'smtp', wanted: ConnectionSecurity): string {
  if (/^(imap|smtp)s?$/.test(convention.scheme)) return wanted === 'implicit-tls' ? `${side}s` : side;
  if (wanted === 'implicit-tls') return 'ssl';
  return convention.scheme === 'starttls' ? 'starttls' : 'tls';
}
