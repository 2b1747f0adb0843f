import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alwaysFillOn, isOptedIn, stopFillingOn } from '@/lib/features/always-fill/site-opt-in';
import { optedInSites } from '@/lib/platform/storage';
import { type FakeSiteAccess, fakeSiteAccess, siteScript } from './fake-site-access';

/** "Always fill on this site": asked for one https origin, undone completely by "Remove". */

const site = 'https://cloud.example.org';
let access: FakeSiteAccess;

beforeEach(() => {
  access = fakeSiteAccess();
});
afterEach(() => vi.restoreAllMocks());

describe('opting a site in', () => {
  it('asks for that one origin, registers the filler for it and lists it', async () => {
    expect(await alwaysFillOn(site)).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: [`${site}/*`] });
    expect([...access.registered.values()]).toEqual([siteScript(site)]);
    expect(await optedInSites.get()).toEqual([site]);
  });

  it('registers and lists nothing when the user says no', async () => {
    access.userAllows = false;
    expect(await alwaysFillOn(site)).toBe(false);
    expect(access.registered.size).toBe(0);
    expect(await optedInSites.get()).toEqual([]);
  });

  it('is refused for an http site without asking: anyone on the network can change its form', async () => {
    expect(await alwaysFillOn('http://cloud.example.org')).toBe(false);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    expect(access.registered.size).toBe(0);
  });

  it('is refused for Gmail, which the manifest covers already', async () => {
    expect(await alwaysFillOn('https://mail.google.com')).toBe(false);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });
});

describe('stopping', () => {
  it('unregisters the filler, drops the site and gives its access back', async () => {
    await alwaysFillOn(site);
    expect(await stopFillingOn(site)).toBe('removed');
    expect(access.registered.size).toBe(0);
    expect(access.granted.has(`${site}/*`)).toBe(false);
    expect(await optedInSites.get()).toEqual([]);
  });
});

describe('whether a page may be filled by itself', () => {
  beforeEach(() => alwaysFillOn(site));

  it('yes while the site is listed and its access granted', async () => {
    expect(await isOptedIn(site)).toBe(true);
  });

  it('no for a site never opted in', async () => {
    expect(await isOptedIn('https://other.example.org')).toBe(false);
  });

  it('no once the browser no longer grants the access, even while the site is still listed', async () => {
    access.granted.clear();
    expect(await optedInSites.get()).toEqual([site]);
    expect(await isOptedIn(site)).toBe(false);
  });

  it('no for an http site, even one listed and granted by an earlier version', async () => {
    const plain = 'http://mail.example.net';
    await optedInSites.set([plain]);
    access.granted.add(`${plain}/*`);
    expect(await isOptedIn(plain)).toBe(false);
  });
});
