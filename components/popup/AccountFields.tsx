import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { MailAccount } from '@/lib/icloud/account';
import { checkAddress } from '@/lib/icloud/address';
import { icloudDomains } from '@/lib/icloud/icloud';
import { savedAccount } from '@/lib/platform/storage';
import { addressProblemText } from '../../lib/text/address-problem-text';
import { formatList } from '../shared/language';
import { useSettled } from '../shared/useSettled';
import { AddressField } from './AddressField';
import { AddressMessage } from './AddressMessage';

/** The account to remember and show settings for: only what checked out, never half-typed text. */
function accountFrom(typed: string, typedLogin: string): MailAccount | undefined {
  const check = checkAddress(typed);
  if (!check.ok) return undefined;
  const login = checkAddress(typedLogin);
  if (check.kind === 'custom' && login.ok && login.kind === 'icloud')
    return { address: check.address, icloudLogin: login.address };
  return { address: check.address };
}

function loginProblem(typedLogin: string): string | undefined {
  if (typedLogin.trim() === '') return undefined;
  const login = checkAddress(typedLogin);
  if (!login.ok) return addressProblemText(login);
  return login.kind === 'icloud'
    ? undefined
    : i18n.t('popup.address.loginNotIcloud', [
        formatList(
          icloudDomains.map((domain) => `@${domain}`),
          'disjunction',
        ),
      ]);
}

/**
 * The address field (and, for an own domain, the iCloud sign-in address), starting from the saved
 * account and saved as the user types; `onAccount` hears every account that checks out, or undefined.
 * Pages that read storage before their first draw pass `saved`; without it the fields read it themselves.
 */
export function AccountFields({
  idPrefix,
  saved,
  onAccount,
}: {
  idPrefix: string;
  saved?: MailAccount;
  onAccount: (account?: MailAccount) => void;
}) {
  const [typed, setTyped] = useState(saved?.address ?? '');
  const [typedLogin, setTypedLogin] = useState(saved?.icloudLogin ?? '');
  const [edited, setEdited] = useState(false);
  const address = useSettled();
  const login = useSettled();

  useEffect(() => {
    if (saved) return;
    savedAccount.get().then((stored) => {
      // The user may have started typing before storage answered: what they typed wins.
      setTyped((current) => current || stored.address);
      setTypedLogin((current) => current || (stored.icloudLogin ?? ''));
    });
  }, [saved]);

  const account = accountFrom(typed, typedLogin);
  useEffect(() => onAccount(account), [typed, typedLogin]);

  function edit(nextTyped: string, nextLogin: string) {
    setTyped(nextTyped);
    setTypedLogin(nextLogin);
    setEdited(true);
    const next = accountFrom(nextTyped, nextLogin);
    if (next) savedAccount.set(next);
    else if (nextTyped.trim() === '') savedAccount.set({ address: '' });
  }

  const check = checkAddress(typed);
  const showAddressMessage = address.settled && (edited || check.ok);
  const problem = loginProblem(typedLogin);
  return (
    <>
      <AddressField
        id={`${idPrefix}-address`}
        label={i18n.t('popup.address.label')}
        value={typed}
        onInput={(value) => {
          edit(value, typedLogin);
          address.typing();
        }}
        onBlur={address.settle}
        invalid={showAddressMessage && (!check.ok || check.kind === 'other-provider')}
        message={
          showAddressMessage && <AddressMessage check={check} onAcceptSuggestion={(value) => edit(value, typedLogin)} />
        }
      />
      {check.ok && check.kind === 'custom' && (
        <AddressField
          id={`${idPrefix}-icloud-login`}
          label={i18n.t('popup.address.loginLabel')}
          value={typedLogin}
          onInput={(value) => {
            edit(typed, value);
            login.typing();
          }}
          onBlur={login.settle}
          invalid={login.settled && problem !== undefined}
          message={login.settled && problem && <p class="error">{problem}</p>}
        />
      )}
    </>
  );
}
