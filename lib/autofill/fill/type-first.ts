import type { AccountSettings } from '../../icloud/account';
import type { CollectedField } from '../collect/field';
import { isPasswordInput } from '../controls';
import type { TypeFirst } from '../decide/switches';
import type { UndoOutcome } from '../model';
import { fillGenericForm, type GenericFill } from './fill-form';
import { pageReactions } from './page-reactions';
import { domQuiet } from './quiet';

/**
 * For a page that opens its server fields only once the address or server is typed in: types
 * those first and waits for the page. Many such pages also empty or reset the other fields when the
 * address changes (a provider table, a server round trip); the undo puts those back too.
 */

export interface TypedFirst {
  /** The fields typed in first. */
  first: ReadonlySet<Element>;
  fill: GenericFill;
  /** Puts the typed fields back, then what the page changed in reaction, where it still holds the page's value. */
  undo: () => Promise<UndoOutcome[]>;
}

type ValueControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The fields of the typed ones' form whose value can be read and written back: never a password. */
function valueFields(fields: readonly CollectedField[], forms: ReadonlySet<Element | null>): ValueControl[] {
  return fields.flatMap(({ element, secret, kind, form }) =>
    !secret &&
    forms.has(form) &&
    (kind === 'text' || kind === 'textarea' || kind === 'select') &&
    (element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement) &&
    !isPasswordInput(element)
      ? [element]
      : [],
  );
}

export async function typeFirst(
  root: Document,
  { form, first }: TypeFirst,
  fields: readonly CollectedField[],
  settings: AccountSettings,
  name: string | undefined,
): Promise<TypedFirst> {
  const forms = new Set(form.fields.filter(({ field }) => first.has(field.element)).map(({ field }) => field.form));
  const others = valueFields(fields, forms).filter((element) => !first.has(element));
  const before = new Map(others.map((element) => [element, element.value]));
  const fill = await fillGenericForm(form, settings, name, first);
  await domQuiet(root);
  const reactions = pageReactions(
    before,
    // A field the page has made a password field since is never read.
    others.filter((element) => !isPasswordInput(element) && element.value !== before.get(element)),
  );
  return {
    first,
    fill,
    undo: async () => {
      // Only where the page's own value is still there: a field the user changed since stays theirs.
      const untouched = reactions.untouched();
      const undone = await fill.undo(false);
      if (untouched.length > 0) {
        await domQuiet(root);
        reactions.putBack(untouched);
      }
      return undone;
    },
  };
}
