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
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 9;
const variants = args.map((a) => {
  const [name, file] = a.split('=');
  return { name, file, body: brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) };
});
if (variants.length === 0) {
  console.error('usage: node scripts/bench-first-field.mjs [runs] name=script.js …');
  process.exit(1);
}

const page = (name) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script>
  (function poll() {
    const el = document.querySelector('gemeente-verhuizing');
    const control = el && el.shadowRoot && el.shadowRoot.querySelector('input, select, textarea, button');
    if (control && !control.disabled && control.checkVisibility() && control.tabIndex >= 0) {
      window.firstField = performance.now();
    } else requestAnimationFrame(poll);
  })();
</script>
<script src="/${name}.js" defer></script></head>
<body><main><h1>Verhuizing doorgeven</h1>
<gemeente-verhuizing endpoint="/api/verhuizing" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off" persist="none"></gemeente-verhuizing>
</main></body></html>`;

const server = createServer((req, res) => {
  const name = req.url.slice(1).replace(/\.(js|html)$/, '');
  const variant = variants.find((v) => v.name === name);
  if (!variant) return res.writeHead(404).end();
  if (req.url.endsWith('.js')) {
    res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'br', 'cache-control': 'no-store' }).end(variant.body);
  } else res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(page(name));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`first usable field, CPU 4×, ${runs} interleaved runs (ms): median (min–max), brotli size`);
for (const v of variants) {
  const xs = results[v.name];
  console.log(`  ${v.name.padEnd(14)} ${median(xs).toFixed(0).padStart(5)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})  ${(v.body.length / 1024).toFixed(1)} KiB`);
}
