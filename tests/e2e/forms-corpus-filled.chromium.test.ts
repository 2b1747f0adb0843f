import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { corpusPositives, knownFailing, pageSettleMs } from '../fixtures/forms/corpus';
import { fieldState } from '../fixtures/forms/corpus-walkthroughs';
import { type FillDriver, launchFillDriver } from './fill-driver';

/**
 * The corpus pages filled by the built extension in real Chromium, through the popup's "Fill this
 * page", with the layout a browser gives them: each reaches the states corpus.ts expects. The
 * extension keeps no sender name, so a name field keeps what it held.
 */

/** Pass in happy-dom, not yet in Chromium: the layout hides what they set (left open in the report of h-forms). */
const failingInChromium = ['p26-jenkins-email-notification.html', 'p43-wikijs-admin-mail.html'];

let driver: FillDriver;
beforeAll(async () => {
  driver = await launchFillDriver((name) =>
    /^p\d+-[\w-]+\.html$/.test(name) ? readFileSync(path.resolve('tests/fixtures/forms', name), 'utf8') : undefined,
  );
});
afterAll(() => driver?.close());

const testFor = (file: string) => (knownFailing.includes(file) || failingInChromium.includes(file) ? test.fails : test);

for (const { file, switches, values } of corpusPositives)
  testFor(file)(
    `${file} is filled by the extension in Chromium`,
    async () => {
      const page = await driver.open(file);
      const names = Object.keys(values).filter((selector) => values[selector] === 'Alex Appleseed');
      const before = (await page.evaluate(
        `Object.fromEntries(${JSON.stringify(names)}.map((selector) => [selector, document.querySelector(selector)?.value ?? '']))`,
      )) as Record<string, string>;
      await driver.fill();
      await page.waitForTimeout(pageSettleMs);
      const expected = { ...switches, ...values, ...before };
      const actual = await page.evaluate(
        `Object.fromEntries(${JSON.stringify(Object.keys(expected))}.map((selector) => { const element = document.querySelector(selector); return [selector, element ? (${fieldState.toString()})(element) : '(absent)']; }))`,
      );
      expect(actual).toEqual(expected);
    },
    60_000,
  );
