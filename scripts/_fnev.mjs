// scratch: V8 function events up to the first field: which functions were lazily compiled, their source size
import { chromium } from 'playwright-core';
import { readFileSync, rmSync, readdirSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';
import { parseBuilds, serveBuilds } from './bench-builds.mjs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const { builds } = parseBuilds(process.argv.slice(2), 'u', 1);
const name = builds[0].name; const code = readFileSync(builds[0].file, 'utf8');
const map = process.env.MAP ? new TraceMap(readFileSync(process.env.MAP, 'utf8')) : null;
const { server, origin } = await serveBuilds(builds);
const log = '/tmp/v8fn.log'; rmSync(log, { force: true });
const browser = await chromium.launch({ executablePath: await findChrome(), args: ['--no-sandbox', '--disable-gpu', `--js-flags=--log-function-events --logfile=${log} --no-logfile-per-isolate`] });
const tab = await browser.newPage();
await tab.addInitScript(() => { window.requestIdleCallback = () => 0; });
await tab.goto(`${origin}/${name}.html`);
await tab.waitForFunction(() => window.firstField !== undefined);
await browser.close(); server.close();
const lines = readFileSync(log, 'utf8').split('\n');
// find our script id
let sid;
for (const l of lines) { if (l.startsWith('script-details') && l.includes(`/${name}.js`)) sid = l.split(',')[1]; }
const seen = new Map();
for (const l of lines) {
  if (!l.startsWith('function,')) continue;
  const [, ev, id, start, end] = l.split(',');
  if (id !== sid) continue;
  if (ev === 'first-execution') { const k = `${start}-${end}`; if (!seen.has(k)) seen.set(k, { start: +start, end: +end }); }
}
const fns = [...seen.values()];
// nested: count exclusive-ish size by taking outermost only for total; per-source attribution by start
const by = {};
let total = 0;
for (const f of fns) {
  if (f.end - f.start > 100000) continue; // top level
  const size = f.end - f.start;
  // exclusive size: minus directly nested executed functions
  const inner = fns.filter((g) => g !== f && g.start > f.start && g.end <= f.end && !fns.some((h) => h !== g && h !== f && h.start > f.start && h.end <= f.end && h.start < g.start && h.end >= g.end));
  const excl = size - inner.reduce((s, g) => s + g.end - g.start, 0);
  total += excl;
  let src = '?';
  if (map) { const before = code.slice(0, f.start); const line = before.split('\n').length; const col = f.start - before.lastIndexOf('\n') - 1; const p = originalPositionFor(map, { line: line + Number(process.env.OFFSET ?? 0), column: col }); src = (p.source ?? '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/'); f.src = `${src}:${p.line} ${p.name ?? ''}`; }
  by[src] = (by[src] ?? 0) + excl; f.excl = excl;
}
console.log('functions executed', fns.length, 'exclusive source bytes', total);
for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(v).padStart(7), k);
if (process.env.TOPF) for (const f of fns.filter((f) => f.excl).sort((a, b) => b.excl - a.excl).slice(0, Number(process.env.TOPF))) console.log(String(f.excl).padStart(6), f.src);
