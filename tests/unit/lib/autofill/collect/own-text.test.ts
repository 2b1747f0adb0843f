import { describe, expect, it } from 'vitest';
import { ownText, textOfIds } from '@/lib/autofill/collect/own-text';

describe('ownText', () => {
  it('reads the text of an element without the options and text areas inside it', () => {
    document.body.innerHTML =
      '<label id="l">Security <select><option>SSL</option></select> <b>level</b><textarea>x</textarea></label>';
    expect(
      ownText(document.getElementById('l') as Element)
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Security level');
  });

  it('stops after about 200 characters', () => {
    document.body.innerHTML = `<p id="p">${'<span>word </span>'.repeat(100)}</p>`;
    expect(ownText(document.getElementById('p') as Element).length).toBeLessThan(220);
  });

  it('textOfIds reads each id of a list that exists', () => {
    document.body.innerHTML = '<span id="a">Incoming</span><span id="b">port</span>';
    expect(textOfIds(document, 'a missing b').map((text) => text.trim())).toEqual(['Incoming', 'port']);
  });
});
