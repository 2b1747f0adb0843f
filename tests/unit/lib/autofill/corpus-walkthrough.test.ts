import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPositives, pageSettleMs } from '../../../fixtures/forms/corpus';
import { fieldState, performStep, walkthroughs } from '../../../fixtures/forms/corpus-walkthroughs';
import { elementAt, loadFixture } from './fixture-page';

/** Every corpus page filled by hand reaches the states corpus.ts expects: a failing filler is wrong, not the page. */

const settle = () => new Promise((resolve) => setTimeout(resolve, pageSettleMs));

describe('every corpus page can be filled by hand to the states corpus.ts expects', () => {
  it('has a walkthrough for every positive page', () => {
    expect(Object.keys(walkthroughs).sort()).toEqual(corpusPositives.map(({ file }) => file).sort());
  });

  for (const page of corpusPositives) {
    it(page.file, async () => {
      loadFixture(readFileSync(path.resolve('tests/fixtures/forms', page.file), 'utf8'));
      for (const step of walkthroughs[page.file] ?? []) {
        if (step[0] === 'wait') await settle();
        else performStep(step);
        await Promise.resolve();
      }
      await settle();
      const expected = { ...page.switches, ...page.values };
      const actual = Object.fromEntries(
        Object.keys(expected).map((selector) => [selector, fieldState(elementAt(selector))]),
      );
      expect(actual).toEqual(expected);
    });
  }
});
