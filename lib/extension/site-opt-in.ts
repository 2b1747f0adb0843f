import { browser } from 'wxt/browser';
import { optedInSites } from '../storage';

/**
 * "Always fill on this site": the one origin's permission, asked for when the user clicks, and a
 * content script registered for it that survives restarts. Removing a site undoes both.
 */

// Built from entrypoints/fill-site.ts.
const siteScript = 'fill-site.js';

const scriptId = (origin: string) => `fill-site ${origin}`;
const pattern = (origin: string) => `${origin}/*`;

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

async function register(origin: string): Promise<void> {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [pattern(origin)], js: [siteScript], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Must run straight from the click: the browser asks the user, and only during a user gesture. */
export async function alwaysFillOn(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern(origin)] });
  if (!granted) return false;
  await register(origin);
  await optedInSites.set([...(await optedInSites.get()), origin]);
  return true;
}

export async function stopFillingOn(origin: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [pattern(origin)] });
  await optedInSites.set((await optedInSites.get()).filter((site) => site !== origin));
}

/** At start-up: a site whose permission the user took back in the browser's settings is dropped. */
export async function keepOptedInSitesInStep(): Promise<void> {
  const sites = await optedInSites.get();
  const kept: string[] = [];
  for (const origin of sites) {
    if (await browser.permissions.contains({ origins: [pattern(origin)] })) {
      await register(origin);
      kept.push(origin);
    } else await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
  }
  if (kept.length !== sites.length) await optedInSites.set(kept);
}
