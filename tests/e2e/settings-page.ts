import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * The mail-settings page the "Fill this page" and "Always fill" e2e tests use: a reactive form
 * (tests/fixtures/forms/p12-reactive-port-reset.html) served at a real-looking address, and what
 * each of its fields holds once iCloud's settings are in.
 */
export const settingsSite = 'https://cloud.example.org';
export const settingsPage = readFileSync('tests/fixtures/forms/p12-reactive-port-reset.html', 'utf8');

/** Every field's value by its name. */
export const fieldValues = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((field) => [
        field.name,
        field.value,
      ]),
    ),
  );

export const filledValues = {
  email_address: 'alex@icloud.com',
  imap_host: 'imap.mail.me.com',
  imap_security: 'ssl',
  imap_port: '993',
  imap_user: 'alex',
  imap_password: '',
  smtp_host: 'smtp.mail.me.com',
  smtp_security: 'tls',
  smtp_port: '587',
  smtp_user: 'alex@icloud.com',
  smtp_password: '',
};
