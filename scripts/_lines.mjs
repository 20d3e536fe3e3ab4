// scratch: line-level self ticks for a (pretty-printed) script, up to the first field
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';
import { parseBuilds, serveBuilds } from './bench-builds.mjs';
const rate = Number(process.env.RATE ?? 4);
const { runs, builds } = parseBuilds(process.argv.slice(2), 'usage', 8);
const src = readFileSync(builds[0].file, 'utf8').split('\n');
const { server, origin } = await serveBuilds(builds);
const browser = await chromium.launch({ executablePath: await findChrome(), args: ['--no-sandbox', '--disable-gpu'] });
const lines = {}; const fns = {};
for (let r = 0; r <= runs; r++) {
  const context = await browser.newContext(); const tab = await context.newPage(); await tab.addInitScript(() => { window.requestIdleCallback = () => 0; }); const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  await tab.goto(`${origin}/${builds[0].name}.html`);
  await tab.waitForFunction(() => window.firstField !== undefined, undefined, { timeout: 60000 });
  const { profile } = await cdp.send('Profiler.stop'); await context.close();
  if (!r) continue;
  const dt = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  for (const n of profile.nodes) {
    if (!n.callFrame.url.endsWith(`/${builds[0].name}.js`)) continue;
    const fk = `${n.callFrame.lineNumber + 1} ${n.callFrame.functionName}`;
    for (const pt of n.positionTicks ?? []) {
      if (process.env.ONLY && n.callFrame.lineNumber + 1 !== Number(process.env.ONLY)) { fns[fk] = (fns[fk] ?? 0) + pt.ticks * dt / runs; continue; }
      lines[pt.line] = (lines[pt.line] ?? 0) + pt.ticks * dt / runs;
      fns[fk] = (fns[fk] ?? 0) + pt.ticks * dt / runs;
    }
  }
}
server.close(); await browser.close();
const top = Object.entries(lines).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40));
for (const [l, v] of top) console.log(v.toFixed(2).padStart(6), String(l).padStart(5), src[l - 1].trim().slice(0, 110));
console.log('--- functions');
for (const [k, v] of Object.entries(fns).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(2).padStart(6), k, '|', src[Number(k.split(' ')[0]) - 1].trim().slice(0, 80));
