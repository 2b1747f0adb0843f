/**
 * Questions about what a field holds, answered by the browser's own constraint validation, so the
 * value never reaches this script: for password fields, which the extension never reads. Each adds
 * one constraint, reads one validity flag and puts the field's own attribute back in the same task;
 * nothing is drawn or submitted in between, so the page's form is never blocked by it.
 */
function ask(
  field: HTMLInputElement,
  attribute: 'required' | 'pattern',
  constraint: string,
  flag: 'valueMissing' | 'patternMismatch',
): boolean {
  const own = field.getAttribute(attribute);
  field.setAttribute(attribute, constraint);
  try {
    return field.validity[flag];
  } finally {
    if (own === null) field.removeAttribute(attribute);
    else field.setAttribute(attribute, own);
  }
}

/** Whether the field is empty. False for a disabled or read-only field: the browser does not judge those. */
export const isEmptyUnread = (field: HTMLInputElement): boolean => ask(field, 'required', '', 'valueMissing');

/** Whether what the field holds fits a pattern (a whole-value HTML pattern). An empty field fits: nothing to judge. */
export const fitsPatternUnread = (field: HTMLInputElement, pattern: string): boolean =>
  !ask(field, 'pattern', pattern, 'patternMismatch');
