import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens Chromium from Debian when Google Chrome is not installed.
const chromium = ['/usr/bin/google-chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROME_PATH ?? chromium.find((path) => existsSync(path)) ?? 'chrome' },
  chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update'],
});

import { existsSync } from 'node:fs';
