// `npm run bench`: speed and size of the built extension, each figure beside the floor it is
// compared with (measured in the same run), against the budgets the issues set. Exits 1 when a
// budget is missed; writes every figure to bench/results.json.
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { findChromium } from '../scripts/browsers.mjs';
import { buildForBench, productionOut } from './build';
import { count, type Figure, figure, once, table } from './figures';
import { formDetectionTimes } from './forms';
import { gmailFigures } from './gmail';
import { injectedFillerCost } from './injected';
import { pageLoadOverhead } from './page-load';
import { popupFirstPaint } from './popup';
import { entrypointSizes } from './sizes';
import type { Stats } from './stats';

const chromium = findChromium();
if (!chromium) {
  console.error('npm run bench: no Chromium or Chrome found — install one or set CHROME_PATH.');
  process.exit(1);
}
process.env.CHROME_PATH = chromium;
const loadBefore = loadavg();

console.log('Building the extension: production, and the bench build with marks and controls…');
buildForBench();

const figures: Figure[] = [];
const storageOnly = 'storage read only';
// The injected filler: what "Fill this page" injects, and what an opted-in site's pages get and load.
const sizeBudgets: Record<string, number> = {
  'gmail.js': 15_000,
  'fill-page.js': 50_000,
  'fill-page-look.js': 50_000,
  'fill-site.js': 50_000,
  'fill-site-filler.js': 50_000,
};
for (const row of entrypointSizes(path.join(productionOut, 'chrome-mv3'))) {
  const budget = sizeBudgets[row.entrypoint];
  figures.push(
    figure(`${row.entrypoint} minified`, 'B', once(row.minified), {
      budget: budget === undefined ? undefined : { kind: 'at most', value: budget },
    }),
  );
  figures.push(figure(`${row.entrypoint} gzip`, 'B', once(row.gzip)));
}

figures.push(...(await gmailFigures()));

console.log('Timing mail-setup form detection…');
const perInput = (stats: Stats, inputs: number): Stats => ({
  median: (stats.median / inputs) * 1000,
  min: (stats.min / inputs) * 1000,
  max: (stats.max / inputs) * 1000,
  runs: stats.runs,
});
// Typical: the other settings are no candidates. Worst case: every one is labelled like a username field.
const detectionPages = { typical: 'Setting', 'worst case': 'User name' };
const sizes = [500, 2_000, 5_000];
for (const [kind, rowLabel] of Object.entries(detectionPages)) {
  const times = await formDetectionTimes(sizes, 21, rowLabel);
  for (const time of times) {
    if (!time.detected) throw new Error(`bench/forms: the mail form on the ${kind} page was not detected`);
    figures.push(
      figure(`detection, ${time.inputs.toLocaleString('en')} inputs, ${kind}`, 'ms', time.detection, {
        control: { what: 'read names and labels', ...time.floor },
        budget: time.inputs === 5_000 ? { kind: 'at most', value: 50 } : undefined,
      }),
    );
  }
  const [smallest, largest] = [times[0], times[times.length - 1]];
  if (smallest && largest)
    figures.push(
      figure(`detection per input, ${kind}, 5,000 vs 500`, 'µs', perInput(largest.detection, largest.inputs), {
        control: { what: 'per input at 500', ...perInput(smallest.detection, smallest.inputs) },
        budget: { kind: 'ratio at most', value: 1.5 },
      }),
    );
}

console.log('Timing the popup’s first paint against an empty page with the same shell…');
const popup = await popupFirstPaint();
figures.push(
  figure('popup first contentful paint', 'ms', popup.popup, {
    control: { what: 'empty page, same shell', ...popup.empty },
    pairedRatio: popup.pairedRatio,
    budget: { kind: 'ratio at most', value: 1.3 },
  }),
  figure('popup: saved address’s settings in the first paint', 'loads', count(popup.settingsInFirstPaint, popup.runs), {
    budget: { kind: 'every run' },
  }),
);

console.log('Injecting the filler into a page with no form, against a control that only reads storage…');
const injected = await injectedFillerCost(['fill-page.js', 'fill-site.js']);
for (const [file, times] of Object.entries(injected.scripts))
  figures.push(
    figure(`${file} on a page with no form: injection → answer`, 'ms', times.run, {
      control: { what: storageOnly, ...injected.control.run },
      budget: { kind: 'extra at most', value: 5 },
    }),
    figure(`${file} on a page with no form: page main thread`, 'ms', times.mainThread, {
      control: { what: storageOnly, ...injected.control.mainThread },
    }),
  );

console.log('Loading a heavy page with and without the extension…');
const overhead = await pageLoadOverhead();
figures.push(
  figure(`heavy page (${overhead.elements} elements) load`, 'ms', overhead.withExtension, {
    control: { what: 'without the extension', ...overhead.without },
    pairedRatio: overhead.pairedRatio,
    budget: { kind: 'ratio at most', value: 1.02 },
  }),
);

const loadAfter = loadavg();
const pass = figures.every((one) => one.pass !== false);
console.log(`\n${table(figures)}`);
const load = (averages: number[]) => averages.map((value) => value.toFixed(2)).join(' ');
console.log(
  `\nLoad average (1, 5, 15 min) on ${availableParallelism()} cores: ${load(loadBefore)} before, ${load(loadAfter)} after.`,
);
writeFileSync(
  'bench/results.json',
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      machine: { cores: availableParallelism(), loadBefore, loadAfter },
      pass,
      figures,
    },
    null,
    2,
  )}\n`,
);
console.log('Wrote bench/results.json');
const missed = figures.filter((one) => one.pass === false).map((one) => one.what);
if (missed.length > 0) console.log(`Budgets missed: ${missed.join('; ')}`);
process.exitCode = pass ? 0 : 1;
