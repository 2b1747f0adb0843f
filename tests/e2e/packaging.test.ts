import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

/** The file names a zip holds, read from its central directory. */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    const nameLength = zip.readUInt16LE(entry + 28);
    const skip = zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
    names.push(zip.toString('utf8', entry + 46, entry + 46 + nameLength));
    entry += 46 + nameLength + skip;
  }
  return names;
}

const outDir = mkdtempSync(path.join(tmpdir(), 'icloud-zip-'));
// A screenshot the e2e run could have left, so that leaving test-results/ out is really exercised.
const leftover = path.resolve('test-results/packaging-leftover.png');
const zipFile = (suffix: string) => {
  const name = readdirSync(outDir).find((file) => file.endsWith(`-${suffix}.zip`));
  if (!name) throw new Error(`no *-${suffix}.zip in ${readdirSync(outDir).join(', ')}`);
  return path.join(outDir, name);
};

beforeAll(() => {
  mkdirSync(path.dirname(leftover), { recursive: true });
  writeFileSync(leftover, 'not a source');
  // The same three commands `npm run zip` runs, into a folder of their own.
  for (const browser of ['chrome', 'edge', 'firefox']) {
    execFileSync('npx', ['wxt', 'zip', '-b', browser], { env: { ...process.env, WXT_OUT_DIR: outDir }, stdio: 'pipe' });
  }
});
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(leftover, { force: true });
});

test.each(['chrome', 'edge', 'firefox'])(
  'the %s zip holds the built extension with its manifest and icons',
  (browser) => {
    expect(zipEntries(zipFile(browser))).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'icons/16.png',
        'icons/128.png',
        'popup.html',
        '_locales/de/messages.json',
      ]),
    );
  },
);

test('the Firefox sources zip holds the sources that build the add-on, and no test results, tests or listing', () => {
  const entries = zipEntries(zipFile('sources'));
  expect(entries).toEqual(
    expect.arrayContaining([
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'assets/icon.svg',
      'lib/icloud/icloud.ts',
    ]),
  );
  const leftOut = /^(test-results|tests|store|bench|node_modules|\.output|\.wxt)\//;
  expect(entries.filter((entry) => leftOut.test(entry))).toEqual([]);
});
