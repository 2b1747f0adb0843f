import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusNegatives, corpusPositives, pageSettleMs } from '../fixtures/forms/corpus';
import { performStep, type Step, walkthroughs } from '../fixtures/forms/corpus-walkthroughs';
import { statesOf } from './corpus-in-browser';
import { launchPlainChromium } from './harness';

/**
 * The corpus pages in real Chromium, without the extension: their scripts run without errors, and the
 * hand walkthrough reaches the states corpus.ts expects, as it does in happy-dom. The pages are served
 * at a real-looking address so they run as a web page would.
 */

const site = 'https://admin.example.org';
let browser: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launchPlainChromium();
  await browser.context.route(`${site}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    // The pages' logos and icons are not part of the corpus.
    if (!file.endsWith('.html')) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      contentType: 'text/html',
      body: readFileSync(path.resolve('tests/fixtures/forms', file), 'utf8'),
    });
  });
});
afterAll(() => browser?.close());

async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site}/${file}`);
  return { page, errors };
}

describe('corpus pages in real Chromium', () => {
  test.each(corpusNegatives.map(({ file }) => file))('%s loads without script errors', async (file) => {
    const { page, errors } = await open(file);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(corpusPositives)('$file filled by hand reaches the expected states', async ({ file, switches, values }) => {
    const { page, errors } = await open(file);
    for (const step of walkthroughs[file] ?? []) {
      if (step[0] === 'wait') await page.waitForTimeout(pageSettleMs);
      else await page.evaluate(`(${performStep.toString()})(${JSON.stringify(step satisfies Step)})`);
    }
    await page.waitForTimeout(pageSettleMs);
    const expected = { ...switches, ...values };
    const actual = await statesOf(page, Object.keys(expected));
    expect(errors).toEqual([]);
    expect(actual).toEqual(expected);
    await page.close();
  });
});
