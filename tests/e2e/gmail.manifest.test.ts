import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { outputDir } from './harness';

/** The Gmail feature's part of the manifest (modules/gmail.ts): its one content script, on the window only. */

const manifest = (build: string) => JSON.parse(readFileSync(path.join(outputDir(), build, 'manifest.json'), 'utf8'));

test.each(['chrome-mv3', 'firefox-mv2'])('%s runs its one content script only where the query has view=cf', (build) => {
  const [gmail, ...others] = manifest(build).content_scripts;
  expect(others).toEqual([]);
  expect(gmail.matches).toEqual([
    'https://mail.google.com/mail/*?view=cf',
    'https://mail.google.com/mail/*?view=cf&*',
    'https://mail.google.com/mail/*?*&view=cf',
    'https://mail.google.com/mail/*?*&view=cf&*',
  ]);
  // A glob would match look-alikes: `*view=cf*` matched `?preview=cf` and `#inbox?view=cf`.
  expect(gmail.include_globs).toBeUndefined();
});

test.each([
  ['chrome-mv3', 'host_permissions'],
  ['firefox-mv2', 'permissions'],
])('%s asks for Gmail’s /mail/ pages only, not the rest of mail.google.com', (build, key) => {
  const asked: string[] = manifest(build)[key];
  const google = asked.filter((permission) => permission.includes('google'));
  expect(google).toEqual(['https://mail.google.com/mail/*']);
});
