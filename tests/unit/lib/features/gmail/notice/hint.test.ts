import { afterEach, describe, expect, it, vi } from 'vitest';
import { showPasswordHint } from '@/lib/features/gmail/notice/hint';
import { unreadablePassword } from '../../../autofill/unreadable-password';

const words = {
  text: 'Paste your app-specific password here.',
  notShaped: 'That does not look like an app-specific password.',
};

/** Gmail's password field with the hint beside it; the test reads the closed root the way only the extension can. */
function hintBeside(typed = '', { focused = true } = {}) {
  document.body.innerHTML = '<form><input type="password" name="cfsw"><input type="submit"></form>';
  const password = document.querySelector('input') as HTMLInputElement;
  const field = unreadablePassword(password, typed);
  if (focused) password.focus();
  let root: ShadowRoot | undefined;
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attach.call(this, init);
    return root;
  });
  const hint = showPasswordHint(password, words, []);
  spy.mockRestore();
  const shape = () => root?.querySelector('[role=status]')?.textContent ?? '';
  return { password, hint, shape, ...field };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the password hint beside Gmail’s password field', () => {
  it('says nothing of the shape until the user has typed and left the field', () => {
    const { shape, password } = hintBeside();
    expect(shape()).toBe('');
    password.dispatchEvent(new Event('blur'));
    expect(shape()).toBe('');
  });

  it('says so when what was typed is not shaped like an app-specific password, without reading it', () => {
    const { shape, typeAndLeave, reads } = hintBeside();
    typeAndLeave('MyAppleIdPassword1');
    expect(shape()).toBe(words.notShaped);
    expect(reads.value).toBe(0);
  });

  it('judges nothing when a page’s script fires the change event itself', () => {
    const { shape, password } = hintBeside();
    const asked = vi.spyOn(password, 'setAttribute');
    password.dispatchEvent(new Event('change', { bubbles: true }));
    expect(asked).not.toHaveBeenCalled();
    expect(shape()).toBe('');
  });

  it.each(['abcd-efgh-ijkl-mnop', 'abcdefghijklmnop', 'abcd efgh ijkl mnop'])('says nothing for %s', (typed) => {
    const { shape, typeAndLeave } = hintBeside();
    typeAndLeave(typed);
    expect(shape()).toBe('');
  });

  it('says it once: gone when the field fits, not said again after that', () => {
    const { shape, typeAndLeave } = hintBeside();
    typeAndLeave('MyAppleIdPassword1');
    typeAndLeave('MyAppleIdPassword2');
    expect(shape()).toBe(words.notShaped);
    typeAndLeave('abcd-efgh-ijkl-mnop');
    expect(shape()).toBe('');
    typeAndLeave('MyAppleIdPassword1');
    expect(shape()).toBe('');
  });

  it('judges at once what was typed before the hint arrived, when the user has left the field', () => {
    expect(hintBeside('MyAppleIdPassword1', { focused: false }).shape()).toBe(words.notShaped);
    expect(hintBeside('MyAppleIdPassword1', { focused: true }).shape()).toBe('');
  });

  it('leaves no pattern on the field, and restores the one Gmail had', () => {
    const { password, typeAndLeave } = hintBeside();
    typeAndLeave('MyAppleIdPassword1');
    expect(password.hasAttribute('pattern')).toBe(false);
    const withOwn = hintBeside();
    withOwn.password.setAttribute('pattern', '.+');
    withOwn.typeAndLeave('MyAppleIdPassword1');
    expect(withOwn.password.getAttribute('pattern')).toBe('.+');
  });

  it('once removed (after Undo), is gone and judges nothing more', () => {
    const { hint, typeAndLeave, password } = hintBeside();
    const asked = vi.spyOn(password, 'setAttribute');
    hint.remove();
    typeAndLeave('MyAppleIdPassword1');
    expect(document.querySelector('icloud-mail-password-hint')).toBeNull();
    expect(asked).not.toHaveBeenCalled();
  });
});
