import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPasswordVariable } from '../../../lib/icloud/formats';
import { icloudMail } from '../../../lib/icloud/icloud';

const root = path.resolve(__dirname, '../../..');

function messages(language: string): [key: string, message: string][] {
  const flat: [string, string][] = [];
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node))
      if (typeof value === 'string') flat.push([`${prefix}${key}`, value]);
      else walk(value, `${prefix}${key}.`);
  };
  walk(JSON.parse(readFileSync(path.join(root, 'locales', `${language}.json`), 'utf8')), '');
  return flat;
}

const { imap, smtp, domains, oldHosts, wrongSmtpPorts, popPort, sendingLimits, appPassword } = icloudMail;
const numbers = [
  imap.port,
  smtp.port,
  popPort,
  ...wrongSmtpPorts,
  appPassword.maxActive,
  ...Object.values(sendingLimits),
];
// Written as in any of the four languages: 1000, 1,000, 1.000 or 1 000.
const numberPattern = new RegExp(
  `(?<![\\d.,])(${numbers.map((n) => String(n).replace(/\B(?=(\d{3})+$)/g, '[,. \u00a0\u202f]?')).join('|')})(?![\\d.,]\\d|\\d)`,
);
const words = [
  imap.host,
  smtp.host,
  ...oldHosts,
  ...domains,
  appPasswordVariable,
  new URL(appPassword.accountUrl).host,
];

describe.each(['en', 'de', 'fr', 'es'])('locales/%s.json', (language) => {
  it('writes no iCloud host, domain, port, limit or variable name into a message: they come from lib/icloud/icloud.ts', () => {
    const written = messages(language).filter(
      ([, message]) => numberPattern.test(message) || words.some((word) => message.includes(word)),
    );
    expect(written).toEqual([]);
  });
});

describe('the pattern itself', () => {
  it('finds a port or a limit however it is written', () => {
    for (const text of ['port 587', 'Ports 465 und 25', 'about 1,000 messages', '1.000 Nachrichten', '20 MB'])
      expect(numberPattern.test(text), text).toBe(true);
    for (const text of ['error 535', 'since 2023', 'in 2026', 'TLS 1.2'])
      expect(numberPattern.test(text), text).toBe(false);
  });
});
