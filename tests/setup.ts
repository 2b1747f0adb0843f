import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../locales/en.json';

// fakeBrowser has no i18n: serve locales/en.json the way the built extension's _locales would,
// so component tests see the real English text.
function flatten(messages: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') flat.set(`${prefix}${key}`, value);
    else for (const entry of flatten(value, `${prefix}${key}_`)) flat.set(...entry);
  }
  return flat;
}

const englishMessages = flatten(english);

function getMessage(name: string, substitutions?: string | (string | number)[]): string {
  const message = englishMessages.get(name) ?? '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(values[Number(which) - 1] ?? ''),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage;
});
