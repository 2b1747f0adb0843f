import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FillDriver, launchFillDriver } from './fill-driver';

/**
 * Nineteen ways a page can hide a field from the person in front of it. A visible SMTP form
 * holds one more field, an "Email address", hidden in one of these ways: "Fill this page" fills
 * the visible form (its radios hidden behind styled labels included) and never the hidden field,
 * which would otherwise be the only place for the address. The control case shows it would be.
 */

const hide: Record<string, { css?: string; wrap: (field: string) => string }> = {
  'display: none on a wrapper': { wrap: (field) => `<div style="display:none">${field}</div>` },
  'visibility: hidden on the field': { css: '#trap{visibility:hidden}', wrap: (field) => field },
  'the hidden attribute on a wrapper': { wrap: (field) => `<div hidden>${field}</div>` },
  'opacity: 0 on the field': { css: '#trap{opacity:0}', wrap: (field) => field },
  'opacity: 0 on a wrapper': { wrap: (field) => `<div style="opacity:0">${field}</div>` },
  'placed far left (left: -99999px)': {
    wrap: (field) => `<div style="position:absolute;left:-99999px">${field}</div>`,
  },
  'placed far right (left: 99999px)': { wrap: (field) => `<div style="position:absolute;left:99999px">${field}</div>` },
  'placed far below (top: 99999px)': { wrap: (field) => `<div style="position:absolute;top:99999px">${field}</div>` },
  'moved off the page with position: relative': {
    wrap: (field) => `<div style="position:relative;left:99999px">${field}</div>`,
  },
  'fixed above the window': { wrap: (field) => `<div style="position:fixed;top:-500px;left:0">${field}</div>` },
  'clip-path: inset(50%)': { wrap: (field) => `<div style="clip-path:inset(50%)">${field}</div>` },
  'clip: rect(0 0 0 0)': {
    css: '#trap{position:absolute;clip:rect(0 0 0 0)}',
    wrap: (field) => `<div style="position:relative">${field}</div>`,
  },
  'one pixel square': { css: '#trap{width:1px;height:1px;padding:0;border:0}', wrap: (field) => field },
  'transform: scale(0)': { wrap: (field) => `<div style="transform:scale(0)">${field}</div>` },
  'a wrapper of no height that hides its overflow': {
    wrap: (field) => `<div style="height:0;overflow:hidden">${field}</div>`,
  },
  'covered by another element': {
    wrap: (field) =>
      `<div style="position:relative">${field}<div style="position:absolute;inset:-4px;background:#fff"></div></div>`,
  },
  'content-visibility: hidden': { wrap: (field) => `<div style="content-visibility:hidden">${field}</div>` },
  'a closed <details> whose summary is hidden': {
    wrap: (field) => `<details><summary style="display:none">More</summary>${field}</details>`,
  },
  'a container whose class says tab-pane, with no tab that opens it': {
    css: '.tab-pane{display:none}.tab-pane.active{display:block}',
    wrap: (field) => `<div class="tab-pane" id="more">${field}</div>`,
  },
};

const trap = '<label>Email address <input id="trap" name="trap" type="email"></label>';
const page = (css: string, hidden: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Outgoing mail</title>
<style>
  body{font:16px sans-serif;margin:2em} label{display:block;margin:.5em 0}
  .choice{display:inline-block;border:1px solid #888;padding:.3em 1em;position:relative}
  .choice input{opacity:0;position:absolute;left:0;top:0}
  ${css}
</style></head>
<body>
<form>
  <h2>Outgoing mail server (SMTP)</h2>
  <label>SMTP server <input name="smtp_host"></label>
  <label>Port <input name="smtp_port" value="25"></label>
  <fieldset><legend>Encryption</legend>
    <label class="choice"><input type="radio" name="enc" value="none" checked> None</label>
    <label class="choice"><input type="radio" name="enc" value="starttls"> STARTTLS</label>
    <label class="choice"><input type="radio" name="enc" value="ssl"> SSL/TLS</label>
  </fieldset>
  <label>Username <input name="smtp_user"></label>
  <label>Password <input name="smtp_pass" type="password"></label>
  ${hidden}
  <button>Save</button>
</form>
</body></html>`;

const cases = Object.entries(hide);
const pages = new Map<string, string>([['visible', page('', trap)]]);
for (const [index, [, { css = '', wrap }]] of cases.entries()) pages.set(`hidden-${index}`, page(css, wrap(trap)));

let driver: FillDriver;
beforeAll(async () => {
  driver = await launchFillDriver((name) => pages.get(name));
}, 90_000);
afterAll(() => driver?.close());

const form = (tab: Page) =>
  tab.evaluate(() => {
    const value = (name: string) => (document.querySelector(`[name=${name}]`) as HTMLInputElement).value;
    return {
      smtp_host: value('smtp_host'),
      smtp_port: value('smtp_port'),
      enc: (document.querySelector('[name=enc]:checked') as HTMLInputElement).value,
      smtp_user: value('smtp_user'),
      trap: value('trap'),
    };
  });

const filledForm = {
  smtp_host: 'smtp.mail.me.com',
  smtp_port: '587',
  enc: 'starttls',
  smtp_user: 'alex@icloud.com',
};

test('control: the same field, visible, is where the address goes', async () => {
  const tab = await driver.open('visible');
  await driver.fill();
  await expect.poll(() => form(tab)).toEqual({ ...filledForm, trap: 'alex@icloud.com' });
});

describe('a hidden field stays empty, the visible form is filled', () => {
  test.each(cases.map(([how], index) => ({ how, index })))('$how', async ({ index }) => {
    const tab = await driver.open(`hidden-${index}`);
    await driver.fill();
    await expect.poll(() => form(tab)).toEqual({ ...filledForm, trap: '' });
  });
});

test('there are nineteen ways', () => {
  expect(cases).toHaveLength(19);
});
