import { isDivDropdown, keptValue, optionsOf, optionText, optionValue, shownValue } from '../widget';
import type { CollectedField, FieldChoice } from './field';
import { normalise } from './normalise';

/**
 * A custom dropdown (lib/autofill/widget.ts) as a select: what it shows is its value, and its options
 * are its choices when they are in the page already. Options mounted only while it is open are read
 * later, by opening it (fill/widget-options.ts), and only where a mail form may need them.
 */

/** The widget's options as choices; the chosen one is the one it marks selected or shows. */
export function widgetChoices(trigger: Element, options: readonly HTMLElement[]): FieldChoice[] {
  const shown = normalise(shownValue(trigger));
  const kept = keptValue(trigger);
  const marked = options.some((option) => option.getAttribute('aria-selected') === 'true');
  const plain = isDivDropdown(trigger);
  const choices = options.map((option) => {
    const text = normalise(optionText(option));
    const value = optionValue(option);
    const selected = marked
      ? option.getAttribute('aria-selected') === 'true'
      : kept !== '' && value !== ''
        ? value === kept
        : text !== '' && text === shown;
    // An option without a value of its own is known by its words: those are what the report names.
    return { element: option, text, value: value || optionText(option), selected };
  });
  // A div dropdown often leaves the chosen item out of its list: what its box shows is that choice.
  if (plain && shown !== '' && !choices.some((choice) => choice.selected))
    choices.unshift({ element: trigger as HTMLElement, text: shown, value: shownValue(trigger), selected: true });
  return choices;
}

export function widgetField(record: CollectedField): CollectedField {
  record.value = shownValue(record.element);
  record.choices = widgetChoices(record.element, optionsOf(record.element));
  return record;
}
