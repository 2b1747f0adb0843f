// Mail-setup form detection time on generated pages of 500, 2,000 and 5,000 inputs, in real Chromium.
import path from 'node:path';
import { build } from 'vite';
import { launchPlainChromium } from '../tests/e2e/harness';
import { type Stats, summarise } from './stats';

/**
 * A settings page with `inputs` fields in all: rows of other settings, then an IMAP + SMTP form.
 * `rowLabel` "User name" makes every row look like a candidate field: the slow case.
 */
export function mailSetupPage(inputs: number, rowLabel = 'Setting'): string {
  const mailForm = `
    <form><h2>Incoming mail (IMAP)</h2>
      <label for="ih">Server</label><input id="ih" name="imap_host"><label for="ip">Port</label><input id="ip" name="imap_port">
      <label for="iu">Username</label><input id="iu" name="imap_user">
      <h2>Outgoing mail (SMTP)</h2>
      <label for="oh">Server</label><input id="oh" name="smtp_host"><label for="op">Port</label><input id="op" name="smtp_port">
      <label for="ou">Username</label><input id="ou" name="smtp_user"><input type="password" name="smtp_pass" aria-label="Password">
    </form>`;
  const rows: string[] = [];
  for (let i = 0; i < inputs - 7; i++)
    rows.push(
      `<tr><td class="title"><label for="s${i}">${rowLabel} ${i}</label></td><td><input id="s${i}" name="setting_${i}" value="${i}"></td></tr>`,
    );
  return `<!doctype html><html lang="en"><title>Settings</title><h1>Settings</h1>
    <form><table>${rows.join('')}</table></form>${mailForm}`;
}

async function detectionScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.resolve('bench/forms-detect-entry.ts'), formats: ['iife'], name: 'formsBench' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result && 'output' in result ? result.output[0] : undefined;
  if (!chunk || !('code' in chunk)) throw new Error('bench/forms: the detection bundle was not built');
  return chunk.code;
}

export interface DetectionTime {
  inputs: number;
  /** Collect + decide, in the page, over `runs` detections on the same page. */
  detection: Stats;
  /** The floor on the same page in the same runs: every field's name and label text read once. */
  floor: Stats;
  detected: boolean;
}

declare const formsBench: {
  timeDetection(): { ms: number; detected: boolean };
  timeFloor(): { ms: number };
};

export async function formDetectionTimes(counts: number[], runs: number, rowLabel: string): Promise<DetectionTime[]> {
  const script = await detectionScript();
  const chromium = await launchPlainChromium();
  const times: DetectionTime[] = [];
  try {
    for (const inputs of counts) {
      const page = await chromium.context.newPage();
      await page.setContent(mailSetupPage(inputs, rowLabel));
      await page.addScriptTag({ content: script });
      // The first round compiles the code and lays out the page: not counted. Detection and floor take turns.
      const rounds = await page.evaluate((count) => {
        const all = [];
        for (let i = 0; i <= count; i++) {
          const floor = formsBench.timeFloor().ms;
          const { ms, detected } = formsBench.timeDetection();
          all.push({ floor, ms, detected });
        }
        return all.slice(1);
      }, runs);
      times.push({
        inputs,
        detection: summarise(rounds.map(({ ms }) => ms)),
        floor: summarise(rounds.map(({ floor }) => floor)),
        detected: rounds.every((round) => round.detected),
      });
      await page.close();
    }
  } finally {
    await chromium.close();
  }
  return times;
}
