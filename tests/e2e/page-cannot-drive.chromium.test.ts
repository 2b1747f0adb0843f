import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { attack, fieldStates, type HostileSession, launchHostileSession, pageReadable } from './hostile-page';

/**
 * A web page cannot make the extension fill or reveal anything. Pages in real Chromium with the
 * built extension post every message shape the extension knows (and made-up ones), fire fake
 * events and try the extension's own URLs; nothing is filled and the saved address never reaches
 * anything the page can read. (Gmail's window: tests/e2e/gmail.page-cannot-drive.chromium.test.ts.)
 */

const savedAddress = 'alex@icloud.com';
const siteUrl = 'https://webmail.example.org/settings/accounts';

let session: HostileSession;

beforeAll(async () => {
  session = await launchHostileSession({
    'https://webmail.example.org/**': () => readFileSync('tests/fixtures/forms/p01-label-for.html', 'utf8'),
  });
});
afterAll(() => session?.chromium.close());
afterEach(() => session.closeTabs());

describe('a mail-setup form on an ordinary site', () => {
  test('messages and fake events from the page fill nothing', async () => {
    await session.store({ account: { address: savedAddress } });
    const tab = await session.open(siteUrl);
    const before = await fieldStates(tab);
    expect(before.length).toBeGreaterThan(5);

    const outcome = await attack(tab, session.chromium.extensionId);

    expect(outcome).toEqual({ runtimeReachable: false, extensionFileLoaded: false });
    expect(await fieldStates(tab)).toEqual(before);
    expect(await pageReadable(tab)).not.toContain(savedAddress);
  });
});
