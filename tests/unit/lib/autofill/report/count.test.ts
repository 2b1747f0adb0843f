import { describe, expect, it } from 'vitest';
import { countChanged } from '@/lib/autofill/report/count';

describe('countChanged', () => {
  it('counts the fields filled or corrected, not those already right or left alone', () => {
    expect(
      countChanged([
        { outcome: 'filled' },
        { outcome: 'corrected' },
        { outcome: 'already-correct' },
        { outcome: 'left' },
        { outcome: 'corrected' },
      ]),
    ).toBe(3);
  });

  it('is zero when nothing was written', () => {
    expect(countChanged([])).toBe(0);
    expect(countChanged([{ outcome: 'already-correct' }, { outcome: 'left' }])).toBe(0);
  });
});
