import { i18n } from '#i18n';
import type { AddressCheck } from '@/lib/icloud/address';
import { addressProblemText } from '../../lib/text/address-problem-text';

interface AddressMessageProps {
  check: AddressCheck;
  /** Replaces the domain the user typed with the suggested iCloud one. */
  onAcceptSuggestion: (address: string) => void;
}

/** What to tell the user about the address they typed, or nothing when it is a plain iCloud address. */
export function AddressMessage({ check, onAcceptSuggestion }: AddressMessageProps) {
  if (!check.ok) return <p class="error">{addressProblemText(check)}</p>;
  if (check.kind === 'other-provider')
    return <p class="error">{i18n.t('popup.address.otherProvider', [check.domain])}</p>;
  if (check.kind !== 'custom') return null;
  const suggested = check.didYouMean && `${check.address.slice(0, -check.domain.length)}${check.didYouMean}`;
  return (
    <>
      {suggested && (
        <button type="button" class="suggestion" onClick={() => onAcceptSuggestion(suggested)}>
          {i18n.t('popup.address.didYouMean', [suggested])}
        </button>
      )}
      <p>{i18n.t('popup.address.customDomain', [check.domain])}</p>
      <p class="note">{i18n.t('popup.address.customDomainUnofficial')}</p>
    </>
  );
}
