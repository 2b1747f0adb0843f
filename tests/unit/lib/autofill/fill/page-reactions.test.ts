import { describe, expect, it } from 'vitest';
import { pageReactions } from '@/lib/autofill/fill/page-reactions';

/** What the page changed while the form was filled, put back after the undo. */

function page(): { port: HTMLInputElement; token: HTMLInputElement } {
  document.body.innerHTML = '<form><input name="port" value=""><input type="hidden" name="token" value="t0"></form>';
  return {
    port: document.querySelector('[name=port]') as HTMLInputElement,
    token: document.querySelector('[name=token]') as HTMLInputElement,
  };
}

describe('pageReactions', () => {
  it('puts back a typed field the page changed, and never a hidden input the page keeps', () => {
    const { port, token } = page();
    const held = new Map<Element, string>([
      [port, ''],
      [token, 't0'],
    ]);
    port.value = '587';
    token.value = 't1';
    const reactions = pageReactions(held, [port, token]);
    port.value = '25';
    const untouched = reactions.untouched();
    expect(untouched).toEqual([]);
    port.value = '587';
    reactions.putBack(reactions.untouched());
    expect([port.value, token.value]).toEqual(['', 't1']);
  });

  it('leaves a field the page has made a password field since: what it holds is never read or written', () => {
    const { port } = page();
    port.value = '587';
    const reactions = pageReactions(new Map([[port, '']]), [port]);
    port.type = 'password';
    expect(reactions.untouched()).toEqual([]);
    reactions.putBack([port]);
    expect(port.value).toBe('587');
  });

  it('leaves the field a person is typing into while the undo settles', () => {
    const { port } = page();
    port.value = '587';
    const reactions = pageReactions(new Map([[port, '']]), [port]);
    const untouched = reactions.untouched();
    port.focus();
    port.value = '2525';
    reactions.putBack(untouched);
    expect(port.value).toBe('2525');
  });
});
