import type { ComponentChildren } from 'preact';
import { CopyButton } from './CopyButton';

interface SettingRowProps {
  label: string;
  value: string;
  copyLabel: string;
  note?: ComponentChildren;
}

/** One setting as a term, its value and a button that copies exactly that value. */
export function SettingRow({ label, value, copyLabel, note }: SettingRowProps) {
  return (
    <div class="setting-row">
      <dt>{label}</dt>
      <dd>
        <code class="setting-value">{value}</code>
        <CopyButton text={value} accessibleName={copyLabel} announceAs={value} />
        {note && <p class="note">{note}</p>}
      </dd>
    </div>
  );
}
