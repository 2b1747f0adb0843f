import { describe, expect, it } from 'vitest';
import { normalise } from '@/lib/autofill/collect/normalise';
import { saysPassword } from '@/lib/autofill/collect/password';

const words = { labels: '', placeholder: '', title: '', name: '', id: '', autocomplete: '' };

describe('saysPassword', () => {
  it.each(['password', 'passwort', 'kennwort', 'mot de passe', 'contrasena', 'app specific password'])(
    'a field labelled "%s" is a password field',
    (labels) => {
      expect(saysPassword({ ...words, labels })).toBe(true);
    },
  );

  it('reads the name, id and autocomplete too', () => {
    expect(saysPassword({ ...words, name: 'smtp pwd' })).toBe(true);
    expect(saysPassword({ ...words, autocomplete: 'current password' })).toBe(true);
  });

  it('a username or a host is not a password field', () => {
    expect(saysPassword({ ...words, labels: 'smtp username', name: 'smtp user' })).toBe(false);
    expect(saysPassword({ ...words, labels: 'outgoing server' })).toBe(false);
  });
});

describe('password words beyond English, German, French and Spanish', () => {
  it.each([
    ['pt', 'Senha do usuário'],
    ['nl', 'Wachtwoord'],
    ['it', 'Password'],
    ['it', "Parola d'ordine"],
    ['pl', 'Hasło'],
    ['sv', 'Lösenord'],
    ['tr', 'Şifre'],
    ['ja', 'パスワード'],
  ])('%s: "%s" is a password field', (_language, label) => {
    expect(saysPassword({ ...words, labels: normalise(label) })).toBe(true);
  });

  it('"Şifreleme" (Turkish: encryption) is not', () => {
    expect(saysPassword({ ...words, labels: normalise('Şifreleme'), name: normalise('sifreleme') })).toBe(false);
  });
});
