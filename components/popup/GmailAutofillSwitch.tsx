import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { preferences } from '@/lib/platform/storage';

/** Whether the Gmail content script fills the "Send mail as" window by itself. */
export function GmailAutofillSwitch() {
  const [on, setOn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    preferences.get().then(({ gmailAutofill }) => setOn(gmailAutofill));
  }, []);
  return (
    <label class="switch">
      <input
        type="checkbox"
        checked={on ?? false}
        disabled={on === undefined}
        onChange={(event) => {
          const gmailAutofill = event.currentTarget.checked;
          setOn(gmailAutofill);
          preferences.set({ gmailAutofill });
        }}
      />
      {i18n.t('popup.gmailAutofill')}
    </label>
  );
}
