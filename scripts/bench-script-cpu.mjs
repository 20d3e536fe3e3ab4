// Compares builds of one classic script by the main thread's own CPU time (not in npm test).
//
// Why: on this 2-core machine the renderer's main thread is descheduled for about half of the wall
// time a task takes (Chrome's browser, GPU and network processes share the cores), so wall-clock
// A/Bs of two builds (scripts/bench-first-field.mjs, npm run bench) need a ≈ 10 % difference to show.
// A trace's `tdur` is the thread's CPU time: it leaves that out. docs/performance.md, "What would
// move it next".
//
// Per run (a fresh context, cold cache, brotli from 127.0.0.1, the verhuizing page of
// bench-builds.mjs): the CPU time of the task that evaluates the script (its top level, the
// element's upgrade and the first render, which runs in that task's microtasks), its wall time, and
// the main thread's CPU time from navigation to the first usable field. Medians of interleaved
// runs, and the median of the paired differences to the first build named.
//
// Usage: node scripts/bench-script-cpu.mjs [runs] name=path/to/script.js …   (RATE=4 for CPU 4× via CDP)
//   e.g. node scripts/bench-script-cpu.mjs 15 before=/tmp/base/gemeente-verhuizing.js after=dist/gemeente-verhuizing.js
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';
import { median, parseBuilds, serveBuilds } from './bench-builds.mjs';

const rate = Number(process.env.RATE ?? 1);
const { runs, builds: variants } = parseBuilds(process.argv.slice(2), 'usage: node scripts/bench-script-cpu.mjs [runs] name=script.js …', 15);
const { server, origin } = await serveBuilds(variants);
const browser = await chromium.launch({ executablePath: await findChrome(), args: ['--no-sandbox', '--disable-gpu'] });

const isTask = (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask';
async function measure(name) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  await tab.goto(`${origin}/${name}.html`);
  await tab.waitForFunction(() => window.firstField !== undefined, undefined, { timeout: 60_000 });
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(`/${name}.js`));
  if (!evaluate) throw new Error(`${name}: no EvaluateScript event for the script`);
  const main = (e) => e.pid === evaluate.pid && e.tid === evaluate.tid;
  const task = events
    .filter((e) => isTask(e) && main(e) && e.ts <= evaluate.ts && e.ts + e.dur >= evaluate.ts + evaluate.dur)
    .sort((a, b) => a.dur - b.dur)[0];
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === evaluate.pid)?.ts ?? 0;
  // Up to the page's 'first-field' mark: the tracing runs on until the harness has seen the field, and
  // the element's idle Intl check (≈ 14 ms at 1×) would otherwise count although it runs after it.
  const mark = events.find((e) => e.name === 'first-field' && e.pid === evaluate.pid)?.ts ?? Infinity;
  const mainCpu = events.filter((e) => isTask(e) && main(e) && e.ts >= navigation && e.ts <= mark).reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  return { cpu: task.tdur / 1000, wall: task.dur / 1000, main: mainCpu / 1000 };
}

const names = variants.map((v) => v.name);
const results = Object.fromEntries(names.map((n) => [n, []]));
for (let run = 0; run <= runs; run++) {
  // Run 0 warms the browser up; the order alternates so neither build always goes first.
  for (const name of run % 2 ? names : [...names].reverse()) {
    const m = await measure(name);
    if (run > 0) results[name].push(m);
  }
}
await browser.close();
server.close();

const base = results[names[0]];
console.log(`script task, ${runs} interleaved runs, CPU ${rate}× — ms, median (paired Δ to ${names[0]})`);
for (const name of names) {
  const r = results[name];
  const delta = median(r.map((m, i) => m.cpu - base[i].cpu));
  console.log(
    `  ${name.padEnd(14)} CPU ${median(r.map((m) => m.cpu)).toFixed(1).padStart(6)} (Δ ${delta.toFixed(1).padStart(5)})` +
      `   wall ${median(r.map((m) => m.wall)).toFixed(1).padStart(6)}   main-thread CPU to first field ${median(r.map((m) => m.main)).toFixed(1).padStart(6)}`,
  );
}
