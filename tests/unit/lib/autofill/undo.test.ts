import { describe, expect, it } from 'vitest';
import { keepUndo, undoInPage, undoSlot } from '@/lib/autofill/undo';

/** The undo "Fill this page" leaves in the page, as the popup's Undo finds it in a later injection. */

describe('undoInPage', () => {
  it('runs the kept undo once, counting each field once even when it was written twice', async () => {
    keepUndo(async () => [
      { role: 'imapPort', outcome: 'restored' },
      { role: 'imapHost', outcome: 'restored' },
      { role: 'imapPort', outcome: 'left' },
      { role: 'smtpHost', outcome: 'left' },
    ]);
    expect(await undoInPage(undoSlot)).toEqual({ restored: 2, left: 1 });
    expect(await undoInPage(undoSlot)).toBeNull();
  });

  it('answers null in a page that holds no undo: reloaded or left since the fill', async () => {
    expect(await undoInPage(undoSlot)).toBeNull();
  });
});
