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
