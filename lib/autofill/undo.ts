import type { UndoOutcome } from './fill/fill-fields';

/**
 * Where "Fill this page" keeps its undo between two injections into the same tab: a global of the
 * extension's isolated world in that page. Later injections (the popup's Undo) see it — in
 * Chromium and in Firefox alike —, the page's own scripts do not, and a reload clears it.
 */
export const undoSlot = 'icloudMailSetupUndo';

export interface PageUndo {
  restored: number;
  /** Fields the user changed after the fill: left as the user set them. */
  left: number;
}

type Slots = Record<string, (() => Promise<UndoOutcome[]>) | undefined>;

/** Called by the injected filler after a fill that changed something. */
export function keepUndo(undo: () => Promise<UndoOutcome[]>): void {
  (globalThis as unknown as Slots)[undoSlot] = undo;
}

/**
 * Runs in the page, handed to scripting.executeScript as a function: it must not use anything from
 * outside its own body. Null when the page holds no undo, because it was reloaded or left since.
 */
export async function undoInPage(slot: string): Promise<PageUndo | null> {
  const slots = globalThis as unknown as Slots;
  const undo = slots[slot];
  if (typeof undo !== 'function') return null;
  slots[slot] = undefined;
  const outcomes = await undo();
  // A field written twice (filled, then repaired after the page changed it) is undone twice: count it once.
  const restored = new Set(outcomes.filter(({ outcome }) => outcome === 'restored').map(({ role }) => role));
  const left = new Set(outcomes.filter(({ role }) => !restored.has(role)).map(({ role }) => role));
  return { restored: restored.size, left: left.size };
}
