import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { outputDir } from './harness';

type Kind = 'required' | 'host' | 'optional host';

/** The README's permission table, e.g. "| `storage` | required | why |", by kind. */
function readmePermissions(kind: Kind): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
  return [...table.matchAll(/^\| `([^`]+)` \| ([a-z ]+) \|/gm)]
    .filter((row) => row[2] === kind)
    .map((row) => row[1] as string)
    .sort();
}

function manifest(build: string) {
  return JSON.parse(readFileSync(path.join(outputDir(), build, 'manifest.json'), 'utf8'));
}

const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();

test('the Chrome manifest asks for exactly the permissions the README lists, each of its kind', () => {
  const chrome = manifest('chrome-mv3');
  expect(sorted(chrome.permissions)).toEqual(readmePermissions('required'));
  expect(sorted(chrome.host_permissions)).toEqual(readmePermissions('host'));
  expect(sorted(chrome.optional_host_permissions)).toEqual(readmePermissions('optional host'));
  expect(chrome.optional_permissions).toBeUndefined();
});

test('the Firefox manifest asks for exactly the permissions the README lists, each of its kind', () => {
  const firefox = manifest('firefox-mv2');
  // Manifest V2 lists host permissions among the others.
  expect(sorted(firefox.permissions)).toEqual(sorted([...readmePermissions('required'), ...readmePermissions('host')]));
  expect(sorted(firefox.optional_permissions)).toEqual(readmePermissions('optional host'));
});

test.each(['chrome-mv3', 'firefox-mv2'])(
  '%s names itself and its toolbar button in the browser’s language',
  (build) => {
    const { name, description, action, browser_action } = manifest(build);
    expect([name, description, (action ?? browser_action).default_title]).toEqual([
      '__MSG_extName__',
      '__MSG_extDescription__',
      '__MSG_extName__',
    ]);
  },
);

/** A PNG's width and height, from its IHDR header. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test.each(['chrome-mv3', 'firefox-mv2'])(
  '%s has its icon at 16, 32, 48 and 128 px, for the extension and the toolbar button',
  (build) => {
    const { icons, action, browser_action } = manifest(build);
    expect(Object.keys(icons)).toEqual(['16', '32', '48', '128']);
    expect((action ?? browser_action).default_icon).toEqual(icons);
    for (const [size, file] of Object.entries<string>(icons)) {
      expect(pngSize(path.join(outputDir(), build, file))).toEqual([Number(size), Number(size)]);
    }
  },
);

test('the Firefox add-on id is a GUID of its own, not an address under a domain we do not own', () => {
  const { id } = manifest('firefox-mv2').browser_specific_settings.gecko;
  expect(id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
});
