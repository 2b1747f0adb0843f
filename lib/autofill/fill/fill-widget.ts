import { normalise } from '../collect/normalise';
import {
  close,
  isOpen,
  keptValue,
  listboxesNow,
  optionsAfterOpening,
  optionText,
  optionValue,
  press,
  shownValue,
} from '../widget';
import type { CustomSelects } from './fill-fields';

/**
 * Sets a custom dropdown (lib/autofill/widget.ts) the way a user does: opens it, clicks the wanted
 * option, closes it if it stayed open, and reads back what it shows. Undo picks the option it showed
 * before the same way. Used by fill-fields.ts for a select step whose element is not a <select>.
 */

export interface WidgetWant {
  /** The option's value, or its visible text when it has none. */
  value: string;
  /** The option's visible text, normalised (see normalise.ts). */
  text?: string;
}

export type WidgetPick =
  | { outcome: 'already-correct' | 'filled' | 'corrected'; before: string; value: string }
  | { outcome: 'left'; reason: 'no-such-option' | 'not-kept'; value: string };

function isWanted(option: Element, want: WidgetWant): boolean {
  const text = normalise(optionText(option));
  if (want.text) return text === want.text;
  const value = optionValue(option);
  return (value !== '' && value === want.value) || text === normalise(want.value);
}

/** Whether the widget shows the wanted option now. */
export function widgetHolds(trigger: Element, want: WidgetWant): boolean {
  const shown = normalise(shownValue(trigger));
  const kept = keptValue(trigger);
  if (kept !== '' && want.value !== '' && kept === want.value) return true;
  return shown === (want.text ?? normalise(want.value));
}

/** Picks late: clicks already sent whose options a framework renders a tick after the click. */
const pending: Promise<void>[] = [];
const waitForOptionsMs = 300;

/** Resolves once every pick whose options came late has been made, or given up. */
export async function widgetPicksDone(): Promise<void> {
  while (pending.length > 0) await Promise.all(pending.splice(0));
}

function pickFrom(trigger: Element, options: HTMLElement[], wanted: (option: Element) => boolean): boolean {
  const option = options.find(wanted);
  const root = trigger.parentElement ?? trigger;
  // A list mounted for the widget counts as open while it is in the page; one kept inside it, by its state.
  const mounted = options.some((item) => !root.contains(item));
  const stillOpen = () =>
    trigger.hasAttribute('aria-expanded') || !mounted ? isOpen(trigger) : options.some((item) => item.isConnected);
  if (option) press(option);
  close(trigger, stillOpen);
  return option !== undefined;
}

/**
 * Opens the widget and clicks the option `wanted` finds: 'missing' when the options showed without
 * it, 'later' when none showed yet (the pick is made when they do; see widgetPicksDone).
 */
function choose(trigger: Element, wanted: (option: Element) => boolean): 'picked' | 'missing' | 'later' {
  const before = listboxesNow(trigger);
  press(trigger);
  const options = optionsAfterOpening(trigger, before);
  if (options.length > 0) return pickFrom(trigger, options, wanted) ? 'picked' : 'missing';
  pending.push(
    (async () => {
      for (let waited = 0; waited < waitForOptionsMs; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, waited === 0 ? 0 : 20));
        const late = optionsAfterOpening(trigger, before);
        if (late.length > 0) {
          pickFrom(trigger, late, wanted);
          return;
        }
      }
      // Nothing showed: close only what says it opened.
      close(trigger, () => trigger.getAttribute('aria-expanded') === 'true');
    })(),
  );
  return 'later';
}

export function pickWidget(trigger: Element, want: WidgetWant): WidgetPick {
  const before = shownValue(trigger);
  if (widgetHolds(trigger, want)) return { outcome: 'already-correct', before, value: want.value };
  // A late pick is read back with the other fields once the page is quiet (fill-form.ts).
  if (choose(trigger, (option) => isWanted(option, want)) === 'missing')
    return { outcome: 'left', reason: 'no-such-option', value: before };
  return { outcome: before === '' ? 'filled' : 'corrected', before, value: want.value };
}

/** Picks the option the widget showed before the fill; false when it is not offered any more. */
export function restoreWidget(trigger: Element, shownBefore: string): boolean {
  const text = normalise(shownBefore);
  if (normalise(shownValue(trigger)) === text) return true;
  return choose(trigger, (option) => normalise(optionText(option)) === text) !== 'missing';
}

/** What fill-fields.ts needs to set and undo a custom dropdown. */
export const customSelects: CustomSelects = {
  shown: shownValue,
  holds: widgetHolds,
  pick: pickWidget,
  restore: restoreWidget,
};
