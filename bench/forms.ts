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
  /** Collect + decide, in the page: one sample per round, each the mean of a batch of detections. */
  detection: Stats;
  /** The floor on the same page in the same rounds: every field's name and label text read once. */
  floor: Stats;
  detected: boolean;
}

declare const formsBench: {
  timeDetection(): { ms: number; detected: boolean };
  timeFloor(): { ms: number };
};

/** Every sample covers about this many fields, so a small page's sample is not a few ms of noise. */
const fieldsPerSample = 5_000;

/**
 * `rounds` rounds; in each, every page in turn times one batch (ceil(5,000 / inputs) detections,
 * then as many floors), so drift in the machine's load hits all sizes alike.
 */
export async function formDetectionTimes(counts: number[], rounds: number, rowLabel: string): Promise<DetectionTime[]> {
  const script = await detectionScript();
  const chromium = await launchPlainChromium();
  try {
    const pages = [];
    for (const inputs of counts) {
      const page = await chromium.context.newPage();
      await page.setContent(mailSetupPage(inputs, rowLabel));
      await page.addScriptTag({ content: script });
      pages.push({
        inputs,
        page,
        batch: Math.ceil(fieldsPerSample / inputs),
        detection: [] as number[],
        floor: [] as number[],
        detected: true,
      });
    }
    // The first round compiles the code and lays out the pages: not counted.
    for (let round = 0; round <= rounds; round++)
      for (const one of pages) {
        const sample = await one.page.evaluate((batch) => {
          let detection = 0;
          let floor = 0;
          let detected = true;
          for (let i = 0; i < batch; i++) {
            floor += formsBench.timeFloor().ms;
            const run = formsBench.timeDetection();
            detection += run.ms;
            detected &&= run.detected;
          }
          return { detection: detection / batch, floor: floor / batch, detected };
        }, one.batch);
        if (round === 0) continue;
        one.detection.push(sample.detection);
        one.floor.push(sample.floor);
        one.detected &&= sample.detected;
      }
    for (const { page } of pages) await page.close();
    return pages.map((one) => ({
      inputs: one.inputs,
      detection: summarise(one.detection),
      floor: summarise(one.floor),
      detected: one.detected,
    }));
  } finally {
    await chromium.close();
  }
}
