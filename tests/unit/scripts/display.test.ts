import { describe, expect, it } from 'vitest';
import { noDisplayAdvice } from '../../../scripts/display.mjs';

describe('npm run dev without a display', () => {
  it('on Linux with neither X11 nor Wayland, names xvfb-run and the build to load by hand', () => {
    const advice = noDisplayAdvice({ platform: 'linux', env: {} });
    expect(advice).toContain('xvfb-run npm run dev ');
    expect(advice).toContain('npm run build, then load .output/chrome-mv3');
  });

  it('for Firefox, names the Firefox commands and build', () => {
    const advice = noDisplayAdvice({ platform: 'linux', env: {}, firefox: true });
    expect(advice).toContain('xvfb-run npm run dev:firefox');
    expect(advice).toContain('npm run build:firefox, then load .output/firefox-mv2');
  });

  it.each([{ DISPLAY: ':0' }, { WAYLAND_DISPLAY: 'wayland-0' }])('stays out of the way on Linux with %o', (env) => {
    expect(noDisplayAdvice({ platform: 'linux', env })).toBeUndefined();
  });

  it.each(['darwin', 'win32'] as const)('stays out of the way on %s, which always has a display', (platform) => {
    expect(noDisplayAdvice({ platform, env: {} })).toBeUndefined();
  });
});
