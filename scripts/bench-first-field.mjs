// Quick measurement of "first usable field" for issue 9 step 7a (not in npm test; `npm run bench`,
// step 7d, replaces it): headless Chromium, CPU 4× slower through CDP, cold cache (a fresh context per
// run), brotli over a local HTTP server, N interleaved runs, medians and min–max.
//
// "First usable field": from navigation start until the first form control in the element's shadow
// root is visible, enabled and focusable (polled every animation frame from an inline script).
//
// Usage: node scripts/bench-first-field.mjs [runs] name=path/to/script.js …
//   e.g. node scripts/bench-first-field.mjs 9 before=/tmp/base/dist/gemeente-formulieren.js \
//          all=dist/gemeente-formulieren.js verhuizing=dist/gemeente-verhuizing.js
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';
import { median, parseBuilds, serveBuilds } from './bench-builds.mjs';

const { runs, builds: variants } = parseBuilds(process.argv.slice(2), 'usage: node scripts/bench-first-field.mjs [runs] name=script.js …', 9);
const { server, origin } = await serveBuilds(variants);

const browser = await chromium.launch({
  executablePath: await findChrome(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = Object.fromEntries(variants.map((v) => [v.name, []]));
try {
  for (let run = 0; run < runs + 1; run++) {
    for (const v of run % 2 ? variants : [...variants].reverse()) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await tab.goto(`${origin}/${v.name}.html`);
      await tab.waitForFunction(() => window.firstField !== undefined, null, { timeout: 30000 });
      const ms = await tab.evaluate(() => window.firstField);
      if (run > 0) results[v.name].push(ms); // run 0 warms the browser process, not the page cache
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`first usable field, CPU 4×, ${runs} interleaved runs (ms): median (min–max), brotli size`);
for (const v of variants) {
  const xs = results[v.name];
  console.log(`  ${v.name.padEnd(14)} ${median(xs).toFixed(0).padStart(5)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})  ${(v.body.length / 1024).toFixed(1)} KiB`);
}
