// Gmail content script speed against its floor, in real Chromium with the bench build. In every
// load of Gmail's window a control content script runs first that only reads the same storage keys
// (bench/extension/gmail-control.js): our time beyond its time is what gmail.js adds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness';
import { gmailPagesFolder } from '../tests/fixtures/gmail/load';
import { gmailDialogUrl } from '../tests/fixtures/gmail/pages';
import { benchOut } from './build';
import { count, type Figure, figure } from './figures';
import { type Stats, summarise } from './stats';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

export interface GmailFillTimes {
  /** Ours: parser done (domInteractive: the server-rendered form is in the DOM) → fields filled. */
  formToFilled: Stats;
  /** Control: parser done → the same storage keys read. The floor formToFilled is compared with. */
  controlFormToRead: Stats;
  /** Per load: ours filled − control read. */
  extra: Stats;
  /** Ours: settings in hand → fields filled: the adapter and the filler alone. */
  fill: Stats;
  /** Control: the storage read, from its call at document_start to its answer. */
  controlStorageRead: Stats;
  /** Control: navigation start → the control script running, just after it asked for the settings. */
  scriptStart: Stats;
  /** Navigation start → the page's response fully received. */
  responseEnd: Stats;
  /** Ours: in how many loads the fields were filled before the page's first paint (Gmail's guesses never showed). */
  filledBeforeFirstPaint: number;
  /** In how many loads the control's read was answered before ours, as the comparison assumes. */
  controlAnsweredFirst: number;
  runs: number;
}

interface Load {
  formToFilled: number;
  controlFormToRead: number;
  fill: number;
  controlStorageRead: number;
  scriptStart: number;
  responseEnd: number;
  filledBeforeFirstPaint: boolean;
  controlAnsweredFirst: boolean;
}

async function load(context: BrowserContext): Promise<Load> {
  const page = await context.newPage();
  await page.goto(gmailDialogUrl);
  // The first paint may come after the load event: wait for it, so "before the first paint" can be told.
  await page.waitForFunction(() =>
    ['icloud-fill-end', 'bench-control-read', 'first-paint'].every(
      (name) => performance.getEntriesByName(name).length > 0,
    ),
  );
  const times = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const parsed = navigation?.domInteractive ?? Number.NaN;
    return {
      formToFilled: at('icloud-fill-end') - parsed,
      controlFormToRead: at('bench-control-read') - parsed,
      fill: at('icloud-fill-end') - at('icloud-settings-read'),
      controlStorageRead: at('bench-control-read') - at('bench-control-start'),
      scriptStart: at('bench-control-start'),
      responseEnd: navigation?.responseEnd ?? Number.NaN,
      filledBeforeFirstPaint: at('icloud-fill-end') < at('first-paint'),
      controlAnsweredFirst: at('bench-control-read') <= at('icloud-settings-read'),
    };
  });
  await page.close();
  return times;
}

/** `runs` loads of Gmail's step 2 (wrong guesses, 465) at its real URL, after one warm-up load. */
export async function gmailFillTimes(runs = 21): Promise<GmailFillTimes> {
  const chromium = await launchChromium(benchOut);
  const body = readFileSync(path.join(gmailPagesFolder, 'step2-mx-guess-465.html'), 'utf8');
  const loads: Load[] = [];
  try {
    await chromium.context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body }),
    );
    const [worker] = chromium.context.serviceWorkers();
    await worker?.evaluate(() => chrome.storage.local.set({ account: { address: 'alex@icloud.com' } }));
    await load(chromium.context);
    for (let i = 0; i < runs; i++) loads.push(await load(chromium.context));
  } finally {
    await chromium.close();
  }
  const stats = (pick: (one: Load) => number) => summarise(loads.map(pick));
  return {
    formToFilled: stats((one) => one.formToFilled),
    controlFormToRead: stats((one) => one.controlFormToRead),
    extra: stats((one) => one.formToFilled - one.controlFormToRead),
    fill: stats((one) => one.fill),
    controlStorageRead: stats((one) => one.controlStorageRead),
    scriptStart: stats((one) => one.scriptStart),
    responseEnd: stats((one) => one.responseEnd),
    filledBeforeFirstPaint: loads.filter((one) => one.filledBeforeFirstPaint).length,
    controlAnsweredFirst: loads.filter((one) => one.controlAnsweredFirst).length,
    runs,
  };
}

/** The Gmail feature's figures, for bench/run.ts: removing the feature removes them with this file. */
export async function gmailFigures(): Promise<Figure[]> {
  console.log('Timing the Gmail fill against a control that only reads storage…');
  const gmail = await gmailFillTimes();
  if (gmail.controlAnsweredFirst < gmail.runs)
    console.warn(`  the control's storage read came second in ${gmail.runs - gmail.controlAnsweredFirst} loads`);

  return [
    figure('Gmail form in DOM → filled', 'ms', gmail.formToFilled, {
      control: { what: 'storage read only', ...gmail.controlFormToRead },
    }),
    figure('Gmail beyond the control, per load', 'ms', gmail.extra, { budget: { kind: 'at most', value: 3 } }),
    figure('Gmail fill itself (settings read → filled)', 'ms', gmail.fill, { budget: { kind: 'at most', value: 2 } }),
    figure('Gmail control: storage read from document_start', 'ms', gmail.controlStorageRead),
    figure('Gmail control: navigation → content script starts', 'ms', gmail.scriptStart),
    figure('Gmail page: navigation → response received', 'ms', gmail.responseEnd),
    figure('Gmail filled before the first paint', 'loads', count(gmail.filledBeforeFirstPaint, gmail.runs)),
  ];
}
