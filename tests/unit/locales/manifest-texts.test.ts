import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The name and description the manifest takes from each catalogue are what the stores show.
// Limits: Chrome's manifest docs (description ≤ 132 characters); MDN's manifest.json `name` page
// (as of February 2024: Chrome Web Store 75, addons.mozilla.org 50, Microsoft Edge Add-ons 45).
const languages = ['en', 'de', 'fr', 'es'];
const catalogue = (language: string) =>
  JSON.parse(readFileSync(path.resolve(__dirname, '../../../locales', `${language}.json`), 'utf8'));
const length = (text: string) => [...text].length;

describe.each(languages)('locales/%s.json', (language) => {
  const { extName, extDescription } = catalogue(language);
  it('names the extension within every store’s limit (Chrome 75, Firefox 50, Edge 45 characters)', () => {
    expect(length(extName)).toBeGreaterThan(0);
    expect(length(extName)).toBeLessThanOrEqual(45);
  });
  it('describes it within Chrome’s 132 characters', () => {
    expect(length(extDescription)).toBeGreaterThan(0);
    expect(length(extDescription)).toBeLessThanOrEqual(132);
  });
});
