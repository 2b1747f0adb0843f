import { browser } from 'wxt/browser';
import { optedInSites } from '../../platform/storage';
import { originOf, patternFor, reaches } from './match-pattern';

/**
 * "Always fill on this site": the one origin's permission, asked for when the user clicks, and a
 * content script registered for it that survives restarts. Removing a site undoes both.
 */

// Built from entrypoints/fill-site.ts.
const siteScript = 'fill-site.js';
const scriptIdPrefix = 'fill-site ';

const scriptId = (origin: string) => `${scriptIdPrefix}${origin}`;

/**
 * Sites the manifest itself gives access to (Gmail). "Always fill" is not offered there: it would
 * run the filler on every page of the site, and the browser never lets that access be given back.
 */
export function allowedByManifest(origin: string): boolean {
  const manifest = browser.runtime.getManifest();
  // MV3 lists them as host_permissions; Firefox's MV2 build among its permissions.
  const patterns = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
  return patterns.some((entry) => typeof entry === 'string' && (entry === '<all_urls>' || reaches(entry, origin)));
}

/** Only https: on an http page anyone on the network can change the form the address is filled into. */
export const isSecureOrigin = (origin: string) => origin.startsWith('https://');

export async function register(origin: string): Promise<void> {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [patternFor(origin)], js: [siteScript], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** The origins our registered scripts run on; registrations of any other shape are not ours. */
export async function registeredSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.flatMap(({ id, matches }) => {
    const origin = matches?.length === 1 && matches[0] ? originOf(matches[0]) : undefined;
    return id.startsWith(scriptIdPrefix) && origin && id === scriptId(origin) ? [origin] : [];
  });
}

/** Unregisters a script by the origin it runs on; nothing happens when there is none. */
export async function unregister(origin: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
}

/** Must run straight from the click: the browser asks the user, and only during a user gesture. */
export async function alwaysFillOn(origin: string): Promise<boolean> {
  if (!isSecureOrigin(origin) || allowedByManifest(origin)) return false;
  const granted = await browser.permissions.request({ origins: [patternFor(origin)] });
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
  await unregister(origin);
  await optedInSites.set((await optedInSites.get()).filter((site) => site !== origin));
  const removed = await browser.permissions.remove({ origins: [patternFor(origin)] }).catch(() => false);
  return removed ? 'removed' : 'access-kept';
}

/** Whether a page of this origin may be filled by itself now: the user's choice stands and the browser still gives access. */
export async function isOptedIn(origin: string): Promise<boolean> {
  if (!isSecureOrigin(origin) || allowedByManifest(origin)) return false;
  if (!(await optedInSites.get()).includes(origin)) return false;
  return browser.permissions.contains({ origins: [patternFor(origin)] }).catch(() => false);
}
