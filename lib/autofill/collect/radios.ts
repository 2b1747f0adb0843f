import type { CollectedField } from './field';
import { groupLabel } from './labels';
import { normalise } from './normalise';

/**
 * Radios become one field per group, with each radio's own label as a choice: inputs by name
 * within their form (or tree scope), role=radio and custom radios by their radiogroup or parent.
 * Each radio arrives as a record with a single choice; the group takes the first one's place.
 */
export function groupRadios(radios: readonly CollectedField[]): CollectedField[] {
  const groups = new Map<unknown, CollectedField>();
  const scopes = new Map<unknown, number>();
  const grouped: CollectedField[] = [];
  for (const radio of radios) {
    const [choice] = radio.choices;
    if (!choice) continue;
    // A radio without a label is named by the text right after it.
    choice.text ||= radio.textAfter;
    const element = radio.element;
    let key: unknown = element;
    if (!(element instanceof HTMLInputElement)) key = element.closest('[role=radiogroup]') ?? element.parentElement;
    else if (element.name) {
      const scope = radio.form ?? element.getRootNode();
      if (!scopes.has(scope)) scopes.set(scope, scopes.size);
      key = `${scopes.get(scope)}|${element.name}`;
    }
    const group = groups.get(key);
    if (group) {
      group.choices.push(choice);
      if (choice.selected) group.value = choice.value;
      if (radio.visibility() === 'visible') group.visibility = radio.visibility;
      continue;
    }
    const container = element.closest('[role=radiogroup]');
    const record: CollectedField = {
      ...radio,
      labels: container ? normalise(groupLabel(container)) : '',
      value: choice.selected ? choice.value : '',
      choices: [choice],
    };
    groups.set(key, record);
    grouped.push(record);
  }
  return grouped;
}
