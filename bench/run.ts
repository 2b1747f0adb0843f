// `npm run bench`: speed and size of the built extension against the budgets the issues set.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../scripts/browsers.mjs';
import { outputDir } from '../tests/e2e/harness';
import { formDetectionTimes } from './forms';
import { gmailFillTime } from './gmail';
import { pageLoadOverhead } from './page-load';
import { popupFirstRender } from './popup';
import { entrypointSizes } from './sizes';

interface Figure {
  what: string;
  value: number;
  unit: 'B' | 'ms' | '×';
  budget?: number;
}

const chromium = findChromium();
if (!chromium) {
  console.error('npm run bench: no Chromium or Chrome found — install one or set CHROME_PATH.');
  process.exit(1);
}
process.env.CHROME_PATH = chromium;

console.log('Building the Chrome extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });

const figures: Figure[] = [];
for (const row of entrypointSizes(path.join(outputDir(), 'chrome-mv3'))) {
  const budget = row.entrypoint === 'gmail.js' ? 15_000 : undefined;
  figures.push({ what: `${row.entrypoint} minified`, value: row.minified, unit: 'B', budget });
  figures.push({ what: `${row.entrypoint} gzip`, value: row.gzip, unit: 'B' });
}

console.log('Timing the Gmail fill…');
const gmail = await gmailFillTime();
figures.push({
  what: `Gmail form in DOM → filled (median of ${gmail.runs})`,
  value: gmail.formToFilledMs,
  unit: 'ms',
  budget: 16,
});
figures.push({ what: '  of which: waiting for the saved address (storage)', value: gmail.settingsWaitMs, unit: 'ms' });
figures.push({ what: '  of which: finding and filling the fields', value: gmail.fillMs, unit: 'ms' });

console.log('Timing mail-setup form detection…');
// Typical: the other settings are no candidates. Worst case: every one is labelled like a username field.
const detectionPages = { typical: 'Setting', 'worst case': 'User name' };
for (const [kind, rowLabel] of Object.entries(detectionPages))
  for (const time of await formDetectionTimes([500, 2_000, 5_000], 21, rowLabel)) {
    if (!time.detected) throw new Error(`bench/forms: the mail form on the ${kind} page was not detected`);
    const what = `form detection, ${time.inputs.toLocaleString('en')} inputs, ${kind} (median of 21)`;
    figures.push({ what, value: time.ms, unit: 'ms', budget: time.inputs === 5_000 ? 50 : undefined });
  }

console.log('Timing the popup…');
figures.push({ what: 'popup first contentful paint (median of 21)', value: await popupFirstRender(), unit: 'ms' });

console.log('Loading a heavy page with and without the extension…');
const overhead = await pageLoadOverhead();
figures.push({
  what: `heavy page (${overhead.elements} elements) load, without extension`,
  value: overhead.withoutMs,
  unit: 'ms',
});
figures.push({ what: 'heavy page load, with extension', value: overhead.withMs, unit: 'ms' });
figures.push({ what: 'page-load overhead (ratio of medians)', value: overhead.ratio, unit: '×', budget: 1.02 });

const format = (value: number, unit: Figure['unit']) =>
  unit === '×' ? value.toFixed(3) : unit === 'ms' ? `${value.toFixed(2)} ms` : `${value.toLocaleString('en')} B`;
const rows = figures.map((figure) => {
  const over = figure.budget !== undefined && figure.value > figure.budget;
  return {
    what: figure.what,
    value: format(figure.value, figure.unit),
    budget: figure.budget === undefined ? '—' : `≤ ${format(figure.budget, figure.unit)}`,
    mark: figure.budget === undefined ? '' : over ? '✖ OVER' : '✔',
  };
});
const width = (key: keyof (typeof rows)[number]) => Math.max(key.length, ...rows.map((row) => row[key].length));
const line = (row: Record<string, string>) =>
  `${row.what?.padEnd(width('what'))}  ${row.value?.padStart(width('value'))}  ${row.budget?.padEnd(width('budget'))}  ${row.mark}`;
console.log(`\n${line({ what: 'what', value: 'value', budget: 'budget', mark: '' })}`);
for (const row of rows) console.log(line(row));

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2)}\n`);
console.log('\nWrote bench/results.json');
process.exitCode = figures.some((figure) => figure.budget !== undefined && figure.value > figure.budget) ? 1 : 0;
