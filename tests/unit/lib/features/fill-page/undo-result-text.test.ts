import { describe, expect, it } from 'vitest';
import { undoResultText } from '@/lib/features/fill-page/undo-result-text';

const undone = (restored: number, switches: number, left: number) =>
  undoResultText({ status: 'undone', host: 'a.example', restored, switches, left });

describe('undoResultText says what the Undo put back, switches included', () => {
  it('counts the fields and says the switches are back too', () => {
    expect(undone(5, 0, 0)).toBe('Put back 5 fields on a.example.');
    expect(undone(5, 2, 0)).toBe('Put back 5 fields on a.example. The options it had set are back as they were too.');
    expect(undone(1, 1, 2)).toBe(
      'Put back 1 field on a.example. The options it had set are back as they were too. Fields you changed after the fill were left as you set them.',
    );
  });

  it('a fill that only set switches: says those are back', () => {
    expect(undone(0, 3, 0)).toBe('The options set on a.example are back as they were.');
  });

  it('says when there was nothing to put back', () => {
    expect(undone(0, 0, 0)).toBe('Nothing left to undo on a.example.');
    expect(undone(0, 0, 2)).toBe('Fields you changed after the fill were left as you set them.');
  });
});
