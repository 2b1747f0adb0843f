// `npm test`: every check a change must pass, in the order that fails fastest, then one summary line.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { findChromium, findFirefox } from './browsers.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(
    'npm test: no Chromium or Chrome found — install one (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}
if (!findFirefox()) {
  console.error('npm test: no Firefox found — install one (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
  process.exit(1);
}

const env = { ...process.env, CHROME_PATH: chromium, WXT_OUT_DIR: process.env.WXT_OUT_DIR ?? '.output' };
const counts = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (${seconds} s)`);
    return false;
  }
  console.log(`✔ ${title} (${seconds} s)`);
  return true;
}

function vitest(title, config, report) {
  rmSync(report, { force: true });
  const ok = run(title, 'npx', [
    'vitest',
    'run',
    '-c',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    counts.passed += summary.numPassedTests;
    counts.failed += summary.numFailedTests;
    counts.skipped += summary.numPendingTests + summary.numTodoTests;
  } catch {
    counts.failed += 1;
  }
  return ok;
}

const steps = [
  () => run('Type check', 'npm', ['run', '--silent', 'typecheck']),
  () => run('Lint', 'npm', ['run', '--silent', 'lint']),
  () => vitest('Unit and component tests', 'vitest.config.ts', 'test-results/unit.json'),
  () => run('Build for Chrome', 'npx', ['wxt', 'build']),
  () => run('Build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']),
  () => run('web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs']),
  () => vitest('End-to-end tests in Chromium and Firefox', 'vitest.e2e.config.ts', 'test-results/e2e.json'),
];

let allGood = true;
for (const step of steps) {
  if (!step()) {
    allGood = false;
    if (counts.passed + counts.failed === 0) counts.failed += 1;
    break;
  }
}
console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(allGood && counts.failed === 0 ? 0 : 1);
