import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imapServer, smtpServer } from '@/lib/icloud/icloud';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const length = (text: string) => [...text].length;

/** A listing's sections by heading ("## Description" → "Description"). */
function sections(listing: string): Map<string, string> {
  const parts = listing.split(/^## (.+)$/m).slice(1);
  const found = new Map<string, string>();
  for (let index = 0; index < parts.length; index += 2) found.set(parts[index] ?? '', (parts[index + 1] ?? '').trim());
  return found;
}

/** Every permission of the README's table ("| `storage` | required | why |"). */
function readmePermissions(): string[] {
  const readme = read('README.md');
  const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
  return [...table.matchAll(/^\| `([^`]+)` \|/gm)].map(([, name]) => name ?? '').sort();
}

// The month Google gives for removing third-party "Send mail as" (no day: Google names none).
const removal = { en: 'January 2027', de: 'Januar 2027', fr: 'janvier 2027', es: 'enero de 2027' };
const sources = ['102525', '102654', '102198', '22370', '17101213'];

describe.each(Object.entries(removal))('store/%s.md', (language, removalMonth) => {
  const listing = read(`store/${language}.md`);
  const fields = sections(listing);
  const field = (name: string) => fields.get(name) ?? '';

  it('has every field the stores ask for', () => {
    expect([...fields.keys()]).toEqual([
      'Short description',
      'Description',
      'Single purpose',
      'Permissions',
      'Privacy',
    ]);
    for (const text of fields.values()) expect(text.length).toBeGreaterThan(0);
  });

  it('has the manifest’s description as its short description: Chrome ≤ 132 characters, AMO summary ≤ 250', () => {
    const { extDescription } = JSON.parse(read(`locales/${language}.json`));
    expect(field('Short description')).toBe(extDescription);
    expect(length(field('Short description'))).toBeLessThanOrEqual(132);
    expect(length(field('Short description'))).toBeLessThanOrEqual(250);
  });

  it('keeps the description within the Chrome Web Store’s 16,000 characters', () => {
    expect(length(field('Description'))).toBeLessThanOrEqual(16_000);
  });

  it('names each Apple and Google article it is built on exactly once', () => {
    for (const article of sources) expect(listing.split(article).length - 1, article).toBe(1);
  });

  it('says Google removes third-party "Send mail as" in January 2027, without inventing a day', () => {
    expect(field('Description')).toContain(removalMonth);
    expect(listing).not.toMatch(
      /\d{1,2}\.?\s*(January|Januar|janvier|enero)|(January|Januar|janvier|enero)\s+\d{1,2}\b/,
    );
  });

  it('shows the servers and ports of lib/icloud/icloud.ts, and no other iCloud host', () => {
    const description = field('Description');
    for (const value of [imapServer.host, `${imapServer.port}`, smtpServer.host, `${smtpServer.port}`])
      expect(description).toContain(value);
    const hosts = new Set(listing.match(/[\w.-]+\.me\.com\b/g));
    expect([...hosts].sort()).toEqual([imapServer.host, smtpServer.host].sort());
  });

  it('explains exactly the permissions of the README’s table', () => {
    const explained = [...field('Permissions').matchAll(/^- `([^`]+)`/gm)].map(([, name]) => name ?? '');
    expect(explained.sort()).toEqual(readmePermissions());
  });

  it('answers the privacy questions: data collected, network requests, remote code', () => {
    expect(field('Privacy').match(/^- /gm)).toHaveLength(3);
  });
});
