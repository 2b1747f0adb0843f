import { describe, expect, it } from 'vitest';
import { fitsPatternUnread, isEmptyUnread } from '@/lib/autofill/unread';
import { unreadablePassword } from './unreadable-password';

function passwordField(attributes = ''): HTMLInputElement {
  document.body.innerHTML = `<form><input type="password" name="pw" ${attributes}></form>`;
  return document.querySelector('input') as HTMLInputElement;
}

const shape = '[a-z]{4}(?:(?:-| )?[a-z]{4}){3}';

describe('asking the browser about a password field without reading it', () => {
  it('tells an empty field from a filled one, and never reads the value', () => {
    const field = passwordField();
    const { reads, typeAndLeave } = unreadablePassword(field);
    expect(isEmptyUnread(field)).toBe(true);
    typeAndLeave('secret');
    expect(isEmptyUnread(field)).toBe(false);
    expect(reads.value).toBe(0);
  });

  it('judges the shape of what was typed, and an empty field fits', () => {
    const field = passwordField();
    const { reads, typeAndLeave } = unreadablePassword(field);
    expect(fitsPatternUnread(field, shape)).toBe(true);
    typeAndLeave('MyAppleIdPassword1');
    expect(fitsPatternUnread(field, shape)).toBe(false);
    typeAndLeave('abcd-efgh-ijkl-mnop');
    expect(fitsPatternUnread(field, shape)).toBe(true);
    expect(reads.value).toBe(0);
  });

  it('leaves no constraint behind, so the page’s form still submits', () => {
    const field = passwordField();
    unreadablePassword(field, 'MyAppleIdPassword1');
    fitsPatternUnread(field, shape);
    isEmptyUnread(field);
    expect(field.hasAttribute('pattern')).toBe(false);
    expect(field.hasAttribute('required')).toBe(false);
  });

  it('puts back the page’s own pattern and required, and judges by ours in between', () => {
    const field = passwordField('pattern=".{8,}" required');
    unreadablePassword(field, 'abcd-efgh-ijkl-mnop');
    expect(fitsPatternUnread(field, '[0-9]+')).toBe(false);
    expect(isEmptyUnread(field)).toBe(false);
    expect(field.getAttribute('pattern')).toBe('.{8,}');
    expect(field.getAttribute('required')).toBe('');
  });
});
