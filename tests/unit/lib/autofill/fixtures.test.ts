import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autofillMailSetup, undoLastFill } from '@/lib/autofill';
import {
  firstCorpusAccount as account,
  firstCorpusNegatives as negatives,
  firstCorpusPositives as positives,
} from '../../../fixtures/forms/first-corpus';
import { loadFixture, pageValues, valueAt } from './fixture-page';

/**
 * Every mail-setup page in tests/fixtures/forms and the value each role must end up with, and
 * every look-alike page that must be left exactly as it was.
 */

const fixtures = path.resolve('tests/fixtures/forms');

const read = (file: string) => readFileSync(path.join(fixtures, file), 'utf8');

describe('mail-setup pages are detected and filled with iCloud settings', () => {
  it.each(positives)('$file', async ({ file, values, left = [] }) => {
    loadFixture(read(file));
    const report = await autofillMailSetup(document, account);
    expect(report.detected).toBe(true);
    expect(report.form?.kind).toBe('generic');
    const actual = Object.fromEntries(Object.keys(values).map((selector) => [selector, valueAt(selector)]));
    expect(actual).toEqual(values);
    for (const role of left)
      expect(report.fields.find((field) => field.role === role)).toMatchObject({ outcome: 'left', reason: 'password' });
    expect(report.untouched).toBe(true);
  });

  it.each(positives)('$file: a second run changes nothing', async ({ file }) => {
    loadFixture(read(file));
    await autofillMailSetup(document, account);
    const before = pageValues();
    const again = await autofillMailSetup(document, account);
    expect(pageValues()).toEqual(before);
    expect(again.fields.filter((field) => field.outcome === 'filled' || field.outcome === 'corrected')).toEqual([]);
  });

  it.each(positives)('$file: undo puts back what the page held, also where its scripts react', async ({ file }) => {
    loadFixture(read(file));
    const before = pageValues();
    await autofillMailSetup(document, account);
    expect(pageValues()).not.toEqual(before);
    await undoLastFill();
    expect(pageValues()).toEqual(before);
  });
});

describe('look-alike pages are left exactly as they were', () => {
  it.each(negatives)('%s', async (file) => {
    loadFixture(read(file));
    const before = pageValues();
    const report = await autofillMailSetup(document, account);
    expect(report).toMatchObject({ detected: false, fields: [], reason: 'no-form' });
    expect(pageValues()).toEqual(before);
  });
});
