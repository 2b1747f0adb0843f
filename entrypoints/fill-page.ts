import { autofillMailSetup } from '@/lib/autofill';
import { readSavedSettings } from '@/lib/platform/saved-settings';

/**
 * Injected into one tab when the user asks; the report it returns goes back to whoever asked.
 * autofillMailSetup keeps the fill's undo in the page (lib/autofill/undo.ts), and keeps the earlier
 * one when this fill changed nothing.
 */
export default defineUnlistedScript(async () => {
  const { account } = await readSavedSettings();
  return autofillMailSetup(document, account);
});
