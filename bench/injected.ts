// What the injected filler (fill-page.js, fill-site.js) costs a page with no form, in real Chromium
// with the bench build: injected as the extension injects it, against a control script injected
// the same way that only reads the same storage keys (bench/extension/inject-control.js).
import type { BrowserContext, Worker } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness';
import { benchOut, injectControl, noFormOrigin } from './build';
import { type Stats, summarise } from './stats';

declare const benchInjectFiller: (tabId: number | undefined) => Promise<unknown>;
declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  scripting: { executeScript(injection: object): Promise<unknown[]> };
};

const articleUrl = `${noFormOrigin}/article`;

/** An article: headings, text, links; no form and no field. */
export function noFormPage(parts = 60): string {
  const body: string[] = [];
  for (let i = 0; i < parts; i++)
    body.push(
      `<h2>Part ${i}</h2><p>Text of part ${i}, with <a href="/part/${i}">a link</a> and <em>emphasis</em>.</p>`,
    );
  return `<!doctype html><html lang="en"><title>Article</title><article><h1>Article</h1>${body.join('')}</article>`;
}

export interface InjectionTimes {
  /** Injection asked (in the service worker) → the script's answer. */
  run: Stats;
  /** The page's main-thread task time over the same span (Chromium's TaskDuration metric). */
  mainThread: Stats;
}

export interface InjectedCost {
  scripts: Record<string, InjectionTimes>;
  control: InjectionTimes;
  runs: number;
}

/**
 * How each script reaches a page. fill-page.js: the background's own injection for "Fill this page"
 * (lib/features/fill-page/inject-filler.ts, a look for fields first); the others: injected as files,
 * as the browser runs a registered content script (fill-site.js) or the control.
 */
const throughTheBackground = new Set(['fill-page.js']);

/** From the service worker, as the extension does it, into a fresh tab each time. */
async function inject(context: BrowserContext, worker: Worker, file: string): Promise<{ run: number; main: number }> {
  const page = await context.newPage();
  await page.goto(articleUrl);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find(({ name }) => name === 'TaskDuration')?.value ?? Number.NaN;
  const before = await taskSeconds();
  const run = await worker.evaluate(
    async ({ url, file, background }) => {
      const [tab] = await chrome.tabs.query({ url });
      const started = performance.now();
      if (background) await benchInjectFiller(tab?.id);
      else await chrome.scripting.executeScript({ target: { tabId: tab?.id }, files: [file] });
      return performance.now() - started;
    },
    { url: articleUrl, file, background: throughTheBackground.has(file) },
  );
  const main = ((await taskSeconds()) - before) * 1000;
  await cdp.detach();
  await page.close();
  return { run, main };
}

export async function injectedFillerCost(files: string[], runs = 21): Promise<InjectedCost> {
  const chromium = await launchChromium(benchOut);
  const all = [injectControl, ...files];
  const times = new Map<string, { run: number; main: number }[]>(all.map((file) => [file, []]));
  try {
    const body = noFormPage();
    await chromium.context.route(`${noFormOrigin}/**`, (route) => route.fulfill({ contentType: 'text/html', body }));
    const [worker] = chromium.context.serviceWorkers();
    if (!worker) throw new Error('bench/injected: no service worker');
    // With an address saved the filler goes all the way: it looks for a form and finds none.
    await worker.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
    for (const file of all) await inject(chromium.context, worker, file);
    // Each run starts with another of the scripts, so drift in the machine's load hits all alike.
    for (let i = 0; i < runs; i++)
      for (let j = 0; j < all.length; j++) {
        const file = all[(i + j) % all.length] as string;
        times.get(file)?.push(await inject(chromium.context, worker, file));
      }
  } finally {
    await chromium.close();
  }
  const stats = (file: string): InjectionTimes => {
    const list = times.get(file) ?? [];
    return { run: summarise(list.map(({ run }) => run)), mainThread: summarise(list.map(({ main }) => main)) };
  };
  return { scripts: Object.fromEntries(files.map((file) => [file, stats(file)])), control: stats(injectControl), runs };
}
