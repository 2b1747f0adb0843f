import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PageNoticeContent, type PageNoticeOptions, showPageNotice } from '../../../../lib/page-notice';

const content: PageNoticeContent = {
  label: 'iCloud Mail Setup',
  summary: 'Filled 4 fields for alex@icloud.com',
  details: ['SMTP Server: smtp.mail.me.com (was mx01.mail.icloud.com)'],
  notes: [{ text: 'A note.', actions: [{ text: 'Read more', href: 'https://example.org/more' }] }],
  words: { details: 'What changed', undo: 'Undo', dismiss: 'Dismiss' },
};

/** What a person does: the browser marks their events trusted; a page's script cannot. */
function byPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const personClicks = (target: Element) => target.dispatchEvent(byPerson(new MouseEvent('click', { bubbles: true })));
const personPresses = (target: Element, key: string) =>
  target.dispatchEvent(byPerson(new KeyboardEvent('keydown', { key, bubbles: true })));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));

/** Shows the notice on a small form; the test reads the closed shadow root the way only the extension can. */
function show(options: PageNoticeOptions = {}, shown = content) {
  let root: ShadowRoot | undefined;
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attach.call(this, init);
    return root;
  });
  const notice = showPageNotice(shown, { theme: 'light', ...options });
  spy.mockRestore();
  const shadow = root as ShadowRoot;
  const control = (text: string) =>
    [...shadow.querySelectorAll<HTMLElement>('button, a')].find(
      (candidate) => candidate.textContent === text || candidate.getAttribute('aria-label') === text,
    ) as HTMLElement;
  return { notice, shadow, control, host: document.querySelector('icloud-mail-notice') as HTMLElement };
}

const field = (name: string) => document.querySelector(`[name=${name}]`) as HTMLInputElement;

beforeEach(() => {
  document.body.innerHTML = '<form><input name="host"><input type="password" name="secret"></form>';
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the page notice', () => {
  it('sits first in the page in a closed shadow root: the page cannot read the address in it', async () => {
    const { host, shadow } = show();
    await nextFrame();
    expect(document.body.firstElementChild).toBe(host);
    expect(host.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toContain('alex@icloud.com');
    expect(shadow.textContent).toContain('Filled 4 fields for alex@icloud.com');
  });

  it('goes in as an empty live region and says its line a frame later', async () => {
    const { shadow } = show();
    const status = shadow.querySelector('[role=status]') as HTMLElement;
    expect(status.textContent).toBe('');
    await nextFrame();
    expect(status.textContent).toBe('iCloud Mail Setup Filled 4 fields for alex@icloud.com');
  });

  it('folds the details behind "What changed", which says whether it is open', () => {
    const { shadow, control } = show();
    const details = shadow.querySelector('.details') as HTMLElement;
    expect(details.hidden).toBe(true);
    expect(control('What changed').getAttribute('aria-expanded')).toBe('false');
    personClicks(control('What changed'));
    expect(details.hidden).toBe(false);
    expect(control('What changed').getAttribute('aria-expanded')).toBe('true');
    expect(control('What changed').getAttribute('aria-controls')).toBe(details.id);
  });

  it('has no disclosure when there is nothing to fold', () => {
    const { control } = show({}, { ...content, details: [] });
    expect(control('What changed')).toBeUndefined();
  });

  it('Undo puts the page back and says how it went, in place of the details', async () => {
    const undo = vi.fn(async () => 'Put back.');
    const { shadow, control } = show({ undo });
    personClicks(control('Undo'));
    await vi.waitFor(() => expect(shadow.querySelector('[role=status]')?.textContent).toContain('Put back.'));
    expect(undo).toHaveBeenCalledOnce();
    expect(control('Undo')).toBeUndefined();
    expect(control('What changed')).toBeUndefined();
    expect(shadow.querySelector('.details')).toBeNull();
  });

  it('without an undo there is no Undo button', () => {
    expect(show().control('Undo')).toBeUndefined();
  });

  it("ignores a page script's clicks and keys: Undo, the disclosure, the dismiss button and its links", () => {
    const undo = vi.fn(async () => '');
    const onDismiss = vi.fn();
    const { shadow, control, host } = show({ undo, onDismiss, escapeFrom: [field('secret')] });
    control('Undo').click();
    control('What changed').click();
    control('Dismiss').click();
    const link = new MouseEvent('click', { bubbles: true, cancelable: true });
    control('Read more').dispatchEvent(link);
    field('secret').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(undo).not.toHaveBeenCalled();
    expect(onDismiss).not.toHaveBeenCalled();
    expect(link.defaultPrevented).toBe(true);
    expect((shadow.querySelector('.details') as HTMLElement).hidden).toBe(true);
    expect(host.isConnected).toBe(true);
  });

  it('Escape dismisses it from inside, and from the fields it was given, e.g. a password field', () => {
    const first = show();
    personPresses(first.control('What changed'), 'Escape');
    expect(first.host.isConnected).toBe(false);

    const onDismiss = vi.fn();
    const password = field('secret');
    const second = show({ onDismiss, escapeFrom: [password] });
    password.focus();
    personPresses(password, 'Escape');
    expect(second.host.isConnected).toBe(false);
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(password);
    // Gone means gone: a second Escape does nothing more.
    personPresses(password, 'Escape');
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('dismissed while it has the focus, it hands the focus to the field asked for, else back where it came from', () => {
    const { control } = show({ focusAfter: () => field('secret') });
    control('Dismiss').focus();
    personClicks(control('Dismiss'));
    expect(document.activeElement).toBe(field('secret'));

    field('host').focus();
    const again = show();
    again.control('Dismiss').focus();
    personClicks(again.control('Dismiss'));
    expect(document.activeElement).toBe(field('host'));
  });

  it('keys typed in it do not reach the page', () => {
    const { control } = show();
    const reached = vi.fn();
    document.addEventListener('keydown', reached);
    personPresses(control('What changed'), 'j');
    document.removeEventListener('keydown', reached);
    expect(reached).not.toHaveBeenCalled();
  });

  it('draws extra actions on the line and notes under it', () => {
    const run = vi.fn();
    const { shadow, control } = show({}, { ...content, actions: [{ text: 'How to', run }] });
    personClicks(control('How to'));
    expect(run).toHaveBeenCalledOnce();
    expect(shadow.querySelector('.note')?.textContent).toBe('A note. Read more');
    const link = control('Read more') as HTMLAnchorElement;
    expect([link.href, link.target, link.rel]).toEqual(['https://example.org/more', '_blank', 'noopener noreferrer']);
  });
});
