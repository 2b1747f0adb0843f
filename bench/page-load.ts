// The extension's cost on a page it has no business with: the same heavy page, with and without it.
import type { BrowserContext } from 'playwright-core';
import { launchChromium, launchPlainChromium } from '../tests/e2e/harness';
import { productionOut } from './build';
import { type Stats, summarise } from './stats';

const heavyPageUrl = 'https://shop.example.com/catalogue';

/** A catalogue of ≥ 5,000 elements, inputs included, with no mail form on it. */
export function heavyPage(rows = 1200): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    body.push(`<tr><td>Item ${i}</td><td><input name="qty${i}" aria-label="Quantity"></td><td>${i * 3} €</td></tr>`);
  }
  return `<!doctype html><html lang="en"><title>Catalogue</title><h1>Catalogue</h1><table>${body.join('')}</table>`;
}

async function serveHeavyPage(context: BrowserContext): Promise<void> {
  const body = heavyPage();
  await context.route('https://shop.example.com/**', (route) => route.fulfill({ contentType: 'text/html', body }));
}

async function loadTime(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto(heavyPageUrl, { waitUntil: 'load' });
  const ms = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return navigation ? navigation.loadEventEnd - navigation.startTime : Number.NaN;
  });
  await page.close();
  return ms;
}

export interface PageLoadOverhead {
  elements: number;
  /** Navigation start → load event end, with the production build installed. */
  withExtension: Stats;
  /** The same in a browser without the extension: the floor. */
  without: Stats;
  /**
   * With ÷ without, each pair loaded one after the other: the geometric mean of the median ratio of
   * the pairs that load without the extension first and that of the pairs that load with it first,
   * so whichever browser goes second (the slower, on 2 cores) weighs the same on both sides.
   */
  pairedRatio: number;
}

/** Loads alternate between the two browsers so drift in the machine's load hits both alike. */
export async function pageLoadOverhead(runs = 60): Promise<PageLoadOverhead> {
  const withExtension = await launchChromium(productionOut);
  const without = await launchPlainChromium();
  const timesWith: number[] = [];
  const timesWithout: number[] = [];
  try {
    await serveHeavyPage(withExtension.context);
    await serveHeavyPage(without.context);
    await loadTime(withExtension.context);
    await loadTime(without.context);
    // Each pair in turn starts with the other browser, so neither always loads right after the other.
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        timesWithout.push(await loadTime(without.context));
        timesWith.push(await loadTime(withExtension.context));
      } else {
        timesWith.push(await loadTime(withExtension.context));
        timesWithout.push(await loadTime(without.context));
      }
    }
  } finally {
    await withExtension.close();
    await without.close();
  }
  const elements = (heavyPage().match(/<[a-z]/g) ?? []).length;
  const ratios = timesWith.map((ms, i) => ms / (timesWithout[i] ?? Number.NaN));
  const withoutFirst = summarise(ratios.filter((_, i) => i % 2 === 0)).median;
  const withFirst = summarise(ratios.filter((_, i) => i % 2 === 1)).median;
  const pairedRatio = Math.sqrt(withoutFirst * withFirst);
  return { elements, withExtension: summarise(timesWith), without: summarise(timesWithout), pairedRatio };
}
