// `npm run screenshots`: builds, makes the stores' screenshots in real Chromium (the e2e test writes them
// to test-results/store/), then copies them to store/screenshots/ to be committed.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

for (const command of [
  ['wxt', 'build'],
  ['vitest', 'run', '-c', 'vitest.e2e.config.ts', 'tests/e2e/store-screenshots.chromium.test.ts'],
]) {
  const result = spawnSync('npx', command, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
rmSync('store/screenshots', { recursive: true, force: true });
cpSync('test-results/store', 'store/screenshots', { recursive: true });
console.log('Screenshots copied to store/screenshots/');
