import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every claim the catalogues make about Apple, Google and Microsoft is no stronger than
 * shared/research/icloud-facts.md allows. Each block names the claim that was too strong,
 * the wording it had in each language, and what the sources support instead.
 */

const root = path.resolve(__dirname, '../../..');
const languages = ['en', 'de', 'fr', 'es'] as const;
type Language = (typeof languages)[number];
type PerLanguage = Record<Language, RegExp>;

function catalogue(language: string): Map<string, string> {
  const flat = new Map<string, string>();
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node))
      if (typeof value === 'string') flat.set(`${prefix}${key}`, value);
      else walk(value, `${prefix}${key}.`);
  };
  walk(JSON.parse(readFileSync(path.join(root, 'locales', `${language}.json`), 'utf8')), '');
  return flat;
}
const catalogues = Object.fromEntries(languages.map((language) => [language, catalogue(language)])) as Record<
  Language,
  Map<string, string>
>;
const message = (language: Language, key: string) => {
  const text = catalogues[language].get(key);
  if (text === undefined) throw new Error(`${language}: no message ${key}`);
  return text;
};
const keysMatching = (language: Language, pattern: RegExp) =>
  [...catalogues[language]].filter(([key, text]) => key !== 'extDescription' && pattern.test(text)).map(([key]) => key);

describe.each(languages)('%s', (language) => {
  it('does not say turning off two-factor authentication revokes app-specific passwords (Apple 102654 says only: changing or resetting the password)', () => {
    const revokesWithTwoFactor: PerLanguage = {
      en: /revok.*two-factor|two-factor.*revok/i,
      de: /widerruf.*Zwei-Faktor|Zwei-Faktor.*widerruf/i,
      fr: /révoqu.*deux facteurs|deux facteurs.*révoqu/i,
      es: /revoc.*doble factor|doble factor.*revoc/i,
    };
    expect(keysMatching(language, revokesWithTwoFactor[language])).toEqual([]);
    const changedOrReset: PerLanguage = {
      en: /changing or resetting/i,
      de: /ändern oder zurücksetzen/,
      fr: /modifier ou réinitialiser/i,
      es: /cambia(s|r) o restablece(s|r)/,
    };
    for (const key of [
      'popup.appPassword.limits',
      'gmail.error.revoked',
      'guide.trouble.check.appPasswordRevoked.cause',
    ])
      expect(message(language, key), key).toMatch(changedOrReset[language]);
  });

  it('gives the sending limits as Apple’s own (102198), not as “widely reported”, and not as “about”', () => {
    const hearsay: PerLanguage = {
      en: /widely reported/i,
      de: /vielfach genannt/i,
      fr: /largement cités/i,
      es: /se citan mucho/i,
    };
    expect(message(language, 'guide.limits.intro')).not.toMatch(hearsay[language]);
    expect(message(language, 'guide.limits.intro')).toMatch(/^Apple .*\(\$1\)/);
    const about: PerLanguage = { en: /About/, de: /Etwa/, fr: /Environ/, es: /Unos/ };
    expect(message(language, 'guide.limits.messagesPerDay')).not.toMatch(about[language]);
  });

  it('says Mail Drop is in Apple’s Mail apps and iCloud.com, not “only Apple Mail”', () => {
    const onlyAppleMail: PerLanguage = {
      en: /only Apple Mail/,
      de: /nur Apple Mail/,
      fr: /seul Apple Mail/,
      es: /solo ofrece Apple Mail/,
    };
    const text = message(language, 'guide.limits.messageSize');
    expect(text).not.toMatch(onlyAppleMail[language]);
    expect(text).toContain('Mail Drop');
    expect(text).toContain('iCloud.com');
  });

  it('says Apple documents only port 587, not that 465 and 25 “are not offered”', () => {
    const notOffered: PerLanguage = {
      en: /not offered|does not offer/,
      de: /nicht angeboten|nicht an\b|bietet .* nicht/,
      fr: /pas proposés|ne propose pas/,
      es: /no están disponibles|no ofrece/,
    };
    const documents: PerLanguage = { en: /documents?/, de: /dokumentiert/, fr: /documente/, es: /documenta/ };
    for (const key of [
      'popup.note.smtpSecurity',
      'audit.reason.smtpPortNotOffered',
      'guide.myths.wrongSmtpPort',
      'guide.trouble.check.portNotOffered.cause',
    ]) {
      expect(message(language, key), key).not.toMatch(notOffered[language]);
      expect(message(language, key), key).toMatch(documents[language]);
    }
  });

  it('calls only smtp.me.com broken; other old hosts are “not a server Apple documents”', () => {
    const doesNotWork: PerLanguage = {
      en: /does not work/,
      de: /funktioniert heute nicht/,
      fr: /ne fonctionne plus/,
      es: /no funciona/,
    };
    expect(message(language, 'audit.reason.oldHostName')).not.toMatch(doesNotWork[language]);
    expect(message(language, 'audit.reason.oldHostName')).toMatch(/Apple/);
    expect(message(language, 'audit.reason.oldHostBroken')).not.toBe(message(language, 'audit.reason.oldHostName'));
  });

  it('says the app-specific password usually looks like xxxx-xxxx-xxxx-xxxx, and that Apple does not state it', () => {
    const usually: PerLanguage = { en: /usually/, de: /meist/, fr: /généralement/, es: /suele/ };
    const text = message(language, 'guide.appPassword.format');
    expect(text).toMatch(usually[language]);
    expect(text).toMatch(/Apple/);
    // The hint beside Gmail's password field judges only the shape: "usually", never "is".
    expect(message(language, 'gmail.password.notShaped')).toMatch(usually[language]);
    expect(message(language, 'gmail.password.notShaped')).toContain('xxxx-xxxx-xxxx-xxxx');
  });

  it('gives the forwarding path Settings → Mail Forwarding with its “Forward my email to”', () => {
    expect(message(language, 'guide.gmailAfter.forward').match(/→/g)).toHaveLength(1);
    expect(message(language, 'guide.gmailAfter.forward')).toMatch(/[“„«]\s?[^”“»]+\s?[”“»]/);
  });

  it('names the iPhone and iPad paths for iOS 18 and later and before, and the own account under [name] → iCloud', () => {
    expect(message(language, 'guide.apple.iphoneOther')).toMatch(/iOS 18.*→ Apps → Mail.*iOS 18.*→ Mail →/);
    expect(message(language, 'guide.apple.iphone')).toMatch(/\[[^\]]+\] → iCloud → iCloud Mail/);
  });

  it('drops the unsourced “do not leave the encryption on automatic” from the Outlook steps', () => {
    const automatic: PerLanguage = { en: /automatic/i, de: /automatisch/i, fr: /automatique/i, es: /automático/i };
    expect(keysMatching(language, automatic[language]).filter((key) => key.startsWith('guide.outlook.'))).toEqual([]);
  });

  it('says most apps need an app-specific password and names the new Outlook as the exception', () => {
    const otherThanApple: PerLanguage = {
      en: /other than Apple/,
      de: /nicht von Apple sind/,
      fr: /autres que celles d’Apple/,
      es: /que no son de Apple/,
    };
    const most: PerLanguage = { en: /Most/, de: /meisten/, fr: /plupart/, es: /mayoría/ };
    for (const key of ['popup.appPassword.intro', 'audit.reason.accountPassword', 'guide.security.newOutlook']) {
      expect(message(language, key), key).not.toMatch(otherThanApple[language]);
      expect(message(language, key), key).toMatch(most[language]);
      expect(message(language, key), key).toMatch(/Outlook/);
    }
    expect(message(language, 'guide.outlook.newSteps')).toMatch(/Apple Account|compte Apple|cuenta de Apple/);
  });

  it('names the old words once each: Apple Account (formerly Apple ID), account.apple.com (formerly appleid.apple.com)', () => {
    const formerName: PerLanguage = {
      en: /\(formerly Apple ID\)/,
      de: /\(früher Apple-ID\)/,
      fr: /\(anciennement identifiant Apple\)/,
      es: /\(antes ID de Apple\)/,
    };
    expect(keysMatching(language, formerName[language])).toEqual(['popup.appPassword.signIn']);
    // $1 is account.apple.com and $2 its former host, both from lib/icloud/icloud.ts.
    expect(message(language, 'popup.appPassword.signIn')).toMatch(/\$1 \([^)]*\$2\)/);
  });

  it('hedges the custom-domain sign-in the same way everywhere: reported, not stated by Apple', () => {
    const reported: PerLanguage = {
      en: /reported/,
      de: /Berichten zufolge|berichtet/,
      fr: /signalé/,
      es: /se ha informado|informa/,
    };
    const notStated: PerLanguage = {
      en: /Apple does not state this/,
      de: /Apple gibt das nicht an/,
      fr: /Apple ne l’indique pas/,
      es: /Apple no lo indica/,
    };
    for (const key of ['popup.address.customDomain', 'forms.result.customDomain', 'audit.reason.customDomainLogin'])
      expect(message(language, key), key).toMatch(reported[language]);
    for (const key of [
      'popup.address.customDomainUnofficial',
      'forms.result.customDomain',
      'audit.reason.customDomainLogin',
    ])
      expect(message(language, key), key).toMatch(notStated[language]);
  });

  it('says once, in the guide footer, that the extension is not made by or affiliated with Apple or Google', () => {
    const text = message(language, 'guide.footer.notAffiliated');
    expect(text).toMatch(/Apple/);
    expect(text).toMatch(/Google/);
    expect(keysMatching(language, /affili|afiliad|Verbindung zu ihnen/i)).toEqual(['guide.footer.notAffiliated']);
  });
});

describe('German: Apple’s own words', () => {
  it('note.password says “Dasselbe Passwort gilt für beide Server”', () => {
    expect(message('de', 'popup.note.password')).toContain('Dasselbe Passwort gilt für beide Server');
  });
});

describe('the README', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  it('says the extension is not made by or affiliated with Apple or Google, and names the articles it is built on', () => {
    expect(readme).toMatch(/not made by or affiliated with Apple or Google/);
    for (const article of ['102525', '102654', '102198', 'answer/22370', 'answer/17101213'])
      expect(readme, article).toContain(article);
  });
});
