import { describe, expect, it } from 'vitest';
import { SectionContext, TabTitles } from '@/lib/autofill/collect/context';

function contextOf(html: string): string[] {
  document.body.innerHTML = html;
  const field = document.querySelector('input') as Element;
  return new SectionContext(new TabTitles()).of(field.parentElement);
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

  it('reads the containers own id, class and name, and skips bare containers', () => {
    expect(contextOf('<div class="imap-settings"><div><input></div></div>')).toEqual(['imap settings']);
  });
});

describe('TabTitles', () => {
  it('maps each panel id to its tab text, by aria-controls, data-bs-target or href', () => {
    document.body.innerHTML =
      '<button role="tab" aria-controls="a">Incoming</button><a data-bs-target="#b">Outgoing</a><a href="#c">Advanced</a>';
    expect([...new TabTitles().of(document)]).toEqual([
      ['a', 'incoming'],
      ['b', 'outgoing'],
      ['c', 'advanced'],
    ]);
  });
});
