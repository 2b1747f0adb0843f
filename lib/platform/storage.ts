import * as z from 'zod/mini';
import { storage } from '#imports';
import type { MailAccount } from '../icloud/account';

/**
 * Everything the extension remembers, in the browser's local storage only. Stored data is read
 * through zod: corrupt or old values fall back to defaults field by field, keeping the valid parts.
 * Writes merge into what is stored, so keys this version does not know (a later version's) are kept.
 * Never a password.
 */

const accountSchema = z.object({
  address: z.catch(z.string(), ''),
  icloudLogin: z.catch(z.optional(z.string()), undefined),
});

// Each feature names its own preferences (booleanPreference below); other keys are kept as they are.
const preferencesSchema = z.catch(z.record(z.string(), z.unknown()), {});

const optedInSitesSchema = z.catch(z.array(z.unknown()), []);
const originSchema = z.string().check(z.regex(/^https?:\/\/[^/\s]+$/));

const accountItem = storage.defineItem<unknown>('local:account');
const preferencesItem = storage.defineItem<unknown>('local:preferences');
const optedInSitesItem = storage.defineItem<unknown>('local:optedInSites');

function parseAccount(stored: unknown): MailAccount {
  const parsed = accountSchema.safeParse(stored ?? {});
  if (!parsed.success) return { address: '' };
  const { address, icloudLogin } = parsed.data;
  return icloudLogin ? { address, icloudLogin } : { address };
}

/** A stored object as it is, keys this version does not know included; nothing when it is not an object. */
function storedObject(stored: unknown): Record<string, unknown> {
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)
    : {};
}

function parsePreferences(stored: unknown): Record<string, unknown> {
  const parsed = preferencesSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

function parseOptedInSites(stored: unknown): string[] {
  const parsed = optedInSitesSchema.safeParse(stored ?? []);
  if (!parsed.success) return [];
  return parsed.data.filter((origin): origin is string => originSchema.safeParse(origin).success);
}

// Each save reads what is stored before it writes: saves run one after another, in the order they were
// made, and a read in the same page waits for them, so typing fast never ends with an older address saved.
let accountWrites: Promise<unknown> = Promise.resolve();

export const savedAccount = {
  get: async () => {
    await accountWrites;
    return parseAccount(await accountItem.getValue());
  },
  /** Replaces the fields it knows (a sign-in address not given is removed) and keeps the others, such as a later version's. */
  set: (account: MailAccount): Promise<void> => {
    const write = accountWrites.then(async () => {
      const { address: _address, icloudLogin: _icloudLogin, ...unknown } = storedObject(await accountItem.getValue());
      await accountItem.setValue({ ...unknown, ...account });
    });
    accountWrites = write.catch(() => undefined);
    return write;
  },
  watch: (onChange: (account: MailAccount) => void) => accountItem.watch((value) => onChange(parseAccount(value))),
};

/** One on/off preference of a feature, kept with the others in `preferences`; a corrupt value reads as the fallback. */
export function booleanPreference(key: string, fallback: boolean) {
  return {
    get: async () => {
      const value = parsePreferences(await preferencesItem.getValue())[key];
      return typeof value === 'boolean' ? value : fallback;
    },
    set: async (on: boolean) =>
      preferencesItem.setValue({ ...parsePreferences(await preferencesItem.getValue()), [key]: on }),
  };
}

export const optedInSites = {
  get: async () => parseOptedInSites(await optedInSitesItem.getValue()),
  set: (origins: string[]) => optedInSitesItem.setValue([...new Set(origins)]),
};
