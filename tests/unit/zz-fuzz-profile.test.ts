import { it } from 'vitest';
import { collectFields } from '@/lib/forms/collect';
import { decideMailSetupForm } from '@/lib/forms/decide';
import { generateForm } from '../fuzz/generate-forms';
it('profile', () => {
  generateForm(document, 21240614, { flavour: 'look-alike', noise: 5000 });
  let t = performance.now();
  const fields = collectFields(document);
  console.log('collect', performance.now() - t, fields.length);
  t = performance.now();
  decideMailSetupForm(fields);
  console.log('decide', performance.now() - t);
}, 120000);
