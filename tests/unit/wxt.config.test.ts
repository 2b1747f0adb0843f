import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, expect, it } from 'vitest';
import config from '../../wxt.config';

// A project tree with what the sources zip must hold and what it must leave out, matched by the
// same glob library and options WXT's `zip` uses.
const kept = [
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
  'assets/icon.svg',
  'lib/icloud/icloud.ts',
  'locales/de.json',
];
const left = [
  'test-results/popup.png',
  'test-results/store/popup-en.png',
  'store/screenshots/popup-en.png',
  'store/en.md',
  'tests/e2e/harness.ts',
  'tests/fixtures/gmail/step2.html',
  'bench/results.json',
  'docs/popup.png',
  'zz-scratch.mjs',
];
const root = mkdtempSync(path.join(tmpdir(), 'icloud-zip-sources-'));
for (const file of [...kept, ...left]) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), '');
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('the Firefox sources zip takes the files that build the add-on and none of the tests, screenshots or listing', async () => {
  const zipped = await glob(['**/*'], { cwd: root, ignore: config.zip?.excludeSources ?? [], onlyFiles: true });
  expect(zipped.sort()).toEqual([...kept].sort());
});
