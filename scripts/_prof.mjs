// scratch: CPU profile up to the first field, self time by original source file (via the source map)
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { findChrome } from './find-chrome.mjs';
import { median, parseBuilds, serveBuilds } from './bench-builds.mjs';
const rate = Number(process.env.RATE ?? 4);
const mapFile = process.env.MAP;
const { runs, builds } = parseBuilds(process.argv.slice(2), 'usage', 8);
const maps = Object.fromEntries(builds.map((b) => [b.name, process.env[`MAP_${b.name}`] ? new TraceMap(readFileSync(process.env[`MAP_${b.name}`], 'utf8')) : null]));
const offsetLines = Number(process.env.OFFSET ?? 0);
const { server, origin } = await serveBuilds(builds);
const browser = await chromium.launch({ executablePath: await findChrome(), args: ['--no-sandbox', '--disable-gpu'] });
async function measure(name) {
  const context = await browser.newContext(); const tab = await context.newPage(); await tab.addInitScript(() => { window.requestIdleCallback = () => 0; }); const cdp = await context.newCDPSession(tab);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  await tab.goto(`${origin}/${name}.html`);
  await tab.waitForFunction(() => window.firstField !== undefined, undefined, { timeout: 60000 });
  const ff = await tab.evaluate(() => window.firstField);
  const { profile } = await cdp.send('Profiler.stop'); await context.close();
  // cut at the first field: timeDeltas from profile.startTime (µs); nav ≈ page timeOrigin — approximate by dropping samples after start+ff? use idle-less: keep all samples up to script end
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const n = byId.get(profile.samples[i]); const cf = n.callFrame;
    let key;
    if (!cf.url) key = cf.functionName || '(native)';
    else if (cf.url.endsWith(`/${name}.js`) && maps[name]) {
      const pos = originalPositionFor(maps[name], { line: cf.lineNumber + 1 + offsetLines, column: cf.columnNumber });
      key = (pos.source ?? '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/') + (pos.source ? '' : '@' + cf.columnNumber + ' ' + cf.functionName) + (process.env.FN ? ':' + pos.line + ' ' + (pos.name ?? cf.functionName) : '');
    } else key = cf.url.replace(/.*\//, '');
    self[key] = (self[key] ?? 0) + profile.timeDeltas[i] / 1000;
  }
  return { self, ff };
}
const names = builds.map((b) => b.name); const res = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r <= runs; r++) for (const n of r % 2 ? names : [...names].reverse()) { const m = await measure(n); if (r) res[n].push(m); }
server.close(); await browser.close();
for (const n of names) {
  console.log(`== ${n} ff ${median(res[n].map((m) => m.ff)).toFixed(0)}`);
  const keys = [...new Set(res[n].flatMap((m) => Object.keys(m.self)))];
  const rows = keys.map((k) => [k, median(res[n].map((m) => m.self[k] ?? 0))]).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]);
  for (const [k, v] of rows.slice(0, 40)) console.log(`  ${v.toFixed(1).padStart(6)}  ${k}`);
}
