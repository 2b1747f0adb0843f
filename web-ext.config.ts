import { defineWebExtConfig } from 'wxt';
import { findChromium } from './scripts/browsers.mjs';

// Chromium will not start as root (containers, CI) unless its sandbox is switched off.
const asRoot = process.getuid?.() === 0;

// `npm run dev` opens Debian's Chromium when Google Chrome is not installed.
export default defineWebExtConfig({
  binaries: { chrome: findChromium() ?? 'chrome' },
  chromiumArgs: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    ...(asRoot ? ['--no-sandbox'] : []),
  ],
});
