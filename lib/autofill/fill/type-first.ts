import type { AccountSettings } from '../../icloud/account';
import type { CollectedField } from '../collect/field';
import { isPasswordInput } from '../controls';
import type { MailSetupForm } from '../decide/decide';
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
  form: MailSetupForm;
  fill: GenericFill;
  /** Puts the typed fields back, then what the page changed in reaction, where it still holds the page's value. */
  undo: () => Promise<UndoOutcome[]>;
}

type Holding = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The fields whose value can be read and written back: never a password. */
function valueFields(fields: readonly CollectedField[]): Holding[] {
  return fields.flatMap(({ element, secret, kind }) =>
    !secret &&
    !isPasswordInput(element) &&
    (kind === 'text' || kind === 'textarea' || kind === 'select') &&
    (element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement)
      ? [element]
      : [],
  );
}

export async function typeFirst(
  root: Document,
  form: MailSetupForm,
  fields: readonly CollectedField[],
  settings: AccountSettings,
  name: string | undefined,
): Promise<TypedFirst> {
  const typedElements = new Set<Element>(form.fields.map(({ field }) => field.element));
  const others = valueFields(fields).filter((element) => !typedElements.has(element));
  const before = new Map(others.map((element) => [element, element.value]));
  const fill = await fillGenericForm(form, settings, name);
  await domQuiet(root);
  const reactions = others.flatMap((element) => {
    const held = before.get(element);
    return held !== undefined && element.value !== held ? [{ element, held, after: element.value }] : [];
  });
  return {
    form,
    fill,
    undo: async () => {
      const undone = await fill.undo(false);
      // Only where the page's own value is still there: a field the user changed since stays theirs.
      const back: FillStep[] = reactions
        .filter(({ element, after }) => element.isConnected && element.value === after)
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
