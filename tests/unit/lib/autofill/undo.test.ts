import { describe, expect, it } from 'vitest';
import { keepUndo, switchRole, undoInPage, undoSlot } from '@/lib/autofill/undo';

/** The undo "Fill this page" leaves in the page, as the popup's Undo finds it in a later injection. */

describe('undoInPage', () => {
  it('runs the kept undo once, counting each field once even when it was written twice', async () => {
    keepUndo(async () => [
      { role: 'imapPort', outcome: 'restored' },
      { role: 'imapHost', outcome: 'restored' },
      { role: 'imapPort', outcome: 'left' },
      { role: 'smtpHost', outcome: 'left' },
    ]);
    expect(await undoInPage(undoSlot)).toEqual({ restored: 2, switches: 0, left: 1 });
    expect(await undoInPage(undoSlot)).toBeNull();
  });

  it('counts the switches it put back apart from the fields', async () => {
    keepUndo(async () => [
      { role: 'smtpHost', outcome: 'restored' },
      { role: `${switchRole}security:0.0`, outcome: 'restored' },
      { role: `${switchRole}security:0.1`, outcome: 'restored' },
      { role: `${switchRole}authentication:0.2`, outcome: 'left' },
    ]);
    expect(await undoInPage(undoSlot)).toEqual({ restored: 1, switches: 2, left: 1 });
  });

  it('answers null in a page that holds no undo: reloaded or left since the fill', async () => {
    expect(await undoInPage(undoSlot)).toBeNull();
  });
});
