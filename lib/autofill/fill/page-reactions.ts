import { isCheckable, isPasswordInput } from '../controls';
import { fillFields, forgetWrites } from './fill-fields';

/**
 * What changed in the form while it was filled (a port the page wrote when the encryption was picked,
 * a preset's server), put back after the undo: the page's own reaction to the undo may differ from
 * what the field held before the fill.
 */

type ValueField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Inputs a person types into; hidden inputs, buttons and files are the page's own. */
const typedInputs = new Set(['', 'text', 'email', 'number', 'url', 'tel', 'search']);

/** A text field, text box or native list, never a password: where a page writes values of its own. */
function isValueField(element: Element): element is ValueField {
  if (element instanceof HTMLInputElement)
    return typedInputs.has(element.type) && !isCheckable(element) && !isPasswordInput(element);
  return element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

/** The field a person is typing into now, while the undo settles: theirs, not the page's reaction. */
function typingIn(field: ValueField): boolean {
  const root = field.getRootNode() as Document | ShadowRoot;
  return field.ownerDocument.hasFocus() && root.activeElement === field;
}

export interface PageReactions {
  /** Before the undo starts: the fields still as the fill left them (the user has not changed them since). */
  untouched(): ValueField[];
  /** After the undo has settled: writes back what those fields held before the fill. */
  putBack(fields: readonly ValueField[]): void;
}

/** `held`: every field's value before the fill; `changed`: the form's fields that changed while it was filled. */
export function pageReactions(held: ReadonlyMap<Element, string>, changed: readonly Element[]): PageReactions {
  const fields = changed.filter(isValueField);
  const afterFill = new Map(fields.map((field) => [field, field.value]));
  return {
    // A field the page has made a password field since is never read.
    untouched: () =>
      fields.filter((field) => field.isConnected && !isPasswordInput(field) && field.value === afterFill.get(field)),
    putBack: (untouched) => {
      const steps = untouched.flatMap((field) => {
        const value = held.get(field);
        if (value === undefined || field.value === value || typingIn(field)) return [];
        const kind = field instanceof HTMLSelectElement ? ('select' as const) : ('text' as const);
        return [{ role: 'page-reaction', element: field, want: { kind, value }, repair: true }];
      });
      fillFields(steps);
      // Back as they were, they are the page's again: a later fill corrects what the user types there.
      forgetWrites(steps.map(({ element }) => element));
    },
  };
}
