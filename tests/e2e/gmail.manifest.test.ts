import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { outputDir } from './harness';

/** The Gmail feature's part of the manifest (modules/gmail.ts): its one content script, on the window only. */

const manifest = (build: string) => JSON.parse(readFileSync(path.join(outputDir(), build, 'manifest.json'), 'utf8'));

test.each(['chrome-mv3', 'firefox-mv2'])('%s runs its one content script only on Gmail’s window', (build) => {
  const [gmail, ...others] = manifest(build).content_scripts;
  expect(others).toEqual([]);
  expect(gmail.matches).toEqual(['https://mail.google.com/mail/*']);
  expect(gmail.include_globs).toEqual(['*view=cf*']);
});
