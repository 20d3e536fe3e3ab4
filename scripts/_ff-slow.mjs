// scratch: first usable field, whole browser slowed (cgroup), optional slow 4G; paired medians to the first build
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';
import { median, parseBuilds, serveBuilds } from './bench-builds.mjs';
import { slowAllBrowser } from './bench-slow-all.mjs';
const { runs, builds } = parseBuilds(process.argv.slice(2), 'u', 15);
const { server, origin } = await serveBuilds(builds);
const factor = Number(process.env.SLOW ?? 4); const net = process.env.NET === '4g';
const slow = factor > 1 ? slowAllBrowser(factor, await findChrome(), '/tmp/ffslow') : null;
const browser = await chromium.launch({ executablePath: slow?.executablePath ?? (await findChrome()), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const res = Object.fromEntries(builds.map((b) => [b.name, []]));
for (let r = 0; r <= runs; r++) for (const b of r % 2 ? builds : [...builds].reverse()) {
  const context = await browser.newContext(); const tab = await context.newPage(); const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable'); await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (net) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  if (process.env.CDP) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CDP) });
  await tab.goto(`${origin}/${b.name}.html`);
  await tab.waitForFunction(() => window.firstField !== undefined, null, { timeout: 60000 });
  const ms = await tab.evaluate(() => window.firstField); if (r) res[b.name].push(ms); await context.close();
}
await browser.close(); slow?.remove(); server.close();
const base = res[builds[0].name];
console.log(`first usable field, ${slow ? slow.description : 'no cgroup'}${net ? ', slow 4G' : ''}${process.env.CDP ? `, CDP ${process.env.CDP}x` : ''}, ${runs} runs`);
for (const b of builds) { const xs = res[b.name]; console.log(`  ${b.name.padEnd(10)} ${median(xs).toFixed(0).padStart(5)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})  paired Δ ${median(xs.map((x, i) => x - base[i])).toFixed(0)}`); }
