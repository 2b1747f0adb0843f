import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabelIndex } from '@/lib/autofill/collect/labels';
import { normalise } from '@/lib/autofill/collect/normalise';
import { mayMatter, worthALook } from '@/lib/autofill/collect/prefilter';
import { lookAlikeSignal, mailSignal, popPattern, rolePatterns, sidePatterns } from '@/lib/autofill/decide/roles';

const vocabulary = [
  ...Object.values(rolePatterns).flatMap(({ label, name }) => [label, name]),
  ...Object.values(sidePatterns),
  popPattern,
  mailSignal,
  lookAlikeSignal,
];

/** Every text of every fixture page, cut into the pieces a field's words come in. */
function fixtureTexts(): string[] {
  const texts = new Set<string>();
  for (const folder of ['tests/fixtures/forms', 'tests/fixtures/gmail'])
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(path.join(folder, file), 'utf8');
      for (const piece of html.split(/[<>"=]/)) if (piece.trim()) texts.add(piece.trim());
    }
  return [...texts];
}

describe('worthALook is derived from the role vocabulary', () => {
  it('lets through every text any role, side, mail or look-alike pattern matches', () => {
    const missed = fixtureTexts().filter((text) => {
      const words = normalise(text);
      return vocabulary.some((pattern) => pattern.test(words)) && !worthALook.test(words);
    });
    expect(missed).toEqual([]);
  });

  it('holds the words of each role', () => {
    for (const word of ['host', 'port', 'user', 'pass', 'mail', 'smtp', 'imap', 'ldap', 'proxy'])
      expect(worthALook.test(word)).toBe(true);
  });
});

function field(html: string): HTMLInputElement {
  document.body.innerHTML = html;
  return document.querySelector('input') as HTMLInputElement;
}

describe('mayMatter', () => {
  it('passes over fields whose words no pattern could match', () => {
    expect(mayMatter(field('<input name="qty_12" value="3">'), 'Quantity', new LabelIndex())).toBe(false);
  });

  it('keeps fields that say something, wherever they say it', () => {
    expect(mayMatter(field('<input name="x">'), 'SMTP server', new LabelIndex())).toBe(true);
    expect(mayMatter(field('<input name="smtpHost">'), '', new LabelIndex())).toBe(true);
    expect(mayMatter(field('<label for="f">Hôte</label><input id="f">'), '', new LabelIndex())).toBe(true);
    expect(mayMatter(field('<label>Benutzername <input></label>'), '', new LabelIndex())).toBe(true);
    expect(mayMatter(field('<input value="smtp.example.org">'), '', new LabelIndex())).toBe(true);
    expect(mayMatter(field('<table><tr><td>Port</td><td><input></td></tr></table>'), '', new LabelIndex())).toBe(true);
  });

  it('always keeps password, email and autocomplete fields, and fields labelled from elsewhere', () => {
    expect(mayMatter(field('<input type="password">'), '', new LabelIndex())).toBe(true);
    expect(mayMatter(field('<input type="email">'), '', new LabelIndex())).toBe(true);
    expect(mayMatter(field('<input autocomplete="off">'), '', new LabelIndex())).toBe(true);
    expect(mayMatter(field('<input aria-labelledby="x">'), '', new LabelIndex())).toBe(true);
  });
});
