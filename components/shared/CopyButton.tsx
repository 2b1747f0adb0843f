import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { AnnounceContext } from './announce';

interface CopyButtonProps {
  /** Exactly what lands on the clipboard. */
  text: string;
  /** Visible text when idle; "Copy" unless given. */
  caption?: string;
  /** Name for assistive technology when the caption alone is ambiguous, e.g. "Copy IMAP server". */
  accessibleName?: string;
  /** What the announcement says was copied. */
  announceAs: string;
}

type Outcome = 'idle' | 'copied' | 'failed';

const feedbackMs = 2000;

export function CopyButton({ text, caption, accessibleName, announceAs }: CopyButtonProps) {
  const announce = useContext(AnnounceContext);
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const reset = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(reset.current), []);

  async function copy() {
    clearTimeout(reset.current);
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
      announce(i18n.t('popup.copy.announceCopied', [announceAs]));
    } catch {
      setOutcome('failed');
      announce(i18n.t('popup.copy.announceFailed'));
    }
    reset.current = setTimeout(() => setOutcome('idle'), feedbackMs);
  }

  const visible = {
    idle: caption ?? i18n.t('popup.copy.button'),
    copied: i18n.t('popup.copy.copied'),
    failed: i18n.t('popup.copy.failed'),
  }[outcome];
  return (
    <button type="button" class="copy-button" data-outcome={outcome} aria-label={accessibleName} onClick={copy}>
      {visible}
    </button>
  );
}
