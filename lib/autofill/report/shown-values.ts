import { localPartOf, type MailAccount } from '../../icloud/account';
import type { FieldReport } from '../model';

/**
 * What a field held before the fill is shown to the user only when it is plainly a setting: a
 * host, a port, an address or the account's own user name. Anything else a page's field held —
 * a password typed into the wrong box, a name — never reaches the popup or a tooltip.
 */

const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d{1,5})?\/?$/i;
const ipAddress = /^(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?$/;
const port = /^\d{1,5}$/;
const address = /^[^\s@]+@(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
// A security choice's old value is the page's own code for it ("ssl", "2"), not something typed.
const isSecurity = (role: string) => role.endsWith('Security');
/** The one line a properties box's security is (fill/mail-properties.ts); any other text there is the page's. */
const securityProperty = /^mail\.(?:smtp|imap)\.(?:starttls|ssl)\.enable=(?:true|false)$/;

export function showable(role: string, value: string, account: MailAccount): boolean {
  const text = value.trim();
  if (isSecurity(role)) return !/[=\n]/.test(text) || securityProperty.test(text);
  if (text === '' || host.test(text) || ipAddress.test(text) || port.test(text) || address.test(text)) return true;
  const own = [account.address, account.icloudLogin].flatMap((known) =>
    known ? [localPartOf(known).toLowerCase()] : [],
  );
  return own.includes(text.toLowerCase());
}

/** The report without any earlier value that is not plainly a setting: no `from`, no finding that quotes it. */
export function withoutPrivateValues(field: FieldReport, account: MailAccount): FieldReport {
  const { role, outcome, from, value } = field;
  // A security written into a box of properties holds the page's other lines too: neither text is shown.
  if (isSecurity(role) && value !== undefined && !showable(role, value, account)) {
    const { value: _hidden, from: _before, findings: _quoted, ...rest } = field;
    return rest;
  }
  if (outcome === 'corrected' && from !== undefined && !showable(role, from, account)) {
    const { from: _hidden, findings: _quoted, ...rest } = field;
    return rest;
  }
  if (outcome === 'left' && value !== undefined && !showable(role, value, account)) {
    const { value: _hidden, ...rest } = field;
    return rest;
  }
  return field;
}
