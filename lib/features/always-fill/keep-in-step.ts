import { browser } from 'wxt/browser';
import { optedInSites } from '../../platform/storage';
import { covers, patternFor } from './match-pattern';
import { allowedByManifest, isSecureOrigin, registeredSites, stopFillingOn, unregister } from './site-opt-in';

/**
 * Taking a site's access back in the browser's settings sticks: its script goes, and so does the
 * site from the popup's list, at once and again at every start of the background.
 */

const granted = (origin: string) => browser.permissions.contains({ origins: [patternFor(origin)] }).catch(() => false);
const giveBack = (origin: string) => browser.permissions.remove({ origins: [patternFor(origin)] }).catch(() => false);

/**
 * The registered scripts are the truth, as they are what fills: each stays only while its access is
 * granted on an https site the manifest does not cover, and the stored list is rebuilt from those, so a
 * corrupt list can neither hide a registration from the popup nor keep a site that has none.
 */
export async function keepOptedInSitesInStep(): Promise<void> {
  // Read before the registrations: "Always fill" registers first and lists after, so a site listed
  // here while it is being added is already registered below, and keeps its access.
  const stored = await optedInSites.get();
  const kept: string[] = [];
  for (const origin of await registeredSites()) {
    const stillGranted = await granted(origin);
    if (stillGranted && isSecureOrigin(origin) && !allowedByManifest(origin)) {
      kept.push(origin);
      continue;
    }
    await unregister(origin);
    // An http site opted in before "Always fill" became https-only gives its access back too.
    if (stillGranted && !allowedByManifest(origin)) await giveBack(origin);
  }
  // Listed but with no script: nothing fills it, so the access asked for it goes back as well.
  for (const origin of stored.filter((site) => !kept.includes(site)))
    if (!allowedByManifest(origin)) await giveBack(origin);
  const list = [
    ...stored.filter((origin) => kept.includes(origin)),
    ...kept.filter((origin) => !stored.includes(origin)),
  ];
  if (list.join() !== stored.join()) await optedInSites.set(list);
}

/** The browser's settings ("Site access", "Remove") took access back: stop filling every site it covered. */
export function stopWhenAccessIsTakenBack(): void {
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    const sites = new Set([...(await optedInSites.get()), ...(await registeredSites())]);
    for (const origin of sites) if (origins.some((pattern) => covers(pattern, origin))) await stopFillingOn(origin);
  });
}
