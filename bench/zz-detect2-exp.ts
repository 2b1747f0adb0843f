import path from 'node:path';
import { build } from 'vite';
import { launchPlainChromium } from '../tests/e2e/harness';
import { mailSetupPage } from './forms';
import { median } from './median';
const entry = process.env.ENTRY ?? path.resolve('bench/forms-detect-entry.ts');
const output = await build({ configFile: false, logLevel: 'silent', build: { write: false, minify: true,
  lib: { entry, formats: ['iife'], name: 'formsBench' } } });
const [result] = Array.isArray(output) ? output : [output];
const code = (result as any).output[0].code;
const chromium = await launchPlainChromium();
for (const novis of (process.env.NOVIS ? [false, true] : [false])) for (const label of ['Setting', 'User name']) for (const inputs of [500, 2000, 5000]) {
  const page = await chromium.context.newPage();
  await page.setContent(mailSetupPage(inputs, label));
  await page.addScriptTag({ content: code });
  const samples = await page.evaluate((novis) => { (window as any).NOVIS = novis; (window as any).phases = []; const r=[]; for (let i=0;i<=21;i++) r.push((window as any).formsBench.timeDetection()); return r.slice(1).map((s: any, i: number) => ({...s, phases: (window as any).phases[i+1]})); }, novis);
  const mn=(v:number[])=>Math.min(...v); const ph = (k: number) => mn(samples.map((s:any)=>s.phases?.[k] ?? 0)).toFixed(1);
  console.log(novis ? 'novis' : 'vis  ', label.padEnd(10), String(inputs).padStart(5), median(samples.map((s:any)=>s.ms)).toFixed(1), 'min', mn(samples.map((s:any)=>s.ms)).toFixed(1), 'collect', ph(0), 'decide', ph(1), samples.every((s:any)=>s.detected), samples[0].fields);
  await page.close();
}
await chromium.close();
