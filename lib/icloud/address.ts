import * as z from 'zod/mini';
import { classifyDomain, type DomainKind, domainOf, localPartOf } from './account';
import { icloudMail } from './icloud';

/**
 * Reads what the user typed into an address field. Each problem has its own reason, so the UI
 * can say exactly what is wrong (translated by the caller: lib/ knows no UI language).
 */

export type AddressProblem =
  | { reason: 'empty' }
  | { reason: 'has-spaces' }
  | { reason: 'no-at' }
  | { reason: 'several-at' }
  | { reason: 'no-local-part' }
  | { reason: 'no-domain' }
  | { reason: 'domain-without-dot'; domain: string }
  | { reason: 'bad-characters'; characters: string }
  | { reason: 'misplaced-dot' }
  | { reason: 'bad-domain'; domain: string };

export type AddressCheck =
  /** `didYouMean` is an iCloud domain one letter away from a custom one: worth asking, not an error. */
  | { ok: true; address: string; domain: string; kind: DomainKind; didYouMean?: string }
  | ({ ok: false } & AddressProblem);

// RFC 5321's dot-atom characters for the local part; quoted local parts are not worth supporting here.
const localPartSchema = z.string().check(z.regex(/^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/i));
const domainSchema = z.string().check(z.regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/));

/** Misspellings of iCloud's domains seen in forms; one edit (or two letters swapped) away is enough to ask. */
function likelyIcloudTypo(domain: string): string | undefined {
  if (classifyDomain(domain) !== 'custom') return undefined;
  return icloudMail.domains.find((real) => domain !== real && editDistance(domain, real) === 1);
}

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

/** Trims, lower-cases the domain, and says what is wrong if anything is. */
export function checkAddress(typed: string): AddressCheck {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (/\s/.test(trimmed)) return { ok: false, reason: 'has-spaces' };
  const ats = trimmed.split('@').length - 1;
  if (ats === 0) return { ok: false, reason: 'no-at' };
  if (ats > 1) return { ok: false, reason: 'several-at' };
  const localPart = localPartOf(trimmed);
  const domain = domainOf(trimmed);
  if (localPart === '') return { ok: false, reason: 'no-local-part' };
  if (domain === '') return { ok: false, reason: 'no-domain' };
  if (!localPartSchema.safeParse(localPart).success) {
    const characters = [...new Set(localPart.replace(/[a-z0-9!#$%&'*+/=?^_`{|}~.-]/gi, ''))].join(' ');
    return { ok: false, reason: 'bad-characters', characters };
  }
  if (localPart.startsWith('.') || localPart.endsWith('.') || localPart.includes('..'))
    return { ok: false, reason: 'misplaced-dot' };
  if (!domain.includes('.')) return { ok: false, reason: 'domain-without-dot', domain };
  if (!domainSchema.safeParse(domain).success) return { ok: false, reason: 'bad-domain', domain };
  const address = `${localPart}@${domain}`;
  const didYouMean = likelyIcloudTypo(domain);
  return { ok: true, address, domain, kind: classifyDomain(domain), ...(didYouMean ? { didYouMean } : {}) };
}
