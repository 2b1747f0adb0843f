import path from 'node:path';
import { build } from 'vite';
import { launchPlainChromium } from '../tests/e2e/harness';
import { mailSetupPage } from './forms';

const label = process.argv[2] ?? 'User name';
const inputs = Number(process.argv[3] ?? 5000);
const output = await build({ configFile: false, logLevel: 'silent', build: { write: false, minify: false,
  lib: { entry: process.env.ENTRY ?? path.resolve('bench/forms-detect-entry.ts'), formats: ['iife'], name: 'formsBench' } } });
const [result] = Array.isArray(output) ? output : [output];
const code = (result as any).output[0].code;
const chromium = await launchPlainChromium();
const page = await chromium.context.newPage();
await page.setContent(mailSetupPage(inputs, label));
await page.addScriptTag({ content: code });
await page.evaluate(() => (window as any).formsBench.timeDetection());
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const ms = await page.evaluate(() => { const r=[]; for (let i=0;i<20;i++) r.push((window as any).formsBench.timeDetection().ms); return r; });
const { profile } = await cdp.send('Profiler.stop') as any;
console.log('ms', ms.map((x:number)=>x.toFixed(1)).join(' '));
const self = new Map<string, number>();
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const counts = new Map<number, number>();
for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
for (const [id, c] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + c); }
// total (inclusive)
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map<string, number>();
for (const [id, c] of counts) { const seen = new Set<string>(); for (let x: number|undefined = id; x !== undefined; x = parent.get(x)) { const n = byId.get(x); const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; if (!seen.has(key)) { seen.add(key); total.set(key, (total.get(key) ?? 0) + c); } } }
const sum = profile.samples.length;
console.log('SELF'); for (const [k, v] of [...self].sort((a,b)=>b[1]-a[1]).slice(0,25)) console.log((100*v/sum).toFixed(1).padStart(5), k);
console.log('TOTAL'); for (const [k, v] of [...total].sort((a,b)=>b[1]-a[1]).slice(0,40)) console.log((100*v/sum).toFixed(1).padStart(5), k);
await chromium.close();
