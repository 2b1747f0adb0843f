import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoticeContent } from '@/lib/features/gmail/notice-text';
import { drawNotice } from '../../../../../../lib/features/gmail/notice/draw';

const content: NoticeContent = {
  label: 'iCloud Mail Setup',
  lines: ["Filled in iCloud's sending settings for alex@icloud.com."],
  causes: [],
  links: [],
  undoable: true,
  buttons: { undo: 'Undo', dismiss: 'Dismiss', undone: 'Put back.', undonePartly: 'Put back, mostly.' },
};

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));

/** A Gmail form, and the notice placed above it the way the notice script does. */
function showNotice({ withPassword = false } = {}) {
  document.body.innerHTML = '<form><input name="cfss"><input type="password" name="cfsw"></form>';
  const password = withPassword ? (document.querySelector('[name=cfsw]') as HTMLInputElement) : undefined;
  const dismissed = vi.fn();
  const notice = drawNotice(
    content,
    {
      undo: async () => 'Put back.',
      openGuide: () => {},
      dismiss: () => {
        dismissed();
        notice.remove();
      },
    },
    password,
  );
  document.body.prepend(notice);
  const button = (name: string) =>
    [...notice.querySelectorAll('button')].find((candidate) => candidate.textContent === name) as HTMLButtonElement;
  return { notice, status: notice.querySelector('[role=status]') as HTMLElement, dismissed, button, password };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the notice as screen readers meet it', () => {
  it('goes into the page as an empty live region and says its lines a frame later', async () => {
    const { status } = showNotice();
    expect(status.textContent).toBe('');
    await nextFrame();
    expect(status.textContent).toContain("Filled in iCloud's sending settings for alex@icloud.com.");
  });

  it('says the outcome of Undo in the live region', async () => {
    const { status, button } = showNotice();
    await nextFrame();
    button('Undo').click();
    await vi.waitFor(() => expect(status.textContent).toContain('Put back.'));
    expect(status.textContent).not.toContain('Filled in');
  });

  it('Escape dismisses it and puts the focus in the password field', () => {
    const { notice, button, dismissed, password } = showNotice({ withPassword: true });
    button('Dismiss').focus();
    button('Dismiss').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dismissed).toHaveBeenCalledOnce();
    expect(notice.isConnected).toBe(false);
    expect(document.activeElement).toBe(password);
  });

  it('without a password field, dismissing puts the focus back where it was before the notice', () => {
    const { button } = showNotice();
    const host = document.querySelector<HTMLInputElement>('[name=cfss]') as HTMLInputElement;
    host.focus();
    button('Dismiss').focus();
    button('Dismiss').click();
    expect(document.activeElement).toBe(host);
  });
});
