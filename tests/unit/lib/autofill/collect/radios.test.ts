import { describe, expect, it } from 'vitest';
import type { CollectedField } from '@/lib/autofill/collect/field';
import { groupRadios } from '@/lib/autofill/collect/radios';

function radioRecord(element: HTMLElement, text: string, order: number, textAfter = ''): CollectedField {
  const input = element as HTMLInputElement;
  return {
    element,
    form: input.form ?? null,
    order,
    labels: text,
    textAfter,
    visibility: () => 'visible',
    choices: [{ element, text, value: input.value ?? element.getAttribute('value') ?? '', selected: !!input.checked }],
    value: '',
  } as CollectedField;
}

describe('groupRadios', () => {
  it('groups inputs by name within their form, each label a choice, the checked one the value', () => {
    document.body.innerHTML = `
      <form><input type="radio" name="sec" value="0"><input type="radio" name="sec" value="1" checked></form>
      <form><input type="radio" name="sec" value="0"></form>`;
    const [a, b, c] = [...document.querySelectorAll('input')];
    const groups = groupRadios([
      radioRecord(a as HTMLElement, 'none', 0),
      radioRecord(b as HTMLElement, 'ssl', 1),
      radioRecord(c as HTMLElement, 'none', 2),
    ]);
    expect(groups.map((group) => [group.value, group.choices.map(({ text }) => text)])).toEqual([
      ['1', ['none', 'ssl']],
      ['', ['none']],
    ]);
  });

  it('groups role=radio by its radiogroup, labelled by the group, and names an unlabelled radio by the text after it', () => {
    document.body.innerHTML =
      '<div role="radiogroup" aria-label="Encryption"><span role="radio" value="tls"></span><span role="radio" value="ssl"></span></div>';
    const [tls, ssl] = [...document.querySelectorAll<HTMLElement>('[role=radio]')];
    const [group] = groupRadios([
      radioRecord(tls as HTMLElement, '', 0, 'starttls'),
      radioRecord(ssl as HTMLElement, 'ssl tls', 1),
    ]);
    expect(group?.labels).toBe('encryption');
    expect(group?.choices.map(({ text }) => text)).toEqual(['starttls', 'ssl tls']);
  });
});
