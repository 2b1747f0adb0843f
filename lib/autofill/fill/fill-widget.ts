import { normalise } from '../collect/normalise';
import { close, isOpen, keptValue, open, optionText, optionValue, press, shownValue } from '../widget';

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

/** Opens the widget and clicks the option `isWanted` finds; false when no such option showed. */
function choose(trigger: Element, wanted: (option: Element) => boolean): boolean {
  const options = open(trigger);
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

export function pickWidget(trigger: Element, want: WidgetWant): WidgetPick {
  const before = shownValue(trigger);
  if (widgetHolds(trigger, want)) return { outcome: 'already-correct', before, value: want.value };
  if (!choose(trigger, (option) => isWanted(option, want)))
    return { outcome: 'left', reason: 'no-such-option', value: before };
  return { outcome: before === '' ? 'filled' : 'corrected', before, value: want.value };
}

/** Picks the option the widget showed before the fill; false when it is not offered any more. */
export function restoreWidget(trigger: Element, shownBefore: string): boolean {
  const text = normalise(shownBefore);
  if (normalise(shownValue(trigger)) === text) return true;
  return choose(trigger, (option) => normalise(optionText(option)) === text);
}
