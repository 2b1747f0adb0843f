import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { MailAccount } from '@/lib/icloud/account';
import { checkAddress } from '@/lib/icloud/address';
import { icloudDomains } from '@/lib/icloud/icloud';
import { savedAccount } from '@/lib/platform/storage';
import { formatList } from '../shared/language';
import { useSettled } from '../shared/useSettled';
import { AddressField } from './AddressField';
import { AddressMessage } from './AddressMessage';

const exampleAddress = `alex@${icloudDomains[0]}`;

/** The account to remember and show settings for: only what checked out, never half-typed text. */
function accountFrom(typed: string, typedLogin: string): MailAccount | undefined {
  const check = checkAddress(typed);
  if (!check.ok) return undefined;
  const login = checkAddress(typedLogin);
  if (check.kind === 'custom' && login.ok && login.kind === 'icloud')
    return { address: check.address, icloudLogin: login.address };
  return { address: check.address };
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
  addressRef,
}: {
  idPrefix: string;
  saved?: MailAccount;
  onAccount: (account?: MailAccount) => void;
  addressRef?: Ref<HTMLInputElement>;
}) {
  const [typed, setTyped] = useState(saved?.address ?? '');
  const [typedLogin, setTypedLogin] = useState(saved?.icloudLogin ?? '');
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
    const next = accountFrom(nextTyped, nextLogin);
    if (next) savedAccount.set(next);
    else if (nextTyped.trim() === '') savedAccount.set({ address: '' });
  }

  const check = checkAddress(typed);
  // An empty field is no mistake until the user has typed and cleared it.
  const showAddressMessage = address.settled && typed !== '';
  const loginCheck = checkAddress(typedLogin);
  const showLoginMessage = login.settled && typedLogin.trim() !== '';
  const loginInvalid = !loginCheck.ok || loginCheck.kind !== 'icloud';
  return (
    <>
      <AddressField
        id={`${idPrefix}-address`}
        label={i18n.t('popup.address.label')}
        placeholder={i18n.t('popup.address.placeholder', [exampleAddress])}
        inputRef={addressRef}
        value={typed}
        onInput={(value) => {
          edit(value, typedLogin);
          address.typing();
        }}
        onBlur={address.settle}
        invalid={showAddressMessage && (!check.ok || check.kind === 'other-provider')}
        message={
          showAddressMessage && <AddressMessage check={check} onAcceptFix={(fixed) => edit(fixed, typedLogin)} />
        }
      />
      {check.ok && check.kind === 'custom' && (
        <AddressField
          id={`${idPrefix}-icloud-login`}
          label={i18n.t('popup.address.loginLabel')}
          placeholder={i18n.t('popup.address.placeholder', [exampleAddress])}
          value={typedLogin}
          onInput={(value) => {
            edit(typed, value);
            login.typing();
          }}
          onBlur={login.settle}
          invalid={showLoginMessage && loginInvalid}
          message={
            showLoginMessage &&
            (loginCheck.ok ? (
              loginCheck.kind !== 'icloud' && (
                <p class="error">
                  {i18n.t('popup.address.loginNotIcloud', [
                    formatList(
                      icloudDomains.map((domain) => `@${domain}`),
                      'disjunction',
                    ),
                  ])}
                </p>
              )
            ) : (
              <AddressMessage check={loginCheck} onAcceptFix={(fixed) => edit(typed, fixed)} />
            ))
          }
        />
      )}
    </>
  );
}
