import * as z from 'zod/mini';
import { classifyDomain, type DomainKind, domainOf, localPartOf, otherProviderDomains } from './account';
import { icloudDomains } from './icloud';

/**
 * Reads what the user typed into an address field. Each problem has its own reason, so the UI
 * can say exactly what is wrong (translated by the caller: lib/ knows no UI language). Where the
 * intended address is clear, `fix` holds it whole, for a one-click correction.
 */

export type AddressProblem =
  | { reason: 'empty' }
  | { reason: 'has-spaces' }
  | { reason: 'no-at'; fix?: string }
  | { reason: 'several-at' }
  | { reason: 'no-local-part' }
  | { reason: 'no-domain' }
  | { reason: 'domain-without-dot'; domain: string; fix?: string }
  | { reason: 'bad-characters'; characters: string }
  | { reason: 'misplaced-dot' }
  | { reason: 'bad-domain'; domain: string }
  /** One slip away from iCloud's or a big provider's domain: never taken for a custom domain. */
  | { reason: 'likely-typo'; domain: string; fix: string }
  /** A relay that forwards to the user's own address, not a mailbox (Apple support article HT210425). */
  | { reason: 'hide-my-email'; domain: string };

export type AddressCheck =
  | { ok: true; address: string; domain: string; kind: DomainKind }
  | ({ ok: false } & AddressProblem);

/** Hide My Email's addresses for Sign in with Apple: <random>@privaterelay.appleid.com (Apple, HT210425). */
const hideMyEmailDomain = 'privaterelay.appleid.com';

// RFC 5321's dot-atom characters for the local part; quoted local parts are not worth supporting here.
const localPartCharacters = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/i;
const localPartSchema = z.string().check(z.regex(localPartCharacters));
const domainSchema = z.string().check(z.regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/));

const hasMisplacedDot = (localPart: string) =>
  localPart.startsWith('.') || localPart.endsWith('.') || localPart.includes('..');

const isLocalPart = (text: string) => localPartCharacters.test(text) && !hasMisplacedDot(text);

/** The domains people mean when they slip: iCloud's first, then the big providers'. */
const intendedDomains: readonly string[] = [...icloudDomains, ...otherProviderDomains];

/** Levenshtein distance that also counts two swapped neighbours ("icluod") as one edit. */
function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, (beforePrevious[j - 2] as number) + 1);
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

const sortedLetters = (word: string) => [...word].sort().join('');

/**
 * "iclod", "icoud", "iclould", "icould" for "icloud". Only names of five letters or more: one letter
 * away from "me" or "mac" are many real names (max.com, mad.com).
 */
function nameSlip(typed: string, real: string): boolean {
  if (typed === real) return true;
  if (real.length < 5) return false;
  if (editDistance(typed, real) === 1) return true;
  return (
    typed.length === real.length && sortedLetters(typed) === sortedLetters(real) && editDistance(typed, real) === 2
  );
}

/** The name before the first dot and the ending after it: "icloud" and "com". */
function partsOf(domain: string): [name: string, ending: string] {
  const dot = domain.indexOf('.');
  return [domain.slice(0, dot), domain.slice(dot + 1)];
}

/** A domain one slip in its name and/or its ending away from iCloud's or a big provider's: "icloud.co", "gmial.com". */
function intendedDomain(domain: string): string | undefined {
  if (classifyDomain(domain) !== 'custom') return undefined;
  const [name, ending] = partsOf(domain);
  return intendedDomains.find((real) => {
    const [realName, realEnding] = partsOf(real);
    return nameSlip(name, realName) && (ending === realEnding || editDistance(ending, realEnding) === 1);
  });
}

/** "alex" → "alex@icloud.com", "alex.icloud.com" → "alex@icloud.com"; nothing for text that may be a domain. */
function withAt(typed: string): string | undefined {
  const lower = typed.toLowerCase();
  const known = intendedDomains.find((real) => lower.endsWith(`.${real}`));
  if (known) {
    const localPart = typed.slice(0, -known.length - 1);
    return isLocalPart(localPart) ? `${localPart}@${known}` : undefined;
  }
  if (!isLocalPart(typed)) return undefined;
  // "alex.appleseed" is a name; "alex.example.org" more likely a domain.
  const lastPart = typed.slice(typed.lastIndexOf('.') + 1);
  return !typed.includes('.') || lastPart.length > 3 ? `${typed}@${icloudDomains[0]}` : undefined;
}

/** "icloud" → "icloud.com", "icloudcom" → "icloud.com", "iclod" → "icloud.com", "gmail" → "gmail.com". */
function withEnding(domain: string): string | undefined {
  const candidates = [`${domain}.com`, ...(domain.endsWith('com') ? [`${domain.slice(0, -3)}.com`] : [])];
  for (const candidate of candidates) {
    if (classifyDomain(candidate) !== 'custom') return candidate;
    const intended = intendedDomain(candidate);
    if (intended) return intended;
  }
  return undefined;
}

const withFix = (fix: string | undefined) => (fix ? { fix } : {});

/** Trims, lower-cases the domain, and says what is wrong if anything is. */
export function checkAddress(typed: string): AddressCheck {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (/\s/.test(trimmed)) return { ok: false, reason: 'has-spaces' };
  const ats = trimmed.split('@').length - 1;
  if (ats === 0) return { ok: false, reason: 'no-at', ...withFix(withAt(trimmed)) };
  if (ats > 1) return { ok: false, reason: 'several-at' };
  const localPart = localPartOf(trimmed);
  const domain = domainOf(trimmed);
  if (localPart === '') return { ok: false, reason: 'no-local-part' };
  if (domain === '') return { ok: false, reason: 'no-domain' };
  if (!localPartSchema.safeParse(localPart).success) {
    const characters = [...new Set(localPart.replace(/[a-z0-9!#$%&'*+/=?^_`{|}~.-]/gi, ''))].join(' ');
    return { ok: false, reason: 'bad-characters', characters };
  }
  if (hasMisplacedDot(localPart)) return { ok: false, reason: 'misplaced-dot' };
  if (!domain.includes('.')) {
    const ending = withEnding(domain);
    return { ok: false, reason: 'domain-without-dot', domain, ...withFix(ending && `${localPart}@${ending}`) };
  }
  if (!domainSchema.safeParse(domain).success) return { ok: false, reason: 'bad-domain', domain };
  if (domain === hideMyEmailDomain) return { ok: false, reason: 'hide-my-email', domain };
  const intended = intendedDomain(domain);
  if (intended) return { ok: false, reason: 'likely-typo', domain, fix: `${localPart}@${intended}` };
  return { ok: true, address: `${localPart}@${domain}`, domain, kind: classifyDomain(domain) };
}
