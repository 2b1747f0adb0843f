import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';

// Extension APIs as the built pages see them (the tests run them inside the page).
declare const chrome: {
  storage: { local: { set: (items: object) => Promise<void> } };
  runtime: { getManifest: () => { options_ui?: object } };
};

const axePath = path.resolve('node_modules/axe-core/axe.min.js');
const screenshots = path.resolve('test-results');

let chromium: ChromiumSession;
beforeAll(async () => {
  chromium = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});
afterAll(() => chromium?.close());

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Every axe rule that fails on the page as it is now, with the elements it fails on. */
async function violations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP script-src 'self'), so addScriptTag is blocked; evaluate is not.
  await page.evaluate(await readFile(axePath, 'utf8'));
  const found = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document);
    return result.violations;
  });
  return found.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function openPage(file: string, colorScheme: 'light' | 'dark', width: number): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(chromium.extensionUrl(file));
  await page.locator('h1').waitFor();
  return page;
}

async function saveAccount(address: string) {
  const page = await chromium.context.newPage();
  await page.goto(chromium.extensionUrl('popup.html'));
  await page.evaluate((value) => chrome.storage.local.set({ account: { address: value } }), address);
  await page.close();
}

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  test('the popup has no accessibility violations, before and after an address is typed', async () => {
    await saveAccount('');
    const popup = await openPage('popup.html', colorScheme, 360);
    expect(await violations(popup)).toEqual([]);
    await popup.getByLabel('Your iCloud email address').pressSequentially('alex@icloud.com');
    await popup.getByRole('region', { name: 'Outgoing mail (SMTP)' }).waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.screenshot({ path: path.join(screenshots, `popup-${colorScheme}.png`), fullPage: true });
    await popup.close();
  });

  test('the guide without a saved address has no accessibility violations', async () => {
    await saveAccount('');
    const guide = await openPage('guide.html', colorScheme, 1024);
    expect(await violations(guide)).toEqual([]);
    await guide.close();
  });

  test('the guide with a saved address, a diagnosis and an audit has no accessibility violations', async () => {
    await saveAccount('alex@icloud.com');
    const guide = await openPage('guide.html', colorScheme, 1024);
    await guide.getByRole('radio', { name: /certificate/i }).check();
    await guide.getByRole('textbox', { name: 'Outgoing port' }).fill('465');
    await guide.getByRole('button', { name: 'Check', exact: true }).click();
    await guide.getByRole('table', { name: 'What to change' }).waitFor();
    expect(await violations(guide)).toEqual([]);
    await guide.screenshot({ path: path.join(screenshots, `guide-${colorScheme}.png`), fullPage: true });
    await guide.close();
  });
});

test('the guide can be used by keyboard alone, with a visible focus', async () => {
  await saveAccount('alex@icloud.com');
  const guide = await openPage('guide.html', 'light', 1024);
  await guide.keyboard.press('Tab');
  const first = await guide.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    return { text: focused.textContent, outline: getComputedStyle(focused).outlineStyle };
  });
  expect(first).toEqual({ text: 'Your settings', outline: 'solid' });
  // Follow the contents link to the troubleshooter, then pick a symptom with the arrow keys.
  for (let step = 1; step < 13; step++) await guide.keyboard.press('Tab');
  await guide.keyboard.press('Enter');
  await expect.poll(() => guide.evaluate(() => location.hash)).toBe('#troubleshooting');
  await guide.getByRole('radio').first().focus();
  await guide.keyboard.press('ArrowDown');
  await expect(guide.getByRole('radio', { name: /rejected when receiving/ }).isChecked()).resolves.toBe(true);
  await expect(guide.getByText(/The incoming server refused the username\./).isVisible()).resolves.toBe(true);
  await guide.close();
});

test('a hash in the URL opens the guide at that section', async () => {
  const guide = await chromium.context.newPage();
  await guide.setViewportSize({ width: 1024, height: 700 });
  await guide.goto(chromium.extensionUrl('guide.html#troubleshooting'));
  const heading = guide.getByRole('heading', { name: 'Troubleshooting', level: 2 });
  await heading.waitFor();
  await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(100);
  await guide.close();
});
