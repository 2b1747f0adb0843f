import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { type BrowserContext, chromium } from 'playwright-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium, findFirefox } from '../../scripts/browsers.mjs';

/** The folder `wxt build` wrote to; tests load the built extension from it, never the sources. */
export function outputDir(): string {
  return path.resolve(process.env.WXT_OUT_DIR ?? '.output');
}

export interface ChromiumSession {
  context: BrowserContext;
  /** Requests that no test route served: the extension must make none, so tests expect this empty. */
  strayRequests: string[];
  extensionId: string;
  extensionUrl: (page: string) => string;
  close: () => Promise<void>;
}

// Without the background-networking switches Chromium keeps trying to reach Google's servers.
const quietChromium = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Lets context.route() see the extension service worker's requests too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

async function launchChromiumProfile(
  args: string[],
  locale?: string,
): Promise<{ context: BrowserContext; profile: string }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium or Chrome found: install chromium or set CHROME_PATH.');
  const profile = await mkdtemp(path.join(tmpdir(), 'icloud-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args, locale });
  return { context, profile };
}

/**
 * Playwright tries routes newest first, so this one, added before any test's own, sees only the
 * requests no fixture route serves — from pages, content scripts and the service worker alike.
 */
async function recordStrayRequests(context: BrowserContext): Promise<string[]> {
  const stray: string[] = [];
  await context.route(/^(https?|wss?|ftp):/, (route) => {
    stray.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return stray;
}

/** Real Chromium without the extension, to compare against. */
export async function launchPlainChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { context, profile } = await launchChromiumProfile(quietChromium);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Real Chromium with the built MV3 extension loaded, in a throw-away profile. `language` (e.g. 'de')
 * is the browser's UI language, which picks the extension's catalogue; English when not given.
 */
export async function launchChromium(
  outDir = outputDir(),
  { language }: { language?: string } = {},
): Promise<ChromiumSession> {
  const extension = path.join(outDir, 'chrome-mv3');
  const { context, profile } = await launchChromiumProfile(
    [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...quietChromium,
      ...(language ? [`--lang=${language}`] : []),
    ],
    language,
  );
  const strayRequests = await recordStrayRequests(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    strayRequests,
    extensionId,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      // Every e2e file closes its session, so a request anywhere in the run fails that file.
      if (strayRequests.length > 0) throw new Error(`Requests left the browser: ${strayRequests.join(', ')}`);
    },
  };
}

/** The add-on id wxt.config.ts gives the Firefox build, read from the build itself. */
function firefoxAddonId(extension: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}
// A fixed internal UUID lets tests open moz-extension:// pages without asking Firefox for it.
const firefoxAddonUuid = '6f1c2a57-3c2e-4b8e-9a55-1c10ad000001';

export interface FirefoxSession {
  browser: Browser;
  /** Requests that reached the network: none may, so closing the session fails when there are any. */
  strayRequests: string[];
  extensionBase: string;
  /** Opens one of the extension's own pages (e.g. 'popup.html') in a new tab, ready to use. */
  openExtensionPage: (page: string) => Promise<Page>;
  close: () => Promise<void>;
}

// Firefox moves extension pages into the extension process, so puppeteer sees the first frame
// detach and its goto() fails although the page loads; wait for the document itself instead.
async function openFirefoxExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => {});
  // Bounded by tries, not by the clock: on a busy machine each try is only slower.
  for (let tries = 0; tries < 150; tries++) {
    const loaded = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => undefined);
    if (loaded?.href === url && loaded.ready === 'complete') return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Firefox did not open ${url}`);
}

/**
 * Firefox sends everything through this proxy on loopback. Requests a test serves by interception
 * never get here, so whatever arrives tried to leave the browser: it is recorded and refused.
 */
async function recordingProxy(): Promise<{ port: number; stray: string[]; close: () => Promise<void> }> {
  const stray: string[] = [];
  const record = (url: string) => stray.includes(url) || stray.push(url);
  const proxy = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(502).end();
  });
  proxy.on('connect', (request: IncomingMessage, socket: Duplex) => {
    record(`https://${request.url ?? ''}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return { port, stray, close: () => new Promise((resolve) => proxy.close(() => resolve())) };
}

/**
 * Sets a page's viewport. Puppeteer also overrides the screen orientation, a WebDriver BiDi command
 * Firefox ESR 140 does not know; the viewport itself is set by then, so only that refusal is let pass.
 */
export async function setFirefoxViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewport(size).catch((error: unknown) => {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  });
}

/** Real Firefox ESR over WebDriver BiDi with the built MV2 extension installed temporarily. */
export async function launchFirefox(
  outDir = outputDir(),
  { prefs = {} }: { prefs?: Record<string, unknown> } = {},
): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH.');
  const extension = path.join(outDir, 'firefox-mv2');
  const proxy = await recordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with this flag.
    args: ['--remote-allow-system-access'],
    // Release builds honour the Remote Settings server preference below only with this.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [firefoxAddonId(extension)]: firefoxAddonUuid }),
      'network.dns.disableIPv6': true,
      'browser.shell.checkDefaultBrowser': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      // Firefox ESR 140.12 checks for a captive portal at start: no request of its own may leave.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Firefox's own Remote Settings sync stays off under automation with this dummy server.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...prefs,
    },
  });
  await browser.installExtension(extension);
  const extensionBase = `moz-extension://${firefoxAddonUuid}/`;
  return {
    browser,
    strayRequests: proxy.stray,
    extensionBase,
    openExtensionPage: (page) => openFirefoxExtensionPage(browser, extensionBase + page.replace(/^\//, '')),
    close: async () => {
      await browser.close();
      await proxy.close();
      if (proxy.stray.length > 0) throw new Error(`Requests left Firefox: ${proxy.stray.join(', ')}`);
    },
  };
}
