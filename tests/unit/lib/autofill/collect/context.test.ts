import { describe, expect, it } from 'vitest';
import { PanelControls, SectionContext } from '@/lib/autofill/collect/context';

function contextOf(html: string): string[] {
  document.body.innerHTML = html;
  const field = document.querySelector('input') as Element;
  return new SectionContext(new PanelControls()).of(field.parentElement);
}

describe('SectionContext', () => {
  it('reads a fieldset legend, nearest container first', () => {
    expect(
      contextOf('<section aria-label="Outgoing mail"><fieldset><legend>Server</legend><input></fieldset></section>'),
    ).toEqual(['server', 'outgoing mail']);
  });

  it('names a panel by the tab that controls it', () => {
    expect(contextOf('<a role="tab" aria-controls="p2">SMTP</a><div id="p2"><input></div>').join(' ')).toMatch(
      /\bsmtp\b/,
    );
  });

  it('reads a <details> summary and a container named by aria-labelledby', () => {
    expect(contextOf('<details><summary>Incoming server</summary><input></details>')).toEqual(['incoming server']);
    expect(contextOf('<h3 id="t">SMTP relay</h3><div aria-labelledby="t"><input></div>')).toEqual(['smtp relay']);
  });

  it('reads an unnamed dialog’s header or first heading as its section', () => {
    expect(contextOf('<div role="dialog"><header>SMTP account</header><div><input></div></div>')).toEqual([
      'smtp account',
    ]);
    expect(contextOf('<dialog open><h2>Outgoing server</h2><div><input></div></dialog>')).toEqual(['outgoing server']);
  });

  it('keeps an unnamed dialog’s title however deep its field sits: past eight named containers', () => {
    const levels = Array.from({ length: 9 }, (_, index) => `level${index + 1}`);
    const nested = levels.reduce((inner, name) => `<div class="${name}">${inner}</div>`, '<input>');
    const context = contextOf(`<div role="dialog"><header>SMTP account</header>${nested}</div>`);
    expect(context).toHaveLength(8);
    expect(context.slice(0, 7)).toEqual(levels.slice(0, 7));
    expect(context.at(-1)).toBe('smtp account');
  });

  it('reads the containers own id, class and name, and skips bare containers', () => {
    expect(contextOf('<div class="imap-settings"><div><input></div></div>')).toEqual(['imap settings']);
  });
});

describe('PanelControls', () => {
  it('names each part by the tab or button that shows it: aria-controls, data-bs-target or href', () => {
    document.body.innerHTML =
      '<button role="tab" aria-controls="a">Incoming</button><a data-bs-target="#b" data-bs-toggle="collapse">Outgoing</a><a href="#c">Advanced</a>';
    const controls = new PanelControls();
    expect(['a', 'b', 'c'].map((id) => controls.title(document, id))).toEqual(['incoming', 'outgoing', 'advanced']);
  });

  it('counts a tab, a toggle or a disclosure button as a control that shows its part, a plain link to an anchor not', () => {
    document.body.innerHTML = `
      <div role="tablist"><span role="tab" aria-controls="a">A</span></div>
      <button aria-expanded="false" aria-controls="b">More</button>
      <a href="#c" data-toggle="tab">C</a><a href="#d">D</a><div aria-controls="e"></div>`;
    const controls = new PanelControls();
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => controls.revealed(document, id))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
