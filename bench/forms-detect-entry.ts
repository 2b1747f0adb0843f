// Bundled by bench/forms.ts into the page under test: detection alone (collect + decide), timed in the page.
import { collectFields } from '../lib/autofill/collect/collect';
import { decideMailSetupForm } from '../lib/autofill/decide/decide';

export function timeDetection(): { ms: number; fields: number; detected: boolean } {
  const start = performance.now();
  const fields = collectFields(document);
  const form = decideMailSetupForm(fields);
  return { ms: performance.now() - start, fields: fields.length, detected: form !== undefined };
}
