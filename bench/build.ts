// The two builds the bench measures: the production build as shipped, and a bench build that adds
// the performance marks and the controls (floors) the figures are compared with.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const productionOut = path.resolve('.output-bench/production');
export const benchOut = path.resolve('.output-bench/bench');

/** A page with no form, which the bench build may inject scripts into. */
export const noFormOrigin = 'https://articles.example.com';
export const emptyPage = 'bench-empty.html';
export const injectControl = 'bench-inject-control.js';

function wxtBuild(outDir: string, mode?: string): void {
  const env = { ...process.env, WXT_OUT_DIR: outDir, NODE_ENV: 'production' };
  execFileSync('npx', ['wxt', 'build', ...(mode ? ['--mode', mode] : [])], { stdio: 'ignore', env });
}

/**
 * The popup's own HTML shell with its scripts taken out and one line of the popup's heading
 * as its content: what the browser alone takes to paint an extension page like the popup.
 */
function emptyPopupShell(popupHtml: string, heading: string): string {
  return popupHtml
    .replace(/<script\b[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace('<div id="app"></div>', `<div id="app"><main><h1>${heading}</h1></main></div>`);
}

export function buildForBench(): void {
  rmSync(productionOut, { recursive: true, force: true });
  rmSync(benchOut, { recursive: true, force: true });
  wxtBuild(productionOut);
  // `--mode bench` turns on the marks (import.meta.env.MODE); WXT names that folder chrome-mv3-bench.
  wxtBuild(benchOut, 'bench');
  const dir = path.join(benchOut, 'chrome-mv3');
  renameSync(path.join(benchOut, 'chrome-mv3-bench'), dir);

  copyFileSync('bench/extension/gmail-control.js', path.join(dir, 'bench-gmail-control.js'));
  copyFileSync('bench/extension/inject-control.js', path.join(dir, injectControl));
  const popup = readFileSync(path.join(dir, 'popup.html'), 'utf8');
  writeFileSync(
    path.join(dir, emptyPage),
    emptyPopupShell(popup, JSON.parse(readFileSync('locales/en.json', 'utf8')).popup.title),
  );

  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  // The control goes first on the same pages as gmail.js: its storage read is asked for first and
  // answered first, so in each page load our fill is timed against the floor of that very load.
  const gmail = manifest.content_scripts?.find((script: { js: string[] }) => script.js.includes('gmail.js'));
  if (gmail) manifest.content_scripts.unshift({ ...gmail, js: ['bench-gmail-control.js'] });
  manifest.host_permissions.push(`${noFormOrigin}/*`);
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
}
