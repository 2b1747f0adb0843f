import { describe, expect, it } from 'vitest';
import { anyRequiredWord, requiredWords } from '@/lib/autofill/collect/required-words';

describe('requiredWords', () => {
  it.each([
    [/\bpass(?:word|wort)?\b|kennwort/, ['pass', 'kennwort']],
    [/\bhost\w*|server\b|\b(?:serveur|hote)\b/, ['host', 'server', 'serveur', 'hote']],
    [/(?:^|\s|smtp)port(?:\s|$|nr)/, ['port']],
    [/\be ?mail(?: address)?\b/, ['mail']],
    [/card ?number/, ['card']],
    [/sql ?server/, ['server']],
    [/mot de passe|\bcvv\b/, ['mot de passe', 'cvv']],
    [/[a-z]+:\/\/smtp/, ['://smtp']],
  ])('%s needs one of %j', (pattern, words) => {
    expect(requiredWords(pattern)).toEqual(words);
  });

  it('knows no word for a pattern that can match without one', () => {
    expect(requiredWords(/\d+|smtp/)).toBeUndefined();
    expect(requiredWords(/(?:smtp)?/)).toBeUndefined();
  });
});

describe('anyRequiredWord', () => {
  it('matches whatever any of the patterns matches, with one word standing for the longer ones it is part of', () => {
    const patterns = [/\bpass(?:word)?\b/, /password|passphrase/, /\bimap\b/];
    const any = anyRequiredWord(patterns);
    expect(any.source).toBe('pass|imap');
    for (const text of ['my password', 'imap server', 'passphrase']) expect(any.test(text)).toBe(true);
    expect(any.test('quantity')).toBe(false);
  });

  it('looks for the longest run of letters of a word, so raw text with any punctuation still matches', () => {
    const any = anyRequiredWord([/mot de passe/, /\bapp specific\b/]);
    expect(any.source).toBe('passe|specific');
    expect(any.test('mot_de_passe')).toBe(true);
  });

  it('refuses a pattern it could not stand in for', () => {
    expect(() => anyRequiredWord([/.*/])).toThrow(/No word is required/);
  });
});
