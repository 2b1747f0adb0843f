import { autofillMailSetup, undoLastFill } from '@/lib/autofill';
import { countChanged } from '@/lib/autofill/report/count';
import { keepUndo } from '@/lib/autofill/undo';
import { readSavedSettings } from '@/lib/platform/saved-settings';

/** Injected into one tab when the user asks; the report it returns goes back to whoever asked. */
export default defineUnlistedScript(async () => {
  const { account } = await readSavedSettings();
  const report = await autofillMailSetup(document, account);
  // A second fill that changed nothing keeps the first one's undo: Undo still puts back what was there.
  if (countChanged(report.fields) > 0) keepUndo(undoLastFill);
  return report;
});
