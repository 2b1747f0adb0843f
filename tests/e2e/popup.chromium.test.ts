import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness';

let chromium: ChromiumSession;
let popup: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  popup = await chromium.context.newPage();
  // The toolbar popup is 400 px wide; at 360 px (a narrower window) it must still fit.
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(chromium.extensionUrl('popup.html'));
});
afterAll(() => chromium?.close());

const clipboard = () => popup.evaluate(() => navigator.clipboard.readText());

test('typing an address shows its settings', async () => {
  await popup.getByLabel('Your iCloud email address').pressSequentially('alex@icloud.com');
  const imap = popup.getByRole('region', { name: 'Incoming mail (IMAP)' });
  await expect(imap.getByText('imap.mail.me.com').textContent()).resolves.toBe('imap.mail.me.com');
  const smtp = popup.getByRole('region', { name: 'Outgoing mail (SMTP)' });
  // Drawn a frame after the last key, as a person sees it.
  await expect
    .poll(() => smtp.locator('code').allTextContents())
    .toEqual(['smtp.mail.me.com', '587', 'STARTTLS', 'alex@icloud.com']);
});

test('fits 360 px without horizontal scrolling, light and dark; screenshots saved', async () => {
  await mkdir('test-results', { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const overflow = await popup.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await popup.screenshot({
      path: `test-results/popup${colorScheme === 'dark' ? '-dark' : ''}.png`,
      fullPage: true,
    });
  }
  await popup.emulateMedia({ colorScheme: 'light' });
});

test('a copy button puts exactly its value on the real clipboard and says Copied', async () => {
  const copySmtpUsername = popup.getByRole('button', { name: 'Copy SMTP username' });
  await copySmtpUsername.click();
  await popup.waitForFunction(() => document.querySelector('[data-outcome="copied"]')?.textContent === 'Copied');
  await expect(clipboard()).resolves.toBe('alex@icloud.com');
  await expect.poll(() => popup.getByRole('status').textContent()).toBe('Copied: alex@icloud.com');
});

test('copy buttons work from the keyboard', async () => {
  await popup.getByRole('button', { name: 'Copy IMAP server' }).focus();
  await popup.keyboard.press('Enter');
  await expect.poll(clipboard).toBe('imap.mail.me.com');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Space');
  await expect.poll(clipboard).toBe('993');
});

test('"Copy all" puts the whole set on the clipboard as readable text', async () => {
  await popup.getByRole('button', { name: 'Copy all' }).click();
  await expect
    .poll(clipboard)
    .toBe(
      [
        'iCloud Mail settings for alex@icloud.com',
        '',
        'Incoming mail (IMAP)',
        'Server: imap.mail.me.com',
        'Port: 993',
        'Security: SSL/TLS (port 993)',
        'Username: alex (if that fails, use alex@icloud.com)',
        '',
        'Outgoing mail (SMTP)',
        'Server: smtp.mail.me.com',
        'Port: 587',
        'Security: STARTTLS (port 587)',
        'Username: alex@icloud.com',
        '',
        'Password: your app-specific password',
      ].join('\n'),
    );
});

test('"Copy as" Python smtplib copies the snippet', async () => {
  await popup.getByLabel('Copy as').selectOption({ label: 'Python smtplib' });
  await popup.getByRole('button', { name: 'Copy all' }).click();
  await expect.poll(clipboard).toContain('with smtplib.SMTP("smtp.mail.me.com", 587) as smtp:');
  await popup.getByLabel('Copy as').selectOption({ label: 'Plain text' });
});

test('remembers the address the next time the popup opens', async () => {
  const again = await chromium.context.newPage();
  await again.goto(chromium.extensionUrl('popup.html'));
  await expect.poll(() => again.getByLabel('Your iCloud email address').inputValue()).toBe('alex@icloud.com');
  await again.close();
});

test('made no network request', () => {
  expect(chromium.strayRequests).toEqual([]);
});
