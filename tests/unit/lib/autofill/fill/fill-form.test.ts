import { describe, expect, it } from 'vitest';
import { autofillMailSetup } from '@/lib/autofill';

/** How a security checkbox is set on port 587, where iCloud upgrades with STARTTLS. */

const smtp =
  '<label>SMTP server <input name="host"></label><label>SMTP port <input name="port" value="25"></label>' +
  '<label>SMTP username <input name="user"></label>';
const box = (name: string) => document.querySelector<HTMLInputElement>(`[name=${name}]`)?.checked;

describe('a security box', () => {
  it('a lone “Secure connection (SSL/TLS)” box says only “encrypted”: it is ticked', async () => {
    document.body.innerHTML = `<form>${smtp}<label><input type="checkbox" name="ssl"> Secure connection (SSL/TLS)</label></form>`;
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect(box('ssl')).toBe(true);
  });

  it('beside a STARTTLS box, “Use SSL/TLS” is SSL: it stays off and STARTTLS is ticked', async () => {
    document.body.innerHTML =
      `<form>${smtp}<label><input type="checkbox" name="ssl"> Use SSL/TLS</label>` +
      '<label><input type="checkbox" name="starttls"> Use STARTTLS</label></form>';
    await autofillMailSetup(document, { address: 'alex@icloud.com' });
    expect([box('ssl'), box('starttls')]).toEqual([false, true]);
  });
});
