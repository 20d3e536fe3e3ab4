// scratch: per-task breakdown of main thread CPU from navigation to first field
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';
import { median, parseBuilds, serveBuilds } from './bench-builds.mjs';
const rate = Number(process.env.RATE ?? 1);
const { runs, builds } = parseBuilds(process.argv.slice(2), 'usage', 9);
const { server, origin } = await serveBuilds(builds);
const browser = await chromium.launch({ executablePath: await findChrome(), args: ['--no-sandbox', '--disable-gpu'] });
const isTask = (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask';
async function measure(name) {
  const context = await browser.newContext(); const tab = await context.newPage(); const cdp = await context.newCDPSession(tab);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const events = []; cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,v8', transferMode: 'ReportEvents' });
  await tab.goto(`${origin}/${name}.html`);
  await tab.waitForFunction(() => window.firstField !== undefined, undefined, { timeout: 60000 });
  await cdp.send('Tracing.end'); await complete; await context.close();
  const ev0 = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(`/${name}.js`)); const nav = events.find((e) => e.name === 'navigationStart' && e.pid === ev0.pid) ?? { ts: 0 };
  const ev = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(`/${name}.js`));
  const main = (e) => e.pid === ev.pid && e.tid === ev.tid;
  const tasks = events.filter((e) => isTask(e) && main(e) && e.ts >= nav.ts);
  // classify each task by the largest child event
  const cats = {};
  for (const t of tasks) {
    const kids = events.filter((e) => main(e) && e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts + (e.dur||0) <= t.ts + t.dur && e.name !== 'ThreadControllerImpl::RunTask');
    kids.sort((a, b) => b.dur - a.dur);
    const k = kids[0]?.name ?? '(none)';
    cats[k] = (cats[k] ?? 0) + (t.tdur ?? 0) / 1000;
  }
  // also sum by event name of selected
  const sums = {};
  for (const n of ['EvaluateScript','V8.CompileCode','V8.ParseFunctions','v8.compile','FunctionCall','UpdateLayoutTree','Layout','Paint','ParseHTML','ParseAuthorStyleSheet','RunMicrotasks','v8.run','V8.GC_SCAVENGER','MinorGC','MajorGC','V8.GCScavenger','ScheduleStyleRecalculation','PrePaint','Commit','Layerize','v8.parseOnBackground','CompositeLayers','HitTest','FireAnimationFrame','TimerFire','EventDispatch']) {
    const xs = events.filter((e) => main(e) && e.name === n && e.ts >= nav.ts && e.ph === 'X');
    if (xs.length) sums[n] = xs.reduce((s, e) => s + (e.tdur ?? e.dur) / 1000, 0);
  }
  return { cats, sums, total: tasks.reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000 };
}
const names = builds.map((b) => b.name); const res = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r <= runs; r++) for (const n of r % 2 ? names : [...names].reverse()) { const m = await measure(n); if (r) res[n].push(m); }
server.close(); await browser.close();
for (const n of names) {
  console.log(`== ${n} total ${median(res[n].map((m) => m.total)).toFixed(1)}`);
  const keys = new Set(res[n].flatMap((m) => Object.keys(m.cats)));
  for (const k of keys) { const v = median(res[n].map((m) => m.cats[k] ?? 0)); if (v > 0.3) console.log(`  task by ${k}: ${v.toFixed(1)}`); }
  const sk = new Set(res[n].flatMap((m) => Object.keys(m.sums)));
  for (const k of sk) { const v = median(res[n].map((m) => m.sums[k] ?? 0)); if (v > 0.2) console.log(`  sum ${k}: ${v.toFixed(1)}`); }
}
