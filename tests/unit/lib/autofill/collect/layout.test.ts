import { afterEach, describe, expect, it, vi } from 'vitest';
import { covered } from '@/lib/autofill/collect/layout';

/** covered() against a stubbed layout: happy-dom lays nothing out, so the box and the hit are given. */

const box = (top: number) => ({ left: 200, top, width: 14, height: 14 }) as DOMRect;

function pageWith(hit: () => Element | null): HTMLInputElement {
  document.body.innerHTML = '<div id="over"></div><input type="radio" name="r">';
  vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(800);
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(600);
  // A classic horizontal scrollbar takes the window's last 15 pixels.
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(585);
  document.elementFromPoint = hit;
  return document.querySelector('input') as HTMLInputElement;
}

afterEach(() => vi.restoreAllMocks());

describe('covered', () => {
  it('a field half under the page’s scrollbar is on screen, not covered (the scrollbar is no element over it)', () => {
    const radio = pageWith(() => document.documentElement);
    expect(covered(radio, [], box(591))).toBe(false);
  });

  it('a field under another element, in the client area, is covered', () => {
    const radio = pageWith(() => document.getElementById('over'));
    expect(covered(radio, [], box(300))).toBe(true);
  });

  it('a field whose own centre is hit is not covered', () => {
    const radio = pageWith(() => document.querySelector('input'));
    expect(covered(radio, [], box(300))).toBe(false);
  });
});
