import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { outputDir } from './harness';

/** The permissions the README's table lists, e.g. "| `storage` | why |". */
function permissionsInReadme(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
  return [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] as string).sort();
}

function permissionsInManifest(build: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(outputDir(), build, 'manifest.json'), 'utf8'));
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches),
  ]
    .filter((permission, index, all) => all.indexOf(permission) === index)
    .sort();
}

test.each(['chrome-mv3', 'firefox-mv2'])(
  'the %s manifest asks for exactly the permissions the README lists',
  (build) => {
    expect(permissionsInManifest(build)).toEqual(permissionsInReadme());
  },
);
