/** The parts of a tab's address that the extension shows ("cloud.example.org") or asks access for. */

/** The host to name in a message, or undefined for an address without one (about:blank). */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** The origin "Always fill" can be offered for: ordinary web pages only. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? origin : undefined;
  } catch {
    return undefined;
  }
}
