import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The floors of docs/architecture.md, enforced: a file imports only its own floor and the ones
 * below, the pure core and the DOM pipeline speak no language and call no browser API, and
 * nothing outside the Gmail feature names it (so it can be removed in one change).
 */

const root = path.resolve(__dirname, '../..');

/** Lowest first. A file may import from its own floor and every floor before it. */
const floors = [
  ['lib/icloud'],
  ['lib/autofill', 'lib/platform'],
  ['lib/text'],
  ['lib/page-notice', 'lib/features'],
  ['components'],
  ['entrypoints', 'modules'],
] as const;

const floorOf = (file: string) =>
  floors.findIndex((folders) => folders.some((folder) => file.startsWith(`${folder}/`)));

function sourceFiles(folder: string): string[] {
  const full = path.join(root, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

const files = ['lib', 'components', 'entrypoints', 'modules'].flatMap(sourceFiles);

/** Every module a file imports, as a path from the project root (or the bare package name). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specs =
    /^(?:import|export)\b[^'";]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm;
  return [...text.matchAll(specs)].map(([, from, bare, dynamic]) => {
    const spec = from ?? bare ?? dynamic ?? '';
    if (spec.startsWith('@/')) return spec.slice(2);
    if (spec.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    return spec;
  });
}

describe('the floors', () => {
  it('finds the files it judges', () => {
    expect(files.filter((file) => file.startsWith('lib/icloud/')).length).toBeGreaterThan(3);
    expect(files.filter((file) => floorOf(file) === -1 && file.startsWith('lib/'))).toEqual([]);
  });

  it.each(files)('%s imports no higher floor', (file) => {
    const own = floorOf(file);
    const higher = importsOf(file).filter((target) => floorOf(`${target}/`) > own || floorOf(target) > own);
    expect(higher).toEqual([]);
  });

  const pure = files.filter((file) => file.startsWith('lib/icloud/'));
  it.each(pure)('%s (the pure core) uses no browser API, no i18n and no DOM pipeline', (file) => {
    const banned = importsOf(file).filter((target) =>
      /^(wxt|#i18n|#imports|webextension-polyfill)|^lib\/(?!icloud)/.test(target),
    );
    expect(banned).toEqual([]);
  });

  const pipeline = files.filter((file) => file.startsWith('lib/autofill/'));
  it.each(pipeline)('%s (the DOM pipeline) uses no extension API, no i18n and names no site', (file) => {
    const banned = importsOf(file).filter((target) => /^(wxt|#i18n|#imports|webextension-polyfill|zod)/.test(target));
    // The report's schema sits beside the report, apart from what runs in pages.
    const allowed =
      file === 'lib/autofill/model-schema.ts' ? banned.filter((target) => !target.startsWith('zod')) : banned;
    expect(allowed).toEqual([]);
    expect(readFileSync(path.join(root, file), 'utf8')).not.toMatch(/gmail|google|cfss|cfa\b|view=cf/i);
  });

  it('only the text, feature and component floors (and entrypoints) speak a language', () => {
    const speaking = files.filter((file) => importsOf(file).includes('#i18n'));
    expect(speaking.filter((file) => floorOf(file) < floorOf('lib/text/x.ts'))).toEqual([]);
  });
});

describe('the Gmail feature is one removable piece', () => {
  // Besides its own folder: its entrypoints, its manifest module, its popup section, the guide's Gmail section
  // (which says when Google removes "Send mail as"), and one line each in the background and the popup.
  const allowedOutside = new Set([
    'modules/gmail.ts',
    'entrypoints/gmail/index.ts',
    'entrypoints/gmail-notice/index.ts',
    'entrypoints/background.ts',
    'entrypoints/popup/App.tsx',
    'components/popup/GmailSection.tsx',
    'components/guide/GmailSetup.tsx',
  ]);

  it('is imported only by its entrypoints, its manifest module, its popup section, the guide’s Gmail section, the background and the popup', () => {
    const importers = files.filter(
      (file) =>
        !file.startsWith('lib/features/gmail/') &&
        importsOf(file).some((target) => target.startsWith('lib/features/gmail')),
    );
    expect(importers.filter((file) => !allowedOutside.has(file))).toEqual([]);
  });
});
