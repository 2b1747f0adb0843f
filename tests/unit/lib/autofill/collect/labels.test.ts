import { describe, expect, it } from 'vitest';
import { groupLabel, LabelIndex, labelContent } from '@/lib/autofill/collect/labels';

/** Every way a page labels a field, read by LabelIndex on its own. */

const attributeOf = (element: Element) => (name: string) => element.getAttribute(name) ?? '';

function labelOf(html: string, selector = 'input'): string {
  document.body.innerHTML = html;
  const element = document.querySelector(selector) as HTMLElement;
  return new LabelIndex().labelText(element, attributeOf(element)).replace(/\s+/g, ' ').trim();
}

describe('LabelIndex.labelText', () => {
  it('reads <label for>, before or after the field', () => {
    expect(labelOf('<label for="h">SMTP Server</label><input id="h">')).toBe('SMTP Server');
    expect(labelOf('<input id="h"><label for="h">Server</label>')).toBe('Server');
  });

  it('reads a wrapping label without the options of a select inside it', () => {
    expect(labelOf('<label>Security <select><option>SSL</option></select></label>', 'select')).toBe('Security');
  });

  it('reads aria-labelledby and aria-label', () => {
    expect(labelOf('<span id="a">IMAP</span><span id="b">user</span><input aria-labelledby="a b">')).toBe('IMAP user');
    expect(labelOf('<input aria-label="Outgoing port">')).toBe('Outgoing port');
  });

  it('takes the label next to the field when two labels share an id', () => {
    document.body.innerHTML = `
      <div><input type="radio" id="ssl"><label for="ssl">IMAP SSL</label></div>
      <div><input type="radio" id="ssl"><label for="ssl">SMTP SSL</label></div>`;
    const [, second] = document.querySelectorAll('input');
    expect(new LabelIndex().labelText(second as HTMLElement, attributeOf(second as Element)).trim()).toBe('SMTP SSL');
  });

  it('labels a control inside a shadow root by its custom element', () => {
    document.body.innerHTML = '<label for="sec">Outgoing security</label><x-select id="sec"></x-select>';
    const host = document.querySelector('x-select') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<select></select>';
    const select = host.shadowRoot?.querySelector('select') as HTMLSelectElement;
    expect(new LabelIndex().labelText(select, attributeOf(select)).trim()).toBe('Outgoing security');
  });
});

describe('label helpers', () => {
  it('an empty label filled in at run time is read by its localisation id', () => {
    document.body.innerHTML = '<label data-l10n-id="account-setup-incoming-server"></label>';
    expect(labelContent(document.querySelector('label') as Element)).toBe('account-setup-incoming-server');
  });

  it('a radiogroup is labelled by aria-label or its first aria-labelledby', () => {
    document.body.innerHTML = '<p id="t">Encryption</p><div role="radiogroup" aria-labelledby="t"></div>';
    expect(groupLabel(document.querySelector('[role=radiogroup]') as Element).trim()).toBe('Encryption');
  });

  it('labelElements lists the labels by for and the wrapping one', () => {
    document.body.innerHTML = '<label for="x">A</label><label>B <input id="x"></label>';
    const input = document.querySelector('input') as HTMLElement;
    expect(new LabelIndex().labelElements(input).map((label) => label.textContent?.trim())).toEqual(['A', 'B']);
  });
});
