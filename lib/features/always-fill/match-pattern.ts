/** The match pattern "Always fill" asks access for and registers its script on: the whole origin. */
export const patternFor = (origin: string) => `${origin}/*`;

/** The origin a pattern of ours stands for (`https://cloud.example.org/*` → `https://cloud.example.org`). */
export function originOf(pattern: string): string | undefined {
  return /^(https?:\/\/[^/*\s]+)\/\*$/.exec(pattern)?.[1];
}

/** Whether a match pattern (`https://mail.google.com/*`, `*://*.example.org/*`, `<all_urls>`) covers a whole origin. */
export function covers(matchPattern: string, origin: string): boolean {
  if (matchPattern === '<all_urls>') return true;
  const [, scheme, host] = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(matchPattern) ?? [];
  if (!scheme || !host) return false;
  const { protocol, hostname } = new URL(origin);
  if (scheme !== '*' && `${scheme}:` !== protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

/** Whether a match pattern reaches any page of an origin (`https://mail.google.com/mail/*` reaches Gmail's). */
export function reaches(matchPattern: string, origin: string): boolean {
  const [, scheme, host] = /^(\*|https?):\/\/([^/]+)\/.*$/.exec(matchPattern) ?? [];
  return scheme !== undefined && host !== undefined && covers(`${scheme}://${host}/*`, origin);
}
