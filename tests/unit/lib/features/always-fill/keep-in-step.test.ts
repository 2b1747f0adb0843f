import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepOptedInSitesInStep, stopWhenAccessIsTakenBack } from '@/lib/features/always-fill/keep-in-step';
import { alwaysFillOn } from '@/lib/features/always-fill/site-opt-in';
import { optedInSites } from '@/lib/platform/storage';
import { type FakeSiteAccess, fakeSiteAccess, siteScript } from './fake-site-access';

/**
 * Taking a site's access back in the browser's settings sticks: its script goes and so does the
 * popup's entry, at once, and at every start, where the registered scripts are the truth.
 */

const site = 'https://cloud.example.org';
const other = 'https://mail.example.net';
let access: FakeSiteAccess;

/** A site as an earlier run of the extension left it: registered, granted and (unless said) listed. */
function leftBehind(origin: string, { granted = true } = {}) {
  access.registered.set(siteScript(origin).id, siteScript(origin));
  if (granted) access.granted.add(`${origin}/*`);
}

beforeEach(() => {
  access = fakeSiteAccess();
});
afterEach(() => vi.restoreAllMocks());

describe('when the browser takes a site’s access back (Site access → Remove)', () => {
  beforeEach(async () => {
    stopWhenAccessIsTakenBack();
    await alwaysFillOn(site);
    await alwaysFillOn(other);
  });

  it('unregisters that site’s filler and drops it from the list; the other site stays', async () => {
    await access.takeBack(`${site}/*`);
    await vi.waitFor(async () => expect(await optedInSites.get()).toEqual([other]));
    expect([...access.registered.keys()]).toEqual([siteScript(other).id]);
  });

  it('stops every site a broader pattern covered', async () => {
    await access.takeBack('*://*/*');
    await vi.waitFor(async () => expect(await optedInSites.get()).toEqual([]));
    expect(access.registered.size).toBe(0);
  });
});

describe('at start-up', () => {
  it('keeps a registered site whose access is granted, listed as it was', async () => {
    leftBehind(site);
    leftBehind(other);
    await optedInSites.set([other, site]);
    await keepOptedInSitesInStep();
    expect(await optedInSites.get()).toEqual([other, site]);
    expect(access.registered.size).toBe(2);
  });

  it('lists a registered site again when the stored list is corrupt, so the popup can remove it', async () => {
    leftBehind(site);
    await fakeBrowser.storage.local.set({ optedInSites: 'corrupt' });
    await keepOptedInSitesInStep();
    expect(await optedInSites.get()).toEqual([site]);
  });

  it('unregisters a site whose access is gone, listed or not', async () => {
    leftBehind(site, { granted: false });
    leftBehind(other, { granted: false });
    await optedInSites.set([site]);
    await keepOptedInSitesInStep();
    expect(access.registered.size).toBe(0);
    expect(await optedInSites.get()).toEqual([]);
  });

  it('drops a listed site that has no script, and gives its access back', async () => {
    access.granted.add(`${site}/*`);
    await optedInSites.set([site]);
    await keepOptedInSitesInStep();
    expect(await optedInSites.get()).toEqual([]);
    expect(access.granted.size).toBe(0);
  });

  it('stops an http site an earlier version opted in, and gives its access back', async () => {
    leftBehind('http://mail.example.net');
    await optedInSites.set(['http://mail.example.net']);
    await keepOptedInSitesInStep();
    expect(access.registered.size).toBe(0);
    expect(access.granted.size).toBe(0);
    expect(await optedInSites.get()).toEqual([]);
  });

  it('unregisters a script on Gmail, which the manifest covers', async () => {
    leftBehind('https://mail.google.com');
    await keepOptedInSitesInStep();
    expect(access.registered.size).toBe(0);
  });

  it('leaves registrations that are not its own alone', async () => {
    const foreign = { id: 'something-else', matches: [`${site}/*`], js: ['other.js'] };
    access.registered.set(foreign.id, foreign);
    await keepOptedInSitesInStep();
    expect([...access.registered.values()]).toEqual([foreign]);
    expect(await optedInSites.get()).toEqual([]);
  });
});
