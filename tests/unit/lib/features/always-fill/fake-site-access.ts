import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The parts of the browser "Always fill" leans on, which fakeBrowser leaves unimplemented: the
 * origins granted, the registered content scripts, and `permissions.onRemoved`, which fires, as in
 * Chromium, when access is taken back in the browser's settings or given back by the extension.
 */

type Listener = (removed: Browser.permissions.Permissions) => unknown;
type Script = Browser.scripting.RegisteredContentScript;

export interface FakeSiteAccess {
  granted: Set<string>;
  registered: Map<string, Script>;
  /** As the browser's "Site access" → "Remove" does: the access goes, and the listeners hear of it. */
  takeBack: (pattern: string) => Promise<void>;
  /** Whether the user says yes when asked for a site. */
  userAllows: boolean;
}

export function fakeSiteAccess(): FakeSiteAccess {
  const listeners: Listener[] = [];
  const access: FakeSiteAccess = {
    granted: new Set(),
    registered: new Map(),
    userAllows: true,
    takeBack: async (pattern) => {
      access.granted.delete(pattern);
      await Promise.all(listeners.map((listener) => listener({ origins: [pattern] })));
    },
  };
  Object.assign(fakeBrowser.permissions, {
    onRemoved: { addListener: (listener: Listener) => listeners.push(listener) },
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => access.granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    if (!access.userAllows) return false;
    for (const origin of origins) access.granted.add(origin);
    return true;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    const held = origins.filter((origin) => access.granted.has(origin));
    for (const origin of held) await access.takeBack(origin);
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...access.registered.values()].filter(({ id }) => !filter?.ids || filter.ids.includes(id)),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts) {
      if (access.registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      access.registered.set(script.id, script);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    const ids = filter?.ids ?? [...access.registered.keys()];
    const unknown = ids.find((id) => !access.registered.has(id));
    if (unknown) throw new Error(`Nonexistent script ID '${unknown}'`);
    for (const id of ids) access.registered.delete(id);
  });
  // As the built manifest has it: Gmail is the one site the extension may always run on.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'iCloud Mail setup',
    version: '0.1.0',
    host_permissions: ['https://mail.google.com/*'],
  });
  return access;
}

/** A script as "Always fill" registers it for an origin. */
export const siteScript = (origin: string): Script => ({
  id: `fill-site ${origin}`,
  matches: [`${origin}/*`],
  js: ['fill-site.js'],
  runAt: 'document_idle',
  persistAcrossSessions: true,
});
