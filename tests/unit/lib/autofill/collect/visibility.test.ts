import { describe, expect, it } from 'vitest';
import { PanelControls } from '@/lib/autofill/collect/context';
import { LabelIndex } from '@/lib/autofill/collect/labels';
import { VisibilityReader } from '@/lib/autofill/collect/visibility';

/** What happy-dom can show without layout; the layout checks are pinned in real Chromium (tests/e2e). */

function visibilityOf(html: string, selector = 'input') {
  document.body.innerHTML = html;
  const reader = new VisibilityReader(document, new LabelIndex(), new PanelControls());
  return reader.of(document.querySelector(selector) as Element);
}

describe('VisibilityReader', () => {
  it('a plain field is visible', () => {
    expect(visibilityOf('<input>')).toBe('visible');
  });

  it('display:none and visibility:hidden hide a field', () => {
    expect(visibilityOf('<div style="display:none"><input></div>')).toBe('hidden');
    expect(visibilityOf('<input style="visibility:hidden">')).toBe('hidden');
  });

  it('opacity 0 on the field or a wrapper hides it', () => {
    expect(visibilityOf('<input style="opacity:0">')).toBe('hidden');
    expect(visibilityOf('<div style="opacity:0"><label>Email <input></label></div>')).toBe('hidden');
  });

  it('a field in a tab panel a real tab opens is a hidden panel, unless its own style hides it', () => {
    const tab = '<div role="tablist"><a role="tab" aria-controls="p">SMTP</a></div>';
    expect(visibilityOf(`${tab}<div id="p" style="display:none"><input></div>`)).toBe('hidden-panel');
    expect(visibilityOf(`${tab}<div id="p" hidden><p><input></p></div>`)).toBe('hidden-panel');
    expect(visibilityOf(`${tab}<div id="p" style="display:none"><input style="display:none"></div>`)).toBe('hidden');
    expect(visibilityOf(`${tab}<div id="p" style="display:none"><div hidden><input></div></div>`)).toBe('hidden');
  });

  it('a part shown by a disclosure button, or by its panel label being a tab, is a hidden panel too', () => {
    expect(
      visibilityOf('<button aria-expanded="false" aria-controls="x">Advanced</button><div id="x" hidden><input></div>'),
    ).toBe('hidden-panel');
    expect(
      visibilityOf('<span role="tab" id="t">Out</span><div aria-labelledby="t" style="display:none"><input></div>'),
    ).toBe('hidden-panel');
  });

  it('a panel right after its tab (CSS radio tabs: radio, label role=tab, panel) is a hidden panel', () => {
    const tabs = (panel: string) =>
      `<input type="radio" name="t" id="a" checked><label for="a" role="tab">IMAP</label><div class="c"></div>` +
      `<input type="radio" name="t" id="b"><label for="b" role="tab">SMTP</label>${panel}`;
    expect(visibilityOf(tabs('<div class="c" style="display:none"><input id="f"></div>'), '#f')).toBe('hidden-panel');
    // A plain label before a hidden part is no tab.
    expect(visibilityOf('<label>SMTP</label><div style="display:none"><input id="f"></div>', '#f')).toBe('hidden');
  });

  it('a switch box: a checkbox hidden inside a wordless box a person sees is visible; alone it is hidden', () => {
    document.body.innerHTML =
      '<div class="switch"><input type="checkbox" style="opacity:0" id="s"><span></span></div>' +
      '<div>Words <input type="checkbox" style="opacity:0" id="w"></div>';
    const reader = new VisibilityReader(document, new LabelIndex(), new PanelControls());
    const at = (id: string) => document.getElementById(id) as HTMLElement;
    expect(reader.of(at('s'))).toBe('hidden');
    expect(reader.hasVisibleSwitchBox(at('s'))).toBe(true);
    expect(reader.hasVisibleSwitchBox(at('w'))).toBe(false);
  });

  it('only what is on screen when asked for that (filling without the user asking)', () => {
    document.body.innerHTML = '<a role="tab" aria-controls="p">SMTP</a><div id="p" hidden><input></div>';
    const reader = new VisibilityReader(document, new LabelIndex(), new PanelControls(), true);
    expect(reader.of(document.querySelector('input') as Element)).toBe('hidden');
  });

  it('a class name that merely says tab, panel or step is no control: the field is hidden', () => {
    for (const name of ['tab-pane', 'panel', 'step', 'collapse'])
      expect(visibilityOf(`<div class="${name}" style="display:none"><input></div>`)).toBe('hidden');
  });

  it('a closed <details> opens by its summary; without one a person sees, nothing opens it', () => {
    expect(visibilityOf('<details><summary>Email settings</summary><p><input></p></details>')).toBe('hidden-panel');
    expect(visibilityOf('<details><summary>Email settings</summary><input></details>')).toBe('hidden-panel');
    expect(visibilityOf('<details><p><input></p></details>')).toBe('hidden');
    expect(visibilityOf('<details><summary style="display:none">x</summary><input></details>')).toBe('hidden');
    expect(visibilityOf('<details><summary></summary><input></details>')).toBe('hidden');
    expect(visibilityOf('<details open><summary>Email</summary><input></details>')).toBe('visible');
  });

  it('a styled radio hidden behind a visible label counts through its label', () => {
    document.body.innerHTML = '<input type="radio" id="r" style="display:none"><label for="r">SSL</label>';
    const reader = new VisibilityReader(document, new LabelIndex(), new PanelControls());
    expect(reader.hasVisibleLabel(document.getElementById('r') as HTMLElement)).toBe(true);
  });
});
