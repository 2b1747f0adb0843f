import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { collectFields } from '@/lib/forms/collect';
import { decideMailSetupForm } from '@/lib/forms/decide';
import { loadFixture } from './forms-page';
it('debug', () => {
  loadFixture(readFileSync(`tests/fixtures/forms/${process.env.FX}`, 'utf8'));
  const fields = collectFields(document);
  for (const f of fields) console.log(JSON.stringify({ ...f, element: f.element.outerHTML.slice(0, 60), form: !!f.form, choices: f.choices.map(c => [c.text, c.value, c.selected]) }));
  const form = decideMailSetupForm(fields);
  console.log('DECIDED', form && JSON.stringify({ ...form, fields: form.fields.map(d => [d.role, d.score, d.field.element.outerHTML.slice(0, 50)]) }));
});
