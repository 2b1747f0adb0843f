import { existsSync } from 'node:fs';

/** Where a Chromium-family browser lives; CHROME_PATH overrides the search. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((path) => Boolean(path && existsSync(path)));
}

/** Where Firefox lives; FIREFOX_PATH overrides the search. */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => Boolean(path && existsSync(path)));
}
