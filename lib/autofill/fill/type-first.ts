import type { AccountSettings } from '../../icloud/account';
import type { CollectedField } from '../collect/field';
import { isPasswordInput } from '../controls';
import type { TypeFirst } from '../decide/switches';
import type { UndoOutcome } from '../model';
import { type FillStep, fillFields } from './fill-fields';
import { fillGenericForm, type GenericFill } from './fill-form';
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

/** Its value, unless the page has made it a password field since: what those hold is never read. */
const shownValueOf = (element: ValueControl) => (isPasswordInput(element) ? undefined : element.value);

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
  const reactions = others.flatMap((element) => {
    const held = before.get(element);
    const now = shownValueOf(element);
    return held !== undefined && now !== undefined && now !== held ? [{ element, held, after: now }] : [];
  });
  return {
    first,
    fill,
    undo: async () => {
      const undone = await fill.undo(false);
      // The page reacts to the address going back too: what it puts back itself is not written over.
      if (reactions.length > 0) await domQuiet(root);
      // Only where the page's own value is still there: a field the user changed since stays theirs.
      const back: FillStep[] = reactions
        .filter(({ element, after }) => element.isConnected && shownValueOf(element) === after)
        .map(({ element, held }) => ({
          role: 'page-reaction',
          element,
          want: element instanceof HTMLSelectElement ? { kind: 'select', value: held } : { kind: 'text', value: held },
        }));
      if (back.length > 0) fillFields(back);
      return undone;
    },
  };
}
