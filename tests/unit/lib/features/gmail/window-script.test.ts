import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n } from '#i18n';
import noticeScript from '@/entrypoints/gmail-notice';
import { noticeFor } from '@/lib/features/gmail/notice-text';
import type { GmailStepReport } from '@/lib/features/gmail/step-report';
import { fillSendMailAsWindow } from '@/lib/features/gmail/window-script';
import { loadGmailPage } from '../../../../fixtures/gmail/load';
import { gmailDialogUrl, icloudSmtpPages } from '../../../../fixtures/gmail/pages';
import { unreadablePassword } from '../../autofill/unreadable-password';

const t = i18n.t as (key: string, substitutions?: string[]) => string;
const account = { address: 'alex@icloud.com' };

/** The closed shadow roots our scripts attach, as only the extension holds them. */
const roots: ShadowRoot[] = [];

beforeEach(async () => {
  vi.stubGlobal('location', new URL(gmailDialogUrl));
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  await fakeBrowser.storage.local.set({ account });
  // The background's answer to the content script: the notice's words (lib/features/gmail/background.ts does this).
  fakeBrowser.runtime.sendMessage = (async (message: { type: string; stepReport: GmailStepReport }) =>
    message.type === 'gmail:notice'
      ? noticeFor(message.stepReport, account, t, 'ending')
      : undefined) as unknown as typeof fakeBrowser.runtime.sendMessage;
  // The notice script, as the background injects it.
  noticeScript.main();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  roots.splice(0);
  document.body.innerHTML = '';
});

const hintRoot = () => roots.find((root) => root.host.localName === 'icloud-mail-password-hint');
const shapeSaid = () => hintRoot()?.querySelector('[role=status]')?.textContent ?? '';

describe('Gmail’s password field, from the fill to Undo', () => {
  it.each(icloudSmtpPages)('%s: our scripts never read what the password field holds', async (page) => {
    loadGmailPage(page);
    const password = document.querySelector<HTMLInputElement>('input[type=password]') as HTMLInputElement;
    const { reads, typeAndLeave } = unreadablePassword(password);
    await fillSendMailAsWindow();
    await vi.waitFor(() => expect(hintRoot()).toBeDefined());
    expect(document.activeElement).toBe(password);
    typeAndLeave('MyAppleIdPassword1');
    expect(shapeSaid()).toBe(t('gmail.password.notShaped'));
    typeAndLeave('abcd-efgh-ijkl-mnop');
    expect(shapeSaid()).toBe('');
    expect(reads.value).toBe(0);
  });

  it('leaves a field that already holds something where it is: no focus moved into it', async () => {
    loadGmailPage('step2-mx-guess-465.html');
    const password = document.querySelector<HTMLInputElement>('input[type=password]') as HTMLInputElement;
    const { reads } = unreadablePassword(password, 'typed before the script ran');
    await fillSendMailAsWindow();
    expect(document.activeElement).not.toBe(password);
    expect(reads.value).toBe(0);
  });

  it('after Undo the password hint goes, and says nothing more', async () => {
    loadGmailPage('step2-mx-guess-465.html');
    const password = document.querySelector<HTMLInputElement>('input[type=password]') as HTMLInputElement;
    const { typeAndLeave } = unreadablePassword(password);
    await fillSendMailAsWindow();
    await vi.waitFor(() => expect(hintRoot()).toBeDefined());
    const notice = roots.find((root) => root.host.localName === 'icloud-mail-notice');
    const undo = [...(notice?.querySelectorAll('button') ?? [])].find((button) => button.textContent === 'Undo');
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    undo?.dispatchEvent(click);
    await vi.waitFor(() => expect(document.querySelector('icloud-mail-password-hint')).toBeNull());
    typeAndLeave('MyAppleIdPassword1');
    expect(document.querySelector('icloud-mail-password-hint')).toBeNull();
    expect(password.hasAttribute('pattern')).toBe(false);
  });
});
