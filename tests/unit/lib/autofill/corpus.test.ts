import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autofillMailSetup, undoLastFill } from '@/lib/autofill';
import {
  type CorpusPositive,
  corpusNegatives,
  corpusPositives,
  knownFailingInHappyDom,
  lessons,
  pageSettleMs,
} from '../../../fixtures/forms/corpus';
import { fieldState } from '../../../fixtures/forms/corpus-walkthroughs';
import { elementAt, loadFixture, pageValues } from './fixture-page';

/**
 * The second corpus (tests/fixtures/forms/corpus.ts): real products' mail settings pages must be filled
 * with iCloud's settings, switches included, and undone exactly; look-alike pages must be left alone.
 */

const account = { address: 'alex@icloud.com', name: 'Alex Appleseed' };
const fixtures = path.resolve('tests/fixtures/forms');
const read = (file: string) => readFileSync(path.join(fixtures, file), 'utf8');
const settle = () => new Promise((resolve) => setTimeout(resolve, pageSettleMs));
const testFor = (file: string) => (knownFailingInHappyDom.includes(file) ? it.fails : it);
const timeout = 15_000;

/** The states of the named fields, with fields the page has not rendered marked as absent. */
function statesOf(selectors: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    selectors.map((selector) => {
      try {
        return [selector, fieldState(elementAt(selector))];
      } catch {
        return [selector, '(absent)'];
      }
    }),
  );
}

const expectedOf = (page: CorpusPositive) => ({ ...page.switches, ...page.values });

/** The page as an undo must leave it: as before the fill, but for the passwords the page itself emptied. */
function afterUndo(page: CorpusPositive, before: { values: string[]; states: Record<string, string> }) {
  const cleared = page.passwordsClearedByPage ?? [];
  const keys = new Set(cleared.map((selector) => elementAt(selector).getAttribute('name') ?? elementAt(selector).id));
  return {
    states: { ...before.states, ...Object.fromEntries(cleared.map((selector) => [selector, ''])) },
    values: before.values.map((entry) => (keys.has(entry.split('=')[0] ?? '') ? entry.replace(/=.*:/, '=:') : entry)),
  };
}

describe('corpus: real products’ mail settings pages are filled with iCloud settings', () => {
  for (const page of corpusPositives) {
    testFor(page.file)(
      page.file,
      async () => {
        const expected = expectedOf(page);
        const selectors = Object.keys(expected);
        loadFixture(read(page.file));
        const before = { values: pageValues(), states: statesOf(selectors) };

        const report = await autofillMailSetup(document, account);
        await settle();
        expect(report).toMatchObject({ detected: true, form: { kind: 'generic' } });
        expect(statesOf(selectors)).toEqual(expected);
        for (const role of page.left ?? [])
          expect(report.fields.find((field) => field.role === role)).toMatchObject({
            outcome: 'left',
            reason: 'password',
          });

        await undoLastFill();
        await settle();
        const restored = afterUndo(page, before);
        expect(statesOf(selectors)).toEqual(restored.states);
        expect(pageValues()).toEqual(restored.values);

        loadFixture(read(page.file));
        await autofillMailSetup(document, account);
        await settle();
        const filled = pageValues();
        const again = await autofillMailSetup(document, account);
        await settle();
        expect(pageValues()).toEqual(filled);
        expect(again.fields.filter((field) => field.outcome === 'filled' || field.outcome === 'corrected')).toEqual([]);
      },
      timeout,
    );
  }
});

describe('corpus: look-alike pages are left exactly as they were', () => {
  for (const { file } of corpusNegatives) {
    testFor(file)(
      file,
      async () => {
        loadFixture(read(file));
        const before = pageValues();
        const report = await autofillMailSetup(document, account);
        await settle();
        expect(report).toMatchObject({ detected: false, fields: [], reason: 'no-form' });
        expect(pageValues()).toEqual(before);
      },
      timeout,
    );
  }
});

describe('corpus: the pages say what they model and the list covers the issue', () => {
  const listed = [...corpusPositives.map(({ file }) => file), ...corpusNegatives.map(({ file }) => file)];

  it('lists every corpus page on disk, and only pages that exist', () => {
    const onDisk = readdirSync(fixtures).filter((file) =>
      /^(p(2[1-9]|[3-9]\d|[1-9]\d\d)|n(1[5-9]|[2-9]\d|[1-9]\d\d))-.*\.html$/.test(file),
    );
    expect([...listed].sort()).toEqual(onDisk.sort());
  });

  it.each(listed)('%s starts with a header naming the product, its route, the facts and what it tests', (file) => {
    const header = read(file).match(/^<!--([\s\S]*?)-->/)?.[1] ?? '';
    for (const part of ['Product:', 'Route:', 'Facts from:']) expect(header).toContain(part);
    expect(header).toMatch(file.startsWith('p') ? /Lessons: \d/ : /A look-alike/);
  });

  it('is at least 27 positives, 6 of them in German, French or Spanish, and 12 look-alikes', () => {
    expect(corpusPositives.length).toBeGreaterThanOrEqual(27);
    expect(corpusPositives.filter(({ language }) => language !== 'en').length).toBeGreaterThanOrEqual(6);
    expect(corpusNegatives.length).toBeGreaterThanOrEqual(12);
  });

  it.each(Object.keys(lessons).map(Number))('tests lesson %i on at least three pages', (lesson) => {
    expect(
      corpusPositives.filter((page) => page.lessons.some((tested) => tested === lesson)).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('names only fields each page has before the fill or mounts for it', () => {
    for (const page of corpusPositives) {
      loadFixture(read(page.file));
      const absent = Object.entries(statesOf(Object.keys(expectedOf(page)))).filter(
        ([, state]) => state === '(absent)',
      );
      // Fields a page mounts only after a switch (credentials behind an authentication toggle).
      const mountedLater = [
        '#user',
        '#pass',
        '[id="smtpServer.user"]',
        '[id="smtpServer.password"]',
        '#username',
        '#smtp-password',
        '[name=key_store]:checked',
        '#smtp-settings-form-username',
        '#smtp-settings-form-password',
        // A page that draws its SMTP settings only once the sending driver is set to SMTP.
        ...[1, 2, 3, 4, 5].map((row) => `.MailPage-MailSettings-input > .Form-group:nth-of-type(${row}) input`),
      ];
      expect(
        absent.map(([selector]) => selector).filter((selector) => !mountedLater.includes(selector)),
        page.file,
      ).toEqual([]);
    }
  });
});
