import { defineWebExtConfig } from 'wxt';
import { findChromium } from './scripts/browsers.mjs';

// `npm run dev` opens Debian's Chromium when Google Chrome is not installed.
export default defineWebExtConfig({
  binaries: { chrome: findChromium() ?? 'chrome' },
  chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
