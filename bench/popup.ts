// Popup first contentful paint against an empty extension page with the same HTML shell (the bench
// build's bench-empty.html), in real Chromium, and whether the saved address's settings are in that paint.
import type { BrowserContext } from 'playwright-core';
import { smtpServer } from '../lib/icloud/icloud';
import { launchChromium } from '../tests/e2e/harness';
import { benchOut, emptyPage } from './build';
import { type Stats, summarise } from './stats';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const savedAddress = 'alex@icloud.com';
/** Text the popup shows only once it has the saved address's settings: its SMTP username and host. */
const settingsText = [savedAddress, smtpServer.host];

export interface PopupPaint {
  popup: Stats;
  empty: Stats;
  /** Median over runs of popup ÷ empty page, each pair loaded one after the other. */
  pairedRatio: number;
  /** In how many popup loads the frame that first painted content already held the settings. */
  settingsInFirstPaint: number;
  runs: number;
}

interface Frame {
  content: boolean;
  settings: boolean;
}

/**
 * Runs in the page before its own scripts: at the start of every frame's rendering (rAF), notes
 * whether the body has text and whether it has the settings, until the first frame with text.
 * That frame is the first the browser may paint with content (Chromium may hold the paint a few
 * frames more, never less), so settings there mean no frame can show the popup without them.
 */
function watchFrames(expected: string[]): void {
  const frames: Frame[] = [];
  (globalThis as { benchFrames?: Frame[] }).benchFrames = frames;
  const look = () => {
    const text = document.body?.textContent ?? '';
    frames.push({ content: text.trim() !== '', settings: expected.every((part) => text.includes(part)) });
    if (frames.length < 600 && !frames.some((frame) => frame.content)) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

async function firstPaint(
  context: BrowserContext,
  url: string,
  finished?: string[],
): Promise<{ ms: number; settings: boolean }> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  // The settings text must show up in the end, or "not in the first paint" would prove nothing.
  if (finished)
    await page.waitForFunction((parts) => parts.every((part) => document.body.textContent?.includes(part)), finished);
  const paint = await page.evaluate(() => {
    const frames = (globalThis as { benchFrames?: Frame[] }).benchFrames ?? [];
    return {
      ms: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      settings: frames.find((frame) => frame.content)?.settings ?? false,
    };
  });
  await page.close();
  return paint;
}

/** `runs` loads of each page, taking turns, after one warm-up load of each. */
export async function popupFirstPaint(runs = 21): Promise<PopupPaint> {
  const chromium = await launchChromium(benchOut);
  const popup: number[] = [];
  const empty: number[] = [];
  let settingsInFirstPaint = 0;
  try {
    const [worker] = chromium.context.serviceWorkers();
    await worker?.evaluate((address) => chrome.storage.local.set({ account: { address } }), savedAddress);
    await chromium.context.addInitScript(watchFrames, settingsText);
    const popupUrl = chromium.extensionUrl('popup.html');
    const emptyUrl = chromium.extensionUrl(emptyPage);
    await firstPaint(chromium.context, popupUrl, settingsText);
    await firstPaint(chromium.context, emptyUrl);
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? [popupUrl, emptyUrl] : [emptyUrl, popupUrl];
      for (const url of order) {
        const paint = await firstPaint(chromium.context, url, url === popupUrl ? settingsText : undefined);
        if (url === emptyUrl) empty.push(paint.ms);
        else {
          popup.push(paint.ms);
          if (paint.settings) settingsInFirstPaint++;
        }
      }
    }
  } finally {
    await chromium.close();
  }
  const pairedRatio = summarise(popup.map((ms, i) => ms / (empty[i] ?? Number.NaN))).median;
  return { popup: summarise(popup), empty: summarise(empty), pairedRatio, settingsInFirstPaint, runs };
}
