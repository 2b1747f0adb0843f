import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wrongAdviceExamples } from '../../../components/guide/WrongAdvice';
import { type AuditField, auditReasons } from '../../../lib/icloud/audit';
import { type Check, symptoms } from '../../../lib/icloud/troubleshoot';
import english from '../../../locales/en.json';

const root = path.resolve(__dirname, '../../..');
const languages = ['de', 'fr', 'es'] as const;

function flatten(messages: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') flat.set(`${prefix}${key}`, value);
    else for (const entry of flatten(value, `${prefix}${key}.`)) flat.set(...entry);
  }
  return flat;
}

const catalogue = (language: string) =>
  flatten(JSON.parse(readFileSync(path.join(root, 'locales', `${language}.json`), 'utf8')));
const englishKeys = flatten(english);

/** The placeholders a message uses, so a translation cannot drop or invent one. */
const placeholders = (message: string) => [...message.matchAll(/\$\d|\{\w+\}/g)].map(([match]) => match).sort();

describe.each(languages)('locales/%s.json', (language) => {
  const translated = catalogue(language);
  it('has every key of en.json', () => {
    expect([...englishKeys.keys()].filter((key) => !translated.has(key))).toEqual([]);
  });
  it('has no key that en.json lacks', () => {
    expect([...translated.keys()].filter((key) => !englishKeys.has(key))).toEqual([]);
  });
  it('keeps the placeholders of each English message', () => {
    const differing = [...englishKeys].filter(
      ([key, message]) =>
        translated.has(key) && placeholders(message).join() !== placeholders(translated.get(key) ?? '').join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});

/**
 * Keys built from a code at run time, e.g. i18n.t(`audit.reason.${finding.reason}`), written here as
 * 'audit.reason.*'. Each such template in the source must be listed with every code it can receive;
 * the test then counts those keys as used and checks that each exists.
 */
const auditFields = {
  protocol: true,
  imapHost: true,
  imapPort: true,
  imapSecurity: true,
  imapUsername: true,
  smtpHost: true,
  smtpPort: true,
  smtpSecurity: true,
  smtpUsername: true,
  passwordKind: true,
} satisfies Record<AuditField, true>;
const checks = {
  appPassword: true,
  appPasswordRevoked: true,
  twoFactor: true,
  smtpUsername: true,
  imapUsername: true,
  senderNotOnAccount: true,
  dailyLimit: true,
  messageSize: true,
  securityForPort: true,
  sslOnStarttlsPort: true,
  hostName: true,
  portNotOffered: true,
  oldClient: true,
  clock: true,
  portBlocked: true,
  popAccount: true,
  incomingSettings: true,
  outgoingSettings: true,
} satisfies Record<Check, true>;
const dynamicKeys: Record<string, readonly string[]> = {
  'audit.reason.*': auditReasons,
  'audit.field.*': Object.keys(auditFields),
  'guide.trouble.symptom.*': symptoms,
  'guide.trouble.check.*.cause': Object.keys(checks),
  'guide.trouble.check.*.fix': Object.keys(checks),
  'guide.myths.*': wrongAdviceExamples('alex@icloud.com').map(({ id }) => id),
};

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|html)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
const source = ['entrypoints', 'components', 'lib']
  .flatMap(sourceFiles)
  .concat(path.join(root, 'wxt.config.ts'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('locale keys in the code', () => {
  const staticKeys = new Set(
    // i18n.t('key'), or t('key') where a content script wraps browser.i18n to stay small; manifest __MSG_key__.
    [...source.matchAll(/(?:\bi18n\.t|(?<![\w$.])t)\(\s*['"]([\w.@]+)['"]/g)].map(([, key]) => key ?? ''),
  );
  // The manifest names a message with underscores where the catalogue nests: __MSG_forms_command__ is forms.command.
  const byManifestName = new Map([...englishKeys.keys()].map((key) => [key.replaceAll('.', '_'), key]));
  for (const [, name] of source.matchAll(/__MSG_(\w+)__/g))
    staticKeys.add(byManifestName.get(name ?? '') ?? `__MSG_${name}__`);
  const templates = new Set(
    [...source.matchAll(/(?:\bi18n\.t|(?<![\w$.])t)\(\s*`([^`]+)`/g)].map(([, template]) =>
      (template ?? '').replace(/\$\{[^}]+\}/g, '*'),
    ),
  );

  it('builds keys at run time only from the templates listed in this test', () => {
    expect([...templates].filter((template) => !(template in dynamicKeys))).toEqual([]);
  });

  it('uses every key of en.json', () => {
    const used = new Set(staticKeys);
    for (const [template, codes] of Object.entries(dynamicKeys))
      for (const code of codes) used.add(template.replace('*', code));
    expect([...englishKeys.keys()].filter((key) => !used.has(key))).toEqual([]);
  });

  it('has a message for every key the code uses', () => {
    const missing = [...staticKeys].filter((key) => !key.startsWith('@@') && !englishKeys.has(key));
    for (const [template, codes] of Object.entries(dynamicKeys))
      for (const code of codes) {
        const key = template.replace('*', code);
        if (!englishKeys.has(key)) missing.push(key);
      }
    expect(missing).toEqual([]);
  });
});
