import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/autofill/collect/collect';
import { decideMailSetupForm } from '@/lib/autofill/decide/decide';
import { planSwitches } from '@/lib/autofill/decide/switches';
import { settingsFor } from '@/lib/icloud/account';

/** The switches in front of the mail fields, and how each is planned for iCloud. */

const settings = settingsFor({ address: 'alex@icloud.com' });

function planned(html: string) {
  document.body.innerHTML = html;
  const fields = collectFields(document);
  if (!settings) throw new Error('no settings');
  return planSwitches(fields, decideMailSetupForm(fields), settings).map(({ kind, side, step }) => ({
    kind,
    side,
    name: step.element.getAttribute('name'),
    want: step.want.kind,
  }));
}

const server = (side: 'IMAP' | 'SMTP') =>
  `<label>${side} server <input name="${side}host"></label><label>${side} port <input name="${side}port"></label>` +
  `<label>${side} username <input name="${side}user"></label>`;
const shortLogin = (side: 'IMAP' | 'SMTP', checked = false) =>
  `<label><input type="checkbox" name="${side}[shortLogin]"${checked ? ' checked' : ''}> Use short login</label>`;

describe('a "short login" box (user@example.com → user)', () => {
  it('is on where iCloud signs in with the name part (IMAP)', () => {
    expect(planned(`<form>${server('IMAP')}${shortLogin('IMAP')}</form>`)).toEqual([
      { kind: 'short-username', side: 'imap', name: 'IMAP[shortLogin]', want: 'check' },
    ]);
  });

  it('is off where iCloud needs the full address (SMTP)', () => {
    expect(planned(`<form>${server('SMTP')}${shortLogin('SMTP', true)}</form>`)).toEqual([
      { kind: 'short-username', side: 'smtp', name: 'SMTP[shortLogin]', want: 'uncheck' },
    ]);
  });

  it('is no "turn the server on" box, though it says "use" and names the server', () => {
    expect(planned(`<form>${server('IMAP')}${shortLogin('IMAP', true)}</form>`)).toEqual([]);
  });
});
