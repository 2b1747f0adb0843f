import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AccountSettings } from '@/lib/icloud/account';
import { type CopyFormat, copyFormats, settingsAs } from '@/lib/icloud/formats';
import { CopyButton } from '../shared/CopyButton';
import { plainTextLabels } from '../shared/plainTextLabels';

function formatName(format: CopyFormat): string {
  return {
    'plain-text': i18n.t('popup.copy.plainText'),
    nodemailer: i18n.t('popup.copy.nodemailer'),
    'python-smtplib': i18n.t('popup.copy.pythonSmtplib'),
    msmtp: i18n.t('popup.copy.msmtp'),
  }[format];
}

/** "Copy all" in the chosen format: readable text, or a snippet for people who script. */
export function CopyAll({ settings }: { settings: AccountSettings }) {
  const [format, setFormat] = useState<CopyFormat>('plain-text');
  return (
    <div class="copy-all">
      <label class="copy-as">
        {i18n.t('popup.copy.as')}
        <select value={format} onChange={(event) => setFormat(event.currentTarget.value as CopyFormat)}>
          {copyFormats.map((choice) => (
            <option key={choice} value={choice}>
              {formatName(choice)}
            </option>
          ))}
        </select>
      </label>
      <CopyButton
        text={settingsAs(format, settings, plainTextLabels())}
        caption={i18n.t('popup.copy.all')}
        announceAs={`${i18n.t('popup.copy.allCopied')} (${formatName(format)})`}
      />
    </div>
  );
}
