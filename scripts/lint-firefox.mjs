// `web-ext lint` on the Firefox build: fails on any error, and on any warning not explained in the README.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const build = path.join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
const result = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', build, '--output', 'json', '--no-config-discovery'],
  {
    encoding: 'utf8',
  },
);
const report = JSON.parse(result.stdout);
const readme = readFileSync('README.md', 'utf8');
const unexplained = report.warnings.filter((warning) => !readme.includes(warning.code));
for (const problem of [...report.errors, ...unexplained]) {
  console.error(`${problem.code}: ${problem.message} (${problem.file ?? ''})`);
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} not explained in README.md), ${report.notices.length} notices`,
);
process.exit(report.errors.length + unexplained.length === 0 ? 0 : 1);
