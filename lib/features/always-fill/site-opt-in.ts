import { browser } from 'wxt/browser';
import { optedInSites } from '../../platform/storage';

/**
 * "Always fill on this site": the one origin's permission, asked for when the user clicks, and a
 * content script registered for it that survives restarts. Removing a site undoes both.
 */

// Built from entrypoints/fill-site.ts.
const siteScript = 'fill-site.js';

const scriptId = (origin: string) => `fill-site ${origin}`;
const pattern = (origin: string) => `${origin}/*`;

/** Whether a manifest match pattern (`https://mail.google.com/*`, `*://*.example.org/*`) covers a whole origin. */
function covers(matchPattern: string, origin: string): boolean {
  if (matchPattern === '<all_urls>') return true;
  const [, scheme, host] = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(matchPattern) ?? [];
  if (!scheme || !host) return false;
  const { protocol, hostname } = new URL(origin);
  if (scheme !== '*' && `${scheme}:` !== protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

/**
 * Sites the manifest itself gives access to (Gmail). "Always fill" is not offered there: it would
 * run the filler on every page of the site, and the browser never lets that access be given back.
 */
export function allowedByManifest(origin: string): boolean {
  const manifest = browser.runtime.getManifest();
  // MV3 lists them as host_permissions; Firefox's MV2 build among its permissions.
  const patterns = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
  return patterns.some((entry) => typeof entry === 'string' && covers(entry, origin));
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

/**
 * Stops the automatic fill first, then gives the access back. 'access-kept' when the browser
 * refused that (it rejects giving back what the manifest asks for): the site is still not filled.
 */
export async function stopFillingOn(origin: string): Promise<'removed' | 'access-kept'> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
  await optedInSites.set((await optedInSites.get()).filter((site) => site !== origin));
  const removed = await browser.permissions.remove({ origins: [pattern(origin)] }).catch(() => false);
  return removed ? 'removed' : 'access-kept';
}

/**
 * At start-up: a site whose permission the user took back in the browser's settings is dropped,
 * and so is one the manifest covers (opted in before "Always fill" was withheld there).
 */
export async function keepOptedInSitesInStep(): Promise<void> {
  const sites = await optedInSites.get();
  const kept: string[] = [];
  for (const origin of sites) {
    if (!allowedByManifest(origin) && (await browser.permissions.contains({ origins: [pattern(origin)] }))) {
      await register(origin);
      kept.push(origin);
    } else await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
  }
  if (kept.length !== sites.length) await optedInSites.set(kept);
}
