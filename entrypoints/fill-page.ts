import { autofillMailSetup } from '@/lib/forms';
import { readGmailSettings } from '@/lib/storage-light';

/** Injected into one tab when the user asks; the report it returns goes back to whoever asked. */
export default defineUnlistedScript(async () => {
  const { account } = await readGmailSettings();
  return autofillMailSetup(document, account);
});
