// Bundled by bench/forms.ts into the page under test: detection alone (collect + decide), timed in
// the page, and its floor: a walk that only reads every field's name and label text.
import { collectFields } from '../lib/autofill/collect/collect';
import { decideMailSetupForm } from '../lib/autofill/decide/decide';

export function timeDetection(): { ms: number; fields: number; detected: boolean } {
  const start = performance.now();
  const fields = collectFields(document);
  const form = decideMailSetupForm(fields);
  return { ms: performance.now() - start, fields: fields.length, detected: form !== undefined };
}

/** The least any detection has to do: visit each field once and read what names it. */
export function timeFloor(): { ms: number; characters: number } {
  const start = performance.now();
  let characters = 0;
  for (const field of document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    characters += (field.getAttribute('name') ?? '').length + field.type.length;
    for (const label of field.labels ?? []) characters += (label.textContent ?? '').length;
  }
  return { ms: performance.now() - start, characters };
}
