// scratch: inclusive time per named function (first occurrence on the stack), up to the first field
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';
import { median, parseBuilds, serveBuilds } from './bench-builds.mjs';
const rate = Number(process.env.RATE ?? 4);
const names = (process.env.NAMES ?? '').split(',');
const { runs, builds } = parseBuilds(process.argv.slice(2), 'usage', 8);
const { server, origin } = await serveBuilds(builds);
const browser = await chromium.launch({ executablePath: await findChrome(), args: ['--no-sandbox', '--disable-gpu'] });
const res = Object.fromEntries(names.map((n) => [n, []])); res['(script total)'] = [];
for (let r = 0; r <= runs; r++) {
  const context = await browser.newContext(); const tab = await context.newPage(); await tab.addInitScript(() => { window.requestIdleCallback = () => 0; }); const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  await tab.goto(`${origin}/${builds[0].name}.html`);
  await tab.waitForFunction(() => window.firstField !== undefined, undefined, { timeout: 60000 });
  const { profile } = await cdp.send('Profiler.stop'); await context.close();
  if (!r) continue;
  const byId = new Map(profile.nodes.map((n) => [n.id, n])); const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const acc = Object.fromEntries(names.map((n) => [n, 0])); let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    let id = profile.samples[i]; const seen = new Set(); let inScript = false;
    while (id !== undefined) { const cf = byId.get(id).callFrame; if (cf.url.endsWith(`/${builds[0].name}.js`)) { inScript = true; const key = `${cf.functionName}@${cf.lineNumber + 1}`; for (const n of names) if ((n === cf.functionName || n === key) && !seen.has(n)) { seen.add(n); acc[n] += dt; } } id = parent.get(id); }
    if (inScript) total += dt;
  }
  for (const n of names) res[n].push(acc[n] / 1000); res['(script total)'].push(total / 1000);
}
server.close(); await browser.close();
for (const [n, xs] of Object.entries(res)) console.log(median(xs).toFixed(1).padStart(7), n);
