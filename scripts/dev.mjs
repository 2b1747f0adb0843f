// `npm run dev`: WXT's dev mode, which opens a browser window; without a display, says what to do instead.
import { spawnSync } from 'node:child_process';
import { noDisplayAdvice } from './display.mjs';

const args = process.argv.slice(2);
const advice = noDisplayAdvice({ firefox: args.join(' ').includes('-b firefox') });
if (advice) {
  console.error(advice);
  process.exit(1);
}
const result = spawnSync('npx', ['wxt', ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
