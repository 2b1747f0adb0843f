import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { gmailAutofill } from '@/lib/features/gmail/preference';

/** Whether the Gmail content script fills the "Send mail as" window by itself. */
export function GmailAutofillSwitch() {
  const [on, setOn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    gmailAutofill.get().then(setOn);
  }, []);
  return (
    <label class="switch">
      <input
        type="checkbox"
        checked={on ?? false}
        disabled={on === undefined}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          setOn(on);
          gmailAutofill.set(on);
        }}
      />
      {i18n.t('popup.gmailAutofill')}
    </label>
  );
}
