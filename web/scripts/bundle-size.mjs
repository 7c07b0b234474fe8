// Budget for the athlete's Today route (the live logger): the JavaScript a phone downloads before it
// can log a set. Reads Vite's manifest (build.manifest) and gzips, with node:zlib, the entry chunk,
// everything it imports statically (transitively), and the route's own lazy chunk if it has one.
// Dynamic imports (the coach screens) are not counted: Today never waits for them.
// Exits 1 above the limit, so `pnpm test` (which builds the web) fails on a regression.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 200;
/** The module the router lazy-loads for Today, if it ever does; otherwise Today is in the entry. */
const ROUTE_MODULE = 'src/app/routes/today.tsx';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
/** @type {Record<string, { file: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[] }>} */
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
const roots = [entries[0]];
if (manifest[ROUTE_MODULE]?.isDynamicEntry) roots.push(ROUTE_MODULE);

/** The chunks loaded before Today renders: the roots and their static imports, each once. */
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`manifest has no chunk ${key}`);
  initial.add(key);
  for (const imported of chunk.imports ?? []) visit(imported);
};
roots.forEach(visit);

let gzipBytes = 0;
const lines = [];
for (const key of initial) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  gzipBytes += size;
  lines.push(`  ${file}: ${(size / 1024).toFixed(1)} KB`);
}
const kb = gzipBytes / 1024;
console.log(lines.join('\n'));
console.log(`logger route initial JS: ${kb.toFixed(1)} KB gzipped (limit ${LIMIT_KB} KB)`);
if (kb > LIMIT_KB) {
  console.error(`The logger route's initial JS is over its ${LIMIT_KB} KB budget: lazy-load what Today does not need.`);
  process.exit(1);
}
