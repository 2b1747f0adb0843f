import type { UndoOutcome } from './model';

/**
 * The one undo for every fill — "Fill this page", "Always fill" and site adapters alike. The last
 * fill that changed something keeps its undo in a global of the extension's isolated world in that
 * page: every later injection (the popup's Undo, an in-page notice's Undo) finds it there, in
 * Chromium and in Firefox alike, the page's own scripts do not, and a reload clears it.
 */
export const undoSlot = 'icloudMailSetupUndo';

export interface PageUndo {
  /** Fields put back. */
  restored: number;
  /** Switches put back (a sending mode, an authentication box: see model.ts SwitchKind). */
  switches: number;
  /** Fields and switches the user changed after the fill: left as the user set them. */
  left: number;
}

/** How a switch's undo outcomes are told from a field's: their role starts with this. */
export const switchRole = 'switch:';

export type Undo = () => UndoOutcome[] | Promise<UndoOutcome[]>;
type Slots = Record<string, Undo | undefined>;

/** Called after a fill that changed something: a fill that changed nothing keeps the earlier undo. */
export function keepUndo(undo: Undo): void {
  (globalThis as unknown as Slots)[undoSlot] = undo;
}

/**
 * Puts back every field the last fill on this page changed, unless the user has edited it since.
 * The fields are back when the call returns; the promise settles once the page's reactions are repaired.
 */
export async function undoLastFill(): Promise<UndoOutcome[]> {
  const slots = globalThis as unknown as Slots;
  const undo = slots[undoSlot];
  slots[undoSlot] = undefined;
  return undo ? undo() : [];
}

/**
 * Runs in the page, handed to scripting.executeScript as a function: it must not use anything from
 * outside its own body. Null when the page holds no undo, because it was reloaded or left since.
 */
export async function undoInPage(slot: string): Promise<PageUndo | null> {
  const slots = globalThis as unknown as Slots;
  const undo = Object.hasOwn(slots, slot) ? slots[slot] : undefined;
  if (typeof undo !== 'function') return null;
  slots[slot] = undefined;
  const outcomes = await undo();
  // A field written twice (filled, then repaired after the page changed it) is undone twice: count it once.
  const restored = new Set(outcomes.filter(({ outcome }) => outcome === 'restored').map(({ role }) => role));
  const left = new Set(outcomes.filter(({ role }) => !restored.has(role)).map(({ role }) => role));
  // switchRole's value, written out: this function takes nothing from outside its body.
  const switches = [...restored].filter((role) => role.startsWith('switch:')).length;
  return { restored: restored.size - switches, switches, left: left.size };
}
