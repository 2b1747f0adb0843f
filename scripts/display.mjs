/**
 * Why `npm run dev` cannot open a browser window here, with what to do instead; undefined when it can.
 * Only Linux can lack a display: macOS and Windows always have one.
 */
export function noDisplayAdvice({ platform = process.platform, env = process.env, firefox = false } = {}) {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return undefined;
  const [dev, build, folder] = firefox
    ? ['dev:firefox', 'build:firefox', 'firefox-mv2']
    : ['dev', 'build', 'chrome-mv3'];
  return [
    'No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open. Instead:',
    `- open it in a virtual display: xvfb-run npm run ${dev} (Debian: apt-get install xvfb)`,
    `- or build once and load it by hand: npm run ${build}, then load .output/${folder} (README.md says how)`,
  ].join('\n');
}
