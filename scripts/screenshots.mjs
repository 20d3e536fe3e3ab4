// `npm run screenshots`: every named state (test/browser/a11y/named-states.ts) of both forms, from the
// built one-file script (dist/gemeente-formulieren.js, so what a gemeente embeds), at 360 px (a small
// phone) and at 1280 px wide, as full-page PNGs in screenshots/ (git ignores it). For a person to look
// at: layout, focus, the error summary's height on a phone, the brand colours.
//   node scripts/screenshots.mjs [--lang=en] [--look=donker|licht] [--only=<part of a state id>] [--out=<dir>]
// Debian's Chromium through playwright-core (CHROME_PATH, else the usual names on PATH), as
// test/node/browser/tabs-and-reload.test.ts does; no browser is downloaded.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';
import { bundleNamedStates } from './named-states-bundle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = resolve(ROOT, 'dist');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const lang = args.lang ?? 'nl';
const look = args.look ?? 'standaard';
const only = args.only ?? '';
const out = resolve(ROOT, args.out ?? 'screenshots');
const WIDTHS = [360, 1280];

if (!existsSync(join(DIST, 'gemeente-formulieren.js'))) {
  console.error('dist/gemeente-formulieren.js is missing: run `npm run build` first (npm run screenshots does).');
  process.exit(1);
}

// A host page as a gemeente has one: a link before the element, the element in a content column.
const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Named state</title>
<style>body{margin:0;font-family:system-ui,sans-serif}main{max-width:48rem;margin:0 auto;padding:1rem}</style>
<script src="/dist/gemeente-formulieren.js"></script><script src="/named-states.js"></script></head>
<body><main><a href="#host">Naar het formulier</a><div id="host"></div></main></body></html>`;

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

async function serve() {
  const states = await bundleNamedStates();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/named-states.js') return res.writeHead(200, { 'Content-Type': TYPES['.js'] }).end(states);
    if (path.startsWith('/dist/')) {
      const file = resolve(DIST, `.${path.slice('/dist'.length)}`);
      if (file.startsWith(DIST) && existsSync(file) && TYPES[extname(file)]) {
        return res.writeHead(200, { 'Content-Type': TYPES[extname(file)] }).end(readFileSync(file));
      }
      return res.writeHead(404).end();
    }
    // /api/* is never reached: the send states mock fetch in the page.
    return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

const started = Date.now();
const { server, url } = await serve();
const browser = await chromium.launch({
  executablePath: await findChrome(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = 0;
let written = 0;
try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: WIDTHS[0], height: 800 } });
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.goto(url);
  const ids = await page.evaluate(() => window.NamedStates.NAMED_STATES.map((s) => s.id));
  for (const id of ids.filter((i) => i.includes(only))) {
    try {
      await page.setViewportSize({ width: WIDTHS[0], height: 800 });
      await page.goto(url);
      await page.evaluate(
        async ({ id, lang, look }) => {
          const N = window.NamedStates;
          const state = N.NAMED_STATES.find((s) => s.id === id);
          // States are entered by their Dutch labels, then switched live (as a host page's language switch does).
          const el = await N.createStateElement(state, document.getElementById('host'), { lang: 'nl', look: N.LOOKS.find((l) => l.id === look) });
          await state.enter(el, N.clickIO);
          if (lang !== 'nl') {
            const before = el.shadowRoot.textContent;
            el.setAttribute('lang', lang);
            await N.until(() => el.shadowRoot.textContent !== before, `the switch to ${lang}`, 5000);
            await el.updateComplete;
          }
        },
        { id, lang, look },
      );
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        // Let container queries and the re-layout settle.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const file = join(out, `${id.replaceAll('/', '__')}--${lang}-${look}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written++;
      }
      console.log(`  ${id}`);
    } catch (error) {
      failed++;
      console.error(`✗ ${id}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${written} screenshots in ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)${failed ? `, ${failed} states failed` : ''}`);
process.exit(failed ? 1 : 0);
