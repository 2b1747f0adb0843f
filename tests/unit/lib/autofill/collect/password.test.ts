import { describe, expect, it } from 'vitest';
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
