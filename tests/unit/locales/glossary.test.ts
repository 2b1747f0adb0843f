import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import glossary from '../../../locales/glossary/terms.json';

interface Rule {
  concept: string;
  term?: string;
  forbidden: string[];
  flags?: string;
  scope?: string[];
  allowedIn?: string[];
}

const root = path.resolve(__dirname, '../../..');
const languages = ['en', 'de', 'fr', 'es'] as const;
type Language = (typeof languages)[number];
const rules = glossary.languages as Record<Language, Rule[]>;
const excluded = new Set(Object.keys(glossary.excludedKeys));

function messages(language: string): [key: string, message: string][] {
  const flat: [string, string][] = [];
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node))
      if (typeof value === 'string') flat.push([`${prefix}${key}`, value]);
      else walk(value, `${prefix}${key}.`);
  };
  walk(JSON.parse(readFileSync(path.join(root, 'locales', `${language}.json`), 'utf8')), '');
  return flat.filter(([key]) => !excluded.has(key));
}

/** Where a catalogue breaks a rule: "key: the variant found". */
function breaches(rule: Rule, catalogue: [string, string][]): string[] {
  const inScope = ([key]: [string, string]) =>
    (rule.scope ?? ['']).some((prefix) => key.startsWith(prefix)) && !rule.allowedIn?.includes(key);
  return catalogue.filter(inScope).flatMap(([key, message]) =>
    rule.forbidden.flatMap((variant) => {
      const found = new RegExp(variant, rule.flags ?? '').exec(message);
      return found ? [`${key}: “${found[0]}”`] : [];
    }),
  );
}

describe.each(languages)('locales/%s.json against the glossary', (language) => {
  const catalogue = messages(language);
  it.each(rules[language].map((rule) => [rule.concept, rule] as const))('%s: one term', (_, rule) => {
    expect(breaches(rule, catalogue)).toEqual([]);
    if (rule.term)
      expect(
        catalogue.some(([, message]) =>
          rule.flags?.includes('i')
            ? message.toLowerCase().includes(rule.term?.toLowerCase() ?? '')
            : message.includes(rule.term ?? ''),
        ),
      ).toBe(true);
  });

  it('writes apostrophes one way: ’, never the typewriter one', () => {
    expect(catalogue.filter(([, message]) => message.includes("'")).map(([key]) => key)).toEqual([]);
  });

  it('allows a forbidden variant only in keys that exist', () => {
    const keys = new Set(catalogue.map(([key]) => key));
    for (const rule of rules[language]) for (const key of rule.allowedIn ?? []) expect(keys.has(key), key).toBe(true);
  });
});

// Sentences the catalogues held before the glossary existed: each must still be caught.
const earlierMistakes: Record<Language, string[]> = {
  en: ['Use an app password', 'Turn on two-step verification'],
  de: [
    'Öffnen Sie „Anmeldung und Sicherheit“',
    'Wählen Sie „App-spezifisches Passwort generieren“',
    'ein app-spezifisches Passwort',
    'Klartext',
    'iCloud-Mail einrichten',
    'iCloud-Mails in Gmail lesen',
    'Senden klappt',
    'als Benutzername für ausgehende Mails',
  ],
  fr: [
    'un mot de passe pour application',
    'Mots de passe pour applications',
    'les paramètres du serveur',
    'Chiffrement en réception',
    'Nom d’utilisateur à l’envoi',
    'n’a donc jamais marché',
  ],
  es: [
    'tu contraseña de app',
    'Contraseñas de apps',
    'la ventana «Enviar correo como»',
    'abre Configuración → Ver todos los ajustes',
    'Agrega una cuenta',
  ],
};

describe.each(languages)('the %s glossary', (language) => {
  it.each(earlierMistakes[language])('catches “%s”', (sentence) => {
    const caught = rules[language].some(
      (rule) => breaches({ ...rule, scope: undefined, allowedIn: [] }, [['any', sentence]]).length > 0,
    );
    expect(caught).toBe(true);
  });

  it('has a rule for every language', () => {
    expect(rules[language].length).toBeGreaterThan(2);
  });
});
