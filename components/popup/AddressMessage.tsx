import { i18n } from '#i18n';
import type { AddressCheck } from '@/lib/icloud/address';
import { addressProblemText } from '../../lib/text/address-problem-text';

interface AddressMessageProps {
  check: AddressCheck;
  /** Puts the corrected address in the field. */
  onAcceptFix: (address: string) => void;
}

/** What to tell the user about the address they typed, or nothing when it is a plain iCloud address. */
export function AddressMessage({ check, onAcceptFix }: AddressMessageProps) {
  if (!check.ok) {
    const fix = 'fix' in check ? check.fix : undefined;
    return (
      <>
        {fix && (
          <button type="button" class="suggestion" onClick={() => onAcceptFix(fix)}>
            {i18n.t('popup.address.didYouMean', [fix])}
          </button>
        )}
        <p class="error">{addressProblemText(check)}</p>
      </>
    );
  }
  if (check.kind === 'other-provider')
    return <p class="error">{i18n.t('popup.address.otherProvider', [check.domain])}</p>;
  if (check.kind !== 'custom') return null;
  return (
    <>
      <p>{i18n.t('popup.address.customDomain', [check.domain])}</p>
      <p class="note">{i18n.t('popup.address.customDomainUnofficial')}</p>
    </>
  );
}
