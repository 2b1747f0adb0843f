// Built size of each entrypoint: the JS a page or script actually loads, minified (as built) and gzip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeRow {
  entrypoint: string;
  minified: number;
  gzip: number;
}

function jsLoadedBy(html: string, dir: string): string[] {
  const sources = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1] as string);
  return [...new Set(sources)].map((source) => path.join(dir, source.replace(/^\//, '')));
}

function measure(entrypoint: string, files: string[]): SizeRow {
  const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
  return { entrypoint, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** One row per entrypoint of a built extension folder (e.g. .output/chrome-mv3). */
export function entrypointSizes(buildDir: string): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const file of readdirSync(buildDir).sort()) {
    const full = path.join(buildDir, file);
    if (file.endsWith('.html')) rows.push(measure(file, jsLoadedBy(readFileSync(full, 'utf8'), buildDir)));
    else if (file.endsWith('.js')) rows.push(measure(file, [full]));
  }
  const contentScripts = path.join(buildDir, 'content-scripts');
  if (existsSync(contentScripts)) {
    for (const file of readdirSync(contentScripts).filter((name) => name.endsWith('.js'))) {
      rows.push(measure(`content-scripts/${file}`, [path.join(contentScripts, file)]));
    }
  }
  return rows;
}
