import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusPositives } from '../fixtures/forms/corpus';
import { fieldState } from '../fixtures/forms/corpus-walkthroughs';
import { controlStates, type FillDriver, launchFillDriver } from './fill-driver';

/**
 * The corpus pages whose mode or security is a custom dropdown (a listbox mounted at the end of
 * <body>, a read-only combobox input, a button with its own list), filled by "Fill this page" of the
 * built extension in real Chromium: the states corpus.ts expects, and Undo puts every one back.
 */

const widgetPages = [
  'p24-zabbix-media-type-email.html',
  'p32-rocketchat-email-smtp.html',
  'p40-truenas-email-options.html',
  'p41-proxmox-smtp-target.html',
  'p45-shopware-mailer-de.html',
];

let driver: FillDriver;
beforeAll(async () => {
  driver = await launchFillDriver((name) =>
    widgetPages.includes(name) ? readFileSync(path.resolve('tests/fixtures/forms', name), 'utf8') : undefined,
  );
}, 90_000);
afterAll(() => driver?.close());

function statesOf(tab: Page, selectors: string[]): Promise<Record<string, string>> {
  return tab.evaluate(
    `Object.fromEntries(${JSON.stringify(selectors)}.map((selector) => { const element = document.querySelector(selector); return [selector, element ? (${fieldState.toString()})(element) : '(absent)']; }))`,
  );
}

describe('custom dropdowns in real Chromium', () => {
  test.each(corpusPositives.filter(({ file }) => widgetPages.includes(file)))(
    '$file is filled through its dropdowns and undone exactly',
    async ({ file, switches, values }) => {
      // The extension keeps no sender name (only the address), so the popup's fill leaves name fields as they were.
      const expected = Object.fromEntries(
        Object.entries({ ...switches, ...values }).filter(([, state]) => state !== 'Alex Appleseed'),
      );
      const selectors = Object.keys(expected);
      const tab = await driver.open(file);
      const before = await statesOf(tab, selectors);
      const controls = await controlStates(tab);
      const { popup } = await driver.fill();
      await expect.poll(() => statesOf(tab, selectors)).toEqual(expected);
      expect(await tab.locator('[role=listbox]').count()).toBe(0);
      await driver.undo(popup);
      await expect.poll(() => statesOf(tab, selectors)).toEqual(before);
      await expect.poll(() => controlStates(tab)).toEqual(controls);
    },
  );
});
