import { clippedAway, covered, hasLayout, offPage, shownByStyle, tiny } from '../../autofill/collect/layout';
import { normalise } from '../../autofill/collect/normalise';
import { saysPassword } from '../../autofill/collect/password';

/**
 * Whether the adapter may write a field: a person can see it, and nothing about it says password,
 * in any language the pipeline knows. Gmail's own fields pass; a page dressed up as Gmail's window
 * with a hidden `cfa` or a `cfsl` labelled "Password" does not.
 */
export function mayFill(field: HTMLInputElement | HTMLSelectElement, label: string): boolean {
  if (field instanceof HTMLInputElement && field.type === 'password') return false;
  const said = {
    labels: normalise(label),
    placeholder: normalise(field.getAttribute('placeholder') ?? ''),
    title: normalise(field.title),
    name: normalise(field.name),
    id: normalise(field.id),
    autocomplete: normalise(field.getAttribute('autocomplete') ?? ''),
  };
  return !saysPassword(said) && canSee(field);
}

/** The pipeline's own checks (lib/autofill/collect/layout.ts): hidden by style, too small, off the page, clipped, covered. */
function canSee(field: HTMLInputElement | HTMLSelectElement): boolean {
  if (!shownByStyle(field) || field.closest('[hidden]')) return false;
  if (!hasLayout(field.ownerDocument)) return true;
  const checkable = field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
  if (!checkable && tiny(field)) return false;
  return !offPage(field) && !clippedAway(field) && !covered(field, [...(field.labels ?? [])]);
}
