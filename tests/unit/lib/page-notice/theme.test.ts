import { afterEach, describe, expect, it } from 'vitest';
import { pageTheme } from '../../../../lib/page-notice';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe("the notice follows the page's theme, not the system's", () => {
  it('light on a white page', () => {
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageTheme()).toBe('light');
  });

  it('dark on a page that paints itself dark', () => {
    document.body.style.backgroundColor = 'rgb(32, 33, 36)';
    expect(pageTheme()).toBe('dark');
  });

  it("the root's background when the body is transparent", () => {
    document.documentElement.style.backgroundColor = 'rgb(17, 17, 17)';
    expect(pageTheme()).toBe('dark');
  });

  it('a page that paints nothing and asks for no dark scheme is light, whatever the system prefers', () => {
    expect(pageTheme()).toBe('light');
  });
});
