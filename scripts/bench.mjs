// `npm run bench` (issue 9 item 6; not part of `npm test`): our per-form pages side by side with the
// floor (the element's own first view as plain HTML, no JavaScript) and SurveyJS, in headless
// Chromium with the CPU 4× slower (CDP Emulation.setCPUThrottlingRate), a cold cache (a fresh context
// per run and Network.setCacheDisabled), brotli from local servers on 127.0.0.1 (port 0), N interleaved
// runs after one warm-up round. Prints a table and writes .tmp/bench/<time>.json. Method and results:
// docs/performance.md, "Benchmark (npm run bench)".
//
//   npm run bench                   # 9 runs
//   npm run bench -- --runs 15      # more runs
//   node scripts/bench.mjs --runs 3 # without the build step (dist/ must be current)
//   npm run bench -- --slow-all 4   # the whole browser at 1/4 of one core (cgroup) instead of CDP's
//                                   # main-thread throttle: scripts/bench-slow-all.mjs says why
//   node scripts/bench.mjs --smoke  # does the flow still work? 1 round, no warm-up, no CPU
//                                   # throttle, no SurveyJS (no install); exits 1 when a step fails.
//                                   # test/node/scripts/bench-smoke.test.ts runs it in npm test.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress as brotliCompressCb, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';
import { cell, floorHtml, formHtml, interleave, ratio, summary, surveyHtml, table, testBsns, totalBlockingTime } from './bench-helpers.mjs';
import { litViewScript, plainViewScript } from './bench-lower-bounds.mjs';
import { slowAllBrowser } from './bench-slow-all.mjs';
import { COMPILE_HINT } from './compile-hint.mjs';

const brotliCompress = promisify(brotliCompressCb);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const startedAt = Date.now();
const loadAtStart = loadavg();

// ------------------------------------------------------------------ arguments

function parseArgs(argv) {
  const out = { runs: 9, out: join(ROOT, '.tmp/bench'), smoke: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') out.runs = Number(argv[++i]);
    else if (a.startsWith('--runs=')) out.runs = Number(a.slice(7));
    else if (a === '--out') out.out = argv[++i];
    else if (a === '--screenshots') out.screenshots = true;
    else if (a === '--smoke') out.smoke = true;
    else if (a === '--slow-all') out.slowAll = Number(argv[++i]);
    else if (a.startsWith('--slow-all=')) out.slowAll = Number(a.slice(11));
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench [-- --runs N] [--out DIR] [--screenshots] [--smoke] [--slow-all F]   (N ≥ 1, default 9; results in .tmp/bench/)');
      console.log('  --slow-all F: instead of CDP\'s CPU throttle, limit the whole browser to 1/F of one core (Linux cgroup; scripts/bench-slow-all.mjs)');
      process.exit(0);
    } else throw new Error(`Unknown argument "${a}". Use --runs N or --out DIR.`);
  }
  if (!Number.isInteger(out.runs) || out.runs < 1) throw new Error('--runs needs a whole number of 1 or more (the issue asks for ≥ 9).');
  // Checked here: a missing or mistyped factor (NaN) would otherwise fall back to CDP's throttle unnoticed.
  if (out.slowAll !== undefined && !(out.slowAll >= 1)) throw new Error('--slow-all needs a factor of 1 or more, e.g. --slow-all 4.');
  // The smoke mode checks that setup and a round still work against the current product (labels,
  // steps), cheaply: its numbers are not a measurement.
  if (out.smoke) out.runs = 1;
  return out;
}
const args = parseArgs(process.argv.slice(2));
// Bounded: whatever hangs, the bench ends (Playwright closes its browser on exit, the servers die with
// the process). A normal 9-run bench takes 4–6 minutes on a busy 2-core machine.
const LIMIT_MINUTES = args.smoke ? 3 : 10 + args.runs * 3;
setTimeout(() => {
  console.error(`bench: still running after ${LIMIT_MINUTES} min; stopping.`);
  process.exit(2);
}, LIMIT_MINUTES * 60000).unref();
// CPU slow-down of the measured runs; none in the smoke mode, which only checks the flow, and none by
// CDP when the whole browser is slowed instead (--slow-all).
const CPU_RATE = args.smoke || args.slowAll ? 1 : 4;
// How long a step may wait for an element. The smoke mode runs unthrottled, so a label that is gone
// fails within seconds instead of a minute.
const WAIT_MS = args.smoke ? 15000 : 60000;
const WARM_UP_ROUNDS = args.smoke ? 0 : 1;

// ------------------------------------------------------------------ inputs

for (const file of ['dist/gemeente-verhuizing.js', 'dist/gemeente-overlijden.js']) {
  if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run "npm run build" first (npm run bench does).`);
}
const SURVEY = join(ROOT, 'bench/node_modules');
// The smoke mode leaves SurveyJS out: installing it needs the registry, and the peer is not what rots.
const withSurvey = !args.smoke;
if (withSurvey && (!existsSync(join(SURVEY, 'survey-js-ui/package.json')) || !existsSync(join(SURVEY, 'survey-core/package.json')))) {
  // SurveyJS lives in bench/package.json, never in the library's dependencies.
  console.log('installing the bench peers (bench/package.json) …');
  const r = spawnSync('npm', ['install', '--prefix', join(ROOT, 'bench'), '--no-audit', '--no-fund', '--legacy-peer-deps'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm install --prefix bench failed; see above.');
}
const surveyVersion = withSurvey ? JSON.parse(readFileSync(join(SURVEY, 'survey-core/package.json'), 'utf8')).version : null;

const GEMEENTE = [['gemeente-code', '0344'], ['gemeente-naam', 'Utrecht'], ['contact-telefoon', '14 030']];
const FORMS = {
  verhuizing: { tag: 'gemeente-verhuizing', script: 'dist/gemeente-verhuizing.js', heading: 'Verhuizing doorgeven', endpoint: '/api/verhuizing' },
  overlijden: { tag: 'gemeente-overlijden', script: 'dist/gemeente-overlijden.js', heading: 'Aangifte van overlijden', endpoint: '/api/overlijden' },
};
const attributesFor = (form, persist = 'none') => [
  ['endpoint', form.endpoint],
  ...GEMEENTE,
  ['address-lookup', 'off'], // loopback only: no PDOK
  ['persist', persist],
];

// ------------------------------------------------------------------ servers (127.0.0.1, port 0, brotli)

const servers = [];
const acceptEncodings = new Set();

/** routes: path → { type, body }. Every body is sent brotli-compressed (quality 11), no-store. */
async function serve(routes) {
  const compressed = new Map();
  for (const [path, { type, body }] of Object.entries(routes)) {
    const br = await brotliCompress(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    compressed.set(path, { type, br, raw: Buffer.byteLength(body) });
  }
  const server = createServer((req, res) => {
    acceptEncodings.add(req.headers['accept-encoding'] ?? '');
    const route = compressed.get(new URL(req.url, 'http://x').pathname);
    if (!route) return res.writeHead(404, { 'cache-control': 'no-store' }).end();
    res.writeHead(200, { 'content-type': route.type, 'content-encoding': 'br', 'content-length': route.br.length, 'cache-control': 'no-store' }).end(route.br);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { origin: `http://127.0.0.1:${server.address().port}`, sizes: Object.fromEntries([...compressed].map(([p, r]) => [p, { raw: r.raw, br: r.br.length }])) };
}

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

// ------------------------------------------------------------------ in the page

/** Runs before any page script: long tasks, and "first usable field" polled every animation frame. */
function benchInit({ host, storage }) {
  if (storage) for (const [k, v] of storage) sessionStorage.setItem(k, v.replace('"savedAt":0', `"savedAt":${Date.now()}`));
  const b = (window.__bench = { longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  b.root = () => (host ? document.querySelector(host)?.shadowRoot : document.getElementById('survey'));
  let done;
  b.ready = new Promise((resolve, reject) => {
    done = resolve;
    setTimeout(() => reject(new Error(`no usable field in <${host ?? 'the survey'}> within 60 s`)), 60000);
  });
  const usable = (c) => c && !c.disabled && c.checkVisibility() && c.tabIndex >= 0;
  (function poll() {
    const root = b.root();
    const control = root && root.querySelector('input, select, textarea, button');
    if (usable(control)) done((b.firstField = performance.now()));
    else requestAnimationFrame(poll);
  })();
  // "Painted": the next animation frame, then a message task (runs after that frame's paint).
  b.afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(0);
      }),
    );
}

/**
 * Arms a measurement in the page: from the next `eventType` event (its timeStamp, so input delay
 * counts) until `until` holds in the shadow root, then the paint after it. Returns nothing; read it with
 * `page.evaluate(() => __bench.pending)`.
 */
async function arm(page, eventType, until, arg) {
  await page.evaluate(
    ([eventType, until, arg]) => {
      const b = window.__bench;
      const root = b.root();
      const conditions = {
        now: () => true,
        errorSummary: () => root.querySelector('.error-summary')?.checkVisibility() === true,
        headingIsNot: (before) => {
          const h = root.querySelector('h2.step-title');
          return !!h && h.textContent.trim() !== before;
        },
      };
      b.pending = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${until}" within 60 s after ${eventType}`)), 60000);
        window.addEventListener(
          eventType,
          (e) => {
            const t0 = e.timeStamp;
            (function check() {
              if (conditions[until](arg)) b.afterNextPaint().then((t1) => (clearTimeout(timer), resolve(t1 - t0)));
              else requestAnimationFrame(check);
            })();
          },
          { capture: true, once: true },
        );
      });
    },
    [eventType, until, arg],
  );
}
const measured = (page) => page.evaluate(() => window.__bench.pending);
const headingText = (page) => page.evaluate(() => window.__bench.root().querySelector('h2.step-title')?.textContent.trim() ?? '');

// ------------------------------------------------------------------ browser helpers

const chrome = await findChrome();
const slowAll = args.slowAll ? slowAllBrowser(args.slowAll, chrome, join(ROOT, '.tmp/bench')) : null;
const SLOWDOWN = slowAll ? slowAll.description : `CPU ${CPU_RATE}×`;
const browser = await chromium.launch({
  executablePath: slowAll?.executablePath ?? chrome,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions'],
});

async function openPage(url, { host, storage = null, throttle = CPU_RATE > 1 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  context.setDefaultTimeout(WAIT_MS);
  await context.addInitScript(benchInit, { host, storage });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const wire = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (e) => {
    wire.bytes += e.encodedDataLength;
    wire.requests++;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  await page.goto(url, { waitUntil: 'commit' });
  const firstField = await page.evaluate(() => window.__bench.ready);
  return { context, page, cdp, wire, firstField };
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The label exactly, or with the "(niet verplicht)" of an optional field.
const byLabel = (scope, label, nth = 0) => scope.getByLabel(new RegExp(`^${escapeRe(label)}( \\(niet verplicht\\))?$`)).nth(nth);
const group = (page, legend, nth = 0) => page.getByRole('group', { name: new RegExp(`^${escapeRe(legend)}`) }).nth(nth);
const next = (page) => page.getByRole('button', { name: 'Volgende', exact: true }).click();
async function fillDate(page, legend, [d, m, j], nth = 0) {
  const inputs = group(page, legend, nth).locator('input');
  await inputs.nth(0).fill(d);
  await inputs.nth(1).fill(m);
  await inputs.nth(2).fill(j);
}

/**
 * The start step of someone who moves within the Netherlands and moves along (so the steps ask about
 * "u" and the co-movers, Wet BRP art. 2.48/2.49; the question appears after the first answer), then
 * "Volgende" to the new address.
 */
async function startBinnenland(page) {
  await group(page, 'Waar verhuist u naar?').getByLabel('Naar een adres in Nederland').check();
  await group(page, 'Verhuist u zelf mee?').getByLabel('Ja', { exact: true }).check();
  await next(page);
  await page.getByRole('heading', { name: 'Uw nieuwe adres' }).waitFor();
}

// ------------------------------------------------------------------ setup (not throttled, not measured)

/** The element's first view: shadow markup, adopted CSS, and the texts SurveyJS gets. */
async function dumpFirstView(url, form) {
  const { context, page } = await openPage(url, { host: form.tag, throttle: false });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300))); // let the idle Intl check settle
  const view = await page.evaluate((tag) => {
    const el = document.querySelector(tag);
    const root = el.shadowRoot;
    const cssOf = (sheets) => sheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const text = (n) => n?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const fieldset = root.querySelector('fieldset');
    const intro = [...root.querySelectorAll('form p:not(.step-count), form h3, form ul')].filter(
      (n) => fieldset && n.compareDocumentPosition(fieldset) & Node.DOCUMENT_POSITION_FOLLOWING && !n.closest('fieldset'),
    );
    return {
      attributes: [...el.attributes].map((a) => [a.name, a.value]),
      shadowHtml: root.innerHTML,
      css: cssOf(root.adoptedStyleSheets) + [...root.querySelectorAll('style')].map((s) => s.textContent).join('\n'),
      documentCss: cssOf(document.adoptedStyleSheets),
      title: text(root.querySelector('h2.step-title')),
      introHtml: intro.map((n) => n.outerHTML.replace(/<!--[\s\S]*?-->/g, '')).join(''),
      legend: text(fieldset?.querySelector('legend')),
      options: [...(fieldset?.querySelectorAll('label') ?? [])].map(text),
    };
  }, form.tag);
  await context.close();
  if (!view.shadowHtml.includes('<input') && !view.shadowHtml.includes('<button')) throw new Error(`${form.tag}: the first view has no control to dump.`);
  return view;
}

/**
 * The draft of a citizen on the co-movers step with 10 people, made by filling the form once (fast,
 * unthrottled, persist="session") and read back from sessionStorage, so it follows the product's own
 * answer shape. Each measured run starts from it (savedAt renewed) and presses "Volgende".
 */
async function makeCoMoverDraft(url) {
  const { context, page } = await openPage(url, { host: FORMS.verhuizing.tag, throttle: false });
  const today = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date());
  const part = (type) => today.find((p) => p.type === type).value;
  const [aangeverBsn, ...bsns] = testBsns(11);
  await startBinnenland(page);
  await byLabel(page, 'Postcode').fill('3521 AZ');
  await byLabel(page, 'Huisnummer').fill('1');
  await byLabel(page, 'Straat').fill('Stadsplateau');
  await byLabel(page, 'Plaats').fill('Utrecht');
  await fillDate(page, 'Verhuisdatum', [part('day'), part('month'), part('year')]);
  await group(page, 'Hoe gaat u op het nieuwe adres wonen?').getByLabel('In een huurwoning').check();
  await group(page, 'Wonen er al andere mensen op het nieuwe adres?').getByLabel('Nee', { exact: true }).check();
  await byLabel(page, 'Met hoeveel mensen woont u na de verhuizing op het nieuwe adres?').fill('11');
  await next(page);
  await page.getByRole('heading', { name: 'Uw gegevens' }).waitFor();
  await byLabel(page, 'Burgerservicenummer (BSN)').fill(aangeverBsn);
  await byLabel(page, 'Voornamen').fill('Jan Willem');
  await byLabel(page, 'Achternaam').fill('Berg');
  await fillDate(page, 'Geboortedatum', ['27', '3', '1985']);
  await byLabel(page, 'Postcode').fill('3011 AD');
  await byLabel(page, 'Huisnummer').fill('40');
  await byLabel(page, 'Straat').fill('Coolsingel');
  await byLabel(page, 'Plaats').fill('Rotterdam');
  await byLabel(page, 'E-mailadres').fill('j.vanderberg@example.nl');
  await byLabel(page, 'Telefoonnummer').fill('06-12345678');
  await next(page);
  await page.getByRole('heading', { name: 'Wie verhuizen er met u mee?' }).waitFor();
  await group(page, 'Verhuizen er andere mensen met u mee naar het nieuwe adres?').getByLabel('Ja', { exact: true }).check();
  // "Ja" opens the first person's block by itself (an open "Ja" with nobody would send no one); the
  // other nine are added.
  for (let i = 0; i < 10; i++) {
    if (i > 0) await page.getByRole('button', { name: 'Nog een persoon toevoegen' }).click();
    await byLabel(page, 'Burgerservicenummer (BSN)', i).fill(bsns[i]);
    await byLabel(page, 'Voornamen', i).fill(`Persoon ${i + 1}`);
    await byLabel(page, 'Achternaam', i).fill('Bakker');
    await fillDate(page, 'Geboortedatum', [String(i + 1), '5', '1990'], i);
    await group(page, 'Wat is deze persoon van u?', i).getByLabel('Iemand anders').check();
  }
  await page.locator('body').click({ position: { x: 5, y: 5 } }); // blur: commit the last answer
  await page.waitForTimeout(600); // the draft is saved 400 ms after the last change
  const storage = await page.evaluate(() => Object.entries(sessionStorage));
  await context.close();
  const draft = storage.find(([, v]) => v.includes('"step":"meeverhuizers"'));
  if (!draft || (draft[1].match(/"relatie":"anders"/g) ?? []).length !== 10) {
    throw new Error('Could not make the draft with 10 co-movers (labels changed?). sessionStorage: ' + JSON.stringify(storage).slice(0, 500));
  }
  return storage.map(([k, v]) => [k, v.replace(/"savedAt":\d+/, '"savedAt":0')]);
}

// ------------------------------------------------------------------ one measured run

async function loadMetrics({ cdp, page, wire, firstField }) {
  // Settle: long tasks and heap up to 1 s after the first usable field.
  await page.evaluate((ff) => new Promise((r) => setTimeout(r, Math.max(0, ff + 1000 - performance.now()))), firstField);
  const longTasks = await page.evaluate(() => window.__bench.longTasks);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return {
    firstField,
    bytes: wire.bytes,
    requests: wire.requests,
    heap: usedSize,
    longTasks: longTasks.length,
    tbt: totalBlockingTime(longTasks.map((t) => t.duration)),
  };
}

/** On the verhuizing page after the load metrics: typing the postcode, then an empty "Volgende". */
async function interactions(page) {
  await startBinnenland(page);
  await byLabel(page, 'Postcode').focus();
  const keys = [];
  for (const key of '3521AZ') {
    await arm(page, 'keydown', 'now');
    await page.keyboard.press(key);
    keys.push(await measured(page));
  }
  await arm(page, 'click', 'errorSummary');
  await next(page);
  const errorSummary = await measured(page);
  return { keystroke: keys, errorSummary };
}

async function coMoverRun(url, storage) {
  const { context, page } = await openPage(url, { host: FORMS.verhuizing.tag, storage });
  try {
    await page.getByRole('heading', { name: 'Wie verhuizen er met u mee?' }).waitFor();
    const people = await page.evaluate(() => window.__bench.root().querySelectorAll('fieldset.group-item').length);
    if (people !== 10) throw new Error(`the co-movers step shows ${people} people, not 10`);
    const before = await headingText(page);
    await arm(page, 'click', 'headingIsNot', before);
    await next(page);
    const ms = await measured(page);
    const after = await headingText(page);
    return { stepChange: ms, nextStep: after };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ main

const results = { variants: {}, coMovers: [] };
let meta;
try {
  const pages = {};
  for (const [name, form] of Object.entries(FORMS)) {
    const file = `/${form.script.split('/').pop()}`;
    const s = await serve({
      '/': { type: HTML, body: formHtml({ tag: form.tag, script: file, attributes: attributesFor(form), heading: form.heading }) },
      '/tien.html': { type: HTML, body: formHtml({ tag: form.tag, script: file, attributes: attributesFor(form, 'session'), heading: form.heading }) },
      [file]: { type: JS, body: readFileSync(join(ROOT, form.script)) },
      // Its later part (form/later.ts), next to it: asked for on the first interaction only, so a
      // page load does not fetch it (the bytes on the wire say so), the step changes do.
      [file.replace(/\.js$/, '.later.js')]: { type: JS, body: readFileSync(join(ROOT, form.script.replace(/\.js$/, '.later.js'))) },
    });
    pages[name] = { name, kind: 'ours', form: name, host: form.tag, url: `${s.origin}/`, origin: s.origin, sizes: s.sizes, script: file };
  }
  {
    // The verhuizing's script with V8's explicit compile hint in front, as it was shipped until
    // 2026-12-07 (docs/performance.md, "The compile hint"): kept as a row so its effect can be
    // measured again, e.g. when a Chrome release changes how it compiles. The hint moves the compile
    // of every function to V8's background thread, which CDP's CPU throttle does not slow, so it gains
    // at "CPU 4×" and loses with --slow-all.
    const form = FORMS.verhuizing;
    const file = `/met-hint/${form.script.split('/').pop()}`;
    const code = readFileSync(join(ROOT, form.script), 'utf8');
    if (code.startsWith(COMPILE_HINT)) throw new Error(`${form.script} already starts with the compile hint`);
    const s = await serve({
      '/met-hint/': { type: HTML, body: formHtml({ tag: form.tag, script: file, attributes: attributesFor(form), heading: form.heading }) },
      [file]: { type: JS, body: `${COMPILE_HINT}\n${code}` },
      [file.replace(/\.js$/, '.later.js')]: { type: JS, body: readFileSync(join(ROOT, form.script.replace(/\.js$/, '.later.js'))) },
    });
    pages['verhuizing-met-hint'] = { name: 'verhuizing-met-hint', kind: 'ours', form: 'verhuizing', host: form.tag, url: `${s.origin}/met-hint/`, origin: s.origin, sizes: s.sizes, script: file };
  }
  console.log('setup: dumping the first views (floor), making the co-movers draft …');
  const views = {};
  for (const [name, form] of Object.entries(FORMS)) {
    views[name] = await dumpFirstView(pages[name].url, form);
    const s = await serve({ '/': { type: HTML, body: floorHtml({ tag: form.tag, heading: form.heading, ...views[name] }) } });
    pages[`floor-${name}`] = { name: `floor-${name}`, kind: 'floor', form: name, host: form.tag, url: `${s.origin}/`, sizes: s.sizes };
  }
  {
    // Between the floor and ours (scripts/bench-lower-bounds.mjs): the verhuizing's first view put on
    // screen by plain JavaScript, and by Lit alone, on the same page as ours.
    const form = FORMS.verhuizing;
    const view = { tag: form.tag, shadowHtml: views.verhuizing.shadowHtml, css: views.verhuizing.css };
    const lower = { 'js-verhuizing': plainViewScript(view), 'lit-verhuizing': await litViewScript(view, ROOT, join(ROOT, '.tmp/bench-lit-view')) };
    for (const [name, code] of Object.entries(lower)) {
      const s = await serve({
        '/': { type: HTML, body: formHtml({ tag: form.tag, script: '/view.js', attributes: attributesFor(form), heading: form.heading }) },
        '/view.js': { type: JS, body: code },
      });
      pages[name] = { name, kind: 'lower-bound', form: 'verhuizing', host: form.tag, url: `${s.origin}/`, sizes: s.sizes, script: '/view.js' };
    }
  }
  if (withSurvey) {
    const file = (p) => readFileSync(join(SURVEY, p));
    const sj = await serve({
      '/': { type: HTML, body: surveyHtml({ firstView: views.verhuizing, heading: FORMS.verhuizing.heading }) },
      '/survey.core.min.js': { type: JS, body: file('survey-core/survey.core.min.js') },
      '/survey-js-ui.min.js': { type: JS, body: file('survey-js-ui/survey-js-ui.min.js') },
      '/survey-core.fontless.min.css': { type: CSS, body: file('survey-core/survey-core.fontless.min.css') },
    });
    pages.surveyjs = { name: 'surveyjs', kind: 'surveyjs', form: 'verhuizing', host: null, url: `${sj.origin}/`, sizes: sj.sizes };
  }
  if (args.screenshots) {
    // To see that the floor shows the same view as the element, and SurveyJS the same question.
    mkdirSync(args.out, { recursive: true });
    for (const p of Object.values(pages)) {
      const { context, page } = await openPage(p.url, { host: p.host, throttle: false });
      await page.screenshot({ path: join(args.out, `${p.name}.png`), fullPage: true });
      await context.close();
    }
    console.log(`screenshots in ${args.out}`);
  }
  const draft = await makeCoMoverDraft(`${pages.verhuizing.origin}/tien.html`);

  const names = ['verhuizing', 'verhuizing-met-hint', 'floor-verhuizing', 'js-verhuizing', 'lit-verhuizing', ...(withSurvey ? ['surveyjs'] : []), 'overlijden', 'floor-overlijden'];
  for (const n of names) results.variants[n] = { runs: [] };
  // The first WARM_UP_ROUNDS rounds are not counted.
  const order = interleave([...names, 'co-movers'], args.runs + WARM_UP_ROUNDS);
  for (const { run: round, name } of order) {
    const run = round - WARM_UP_ROUNDS + 1; // 1…runs for a counted round
    const label = run < 1 ? 'warm-up' : `run ${run}/${args.runs}`;
    if (name === 'co-movers') {
      const r = await coMoverRun(`${pages.verhuizing.origin}/tien.html`, draft);
      if (run > 0) results.coMovers.push(r);
      process.stdout.write(`  ${label} co-movers: ${r.stepChange.toFixed(0)} ms → "${r.nextStep}"\n`);
      continue;
    }
    const p = pages[name];
    const opened = await openPage(p.url, { host: p.host });
    try {
      const m = await loadMetrics(opened);
      if (name === 'verhuizing') Object.assign(m, await interactions(opened.page));
      if (run > 0) results.variants[name].runs.push(m);
      process.stdout.write(`  ${label} ${name}: ${m.firstField.toFixed(0)} ms, ${(m.bytes / 1024).toFixed(1)} KiB\n`);
    } finally {
      await opened.context.close();
    }
  }
  meta = { pages, views: Object.fromEntries(Object.entries(views).map(([k, v]) => [k, { title: v.title, legend: v.legend, options: v.options }])) };
} finally {
  await browser.close();
  slowAll?.remove();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
}

// ------------------------------------------------------------------ report

// A page left out (SurveyJS in the smoke mode) has no runs: its numbers are NaN, printed as "–".
const stat = (name, key) => summary((results.variants[name]?.runs ?? []).map((r) => r[key]));
const med = (name, key) => stat(name, key).median;
// Median of the per-run ratios: run i of a page against run i of its floor, minutes apart at most, so a
// busy minute on a shared machine weighs on both sides of each ratio.
const paired = (name, base) => {
  const a = results.variants[name].runs;
  const b = results.variants[base].runs;
  return summary(a.map((r, i) => ratio(r.firstField, b[i]?.firstField))).median;
};
const gap = (a, b) => (med(a, 'firstField') - med(b, 'firstField')).toFixed(0);
const rows = [];
const row = (label, name) => {
  const v = meta.pages[name];
  const floor = `floor-${v.form}`;
  rows.push([
    label,
    cell(stat(name, 'firstField')),
    name === floor ? '1.00' : ratio(med(name, 'firstField'), med(floor, 'firstField')).toFixed(2),
    name === floor ? '1.00' : paired(name, floor).toFixed(2),
    v.form === 'verhuizing' && withSurvey ? ratio(med(name, 'firstField'), med('surveyjs', 'firstField')).toFixed(2) : '–',
    cell(stat(name, 'bytes'), { digits: 1, scale: 1024 }),
    cell(stat(name, 'heap'), { digits: 2, scale: 1024 * 1024 }),
    cell(stat(name, 'longTasks')),
    cell(stat(name, 'tbt')),
  ]);
};
row('verhuizing (ours)', 'verhuizing');
row('verhuizing with the compile hint', 'verhuizing-met-hint');
row('floor (verhuizing first view)', 'floor-verhuizing');
row('the same first view, plain JavaScript', 'js-verhuizing');
row('the same first view, Lit alone', 'lit-verhuizing');
if (withSurvey) row(`SurveyJS ${surveyVersion}`, 'surveyjs');
row('overlijden (ours)', 'overlijden');
row('floor (overlijden first view)', 'floor-overlijden');

const verhuizingRuns = results.variants.verhuizing.runs;
const keystroke = summary(verhuizingRuns.map((r) => summary(r.keystroke).median));
const keystrokeAll = summary(verhuizingRuns.flatMap((r) => r.keystroke));
const errorSummary = summary(verhuizingRuns.map((r) => r.errorSummary));
const stepChange = summary(results.coMovers.map((r) => r.stepChange));
const load = loadavg();
const totalSeconds = (Date.now() - startedAt) / 1000;

const header = ['page', 'first usable field ms', '× floor', '× floor, paired', '× SurveyJS', 'KiB on the wire', 'heap after GC MB', 'long tasks', 'TBT ms'];
const out = [
  '',
  args.smoke
    ? 'npm run bench --smoke: 1 round, no warm-up, no CPU throttle, no SurveyJS; checks the flow, the numbers are not a measurement'
    : `npm run bench: ${args.runs} interleaved runs (+${WARM_UP_ROUNDS} warm-up), ${SLOWDOWN}, cold cache, brotli, 127.0.0.1; median (min–max)`,
  table(header, rows),
  '',
  table(
    [`verhuizing interaction (${slowAll ? `whole browser 1/${args.slowAll}` : `CPU ${CPU_RATE}×`})`, 'ms, median (min–max)'],
    [
      ['keystroke to next paint, postcode (median per run)', cell(keystroke)],
      ['keystroke to next paint, postcode (all keys)', cell(keystrokeAll)],
      ['"Volgende" to error summary painted (new address, empty)', cell(errorSummary)],
      [`"Volgende" to next step painted, 10 co-movers (→ "${results.coMovers[0]?.nextStep ?? '?'}")`, cell(stepChange)],
    ],
  ),
  '',
  // Where the verhuizing's time over its floor goes (medians; scripts/bench-lower-bounds.mjs).
  `over the floor, first usable field (medians): shown by a script instead of the HTML parser ${gap('js-verhuizing', 'floor-verhuizing')} ms, ` +
    `Lit ${gap('lit-verhuizing', 'js-verhuizing')} ms, our engine ${gap('verhuizing', 'lit-verhuizing')} ms ` +
    `(${gap('verhuizing-met-hint', 'lit-verhuizing')} ms with the compile hint)`,
  `script brotli: gemeente-verhuizing.js ${(meta.pages.verhuizing.sizes[meta.pages.verhuizing.script].br / 1024).toFixed(2)} KiB, ` +
    `gemeente-overlijden.js ${(meta.pages.overlijden.sizes[meta.pages.overlijden.script].br / 1024).toFixed(2)} KiB; ` +
    `floor page ${(meta.pages['floor-verhuizing'].sizes['/'].br / 1024).toFixed(2)} / ${(meta.pages['floor-overlijden'].sizes['/'].br / 1024).toFixed(2)} KiB`,
  `load average (1, 5, 15 min) at start ${loadAtStart.map((x) => x.toFixed(1)).join(' ')}, at end ${load.map((x) => x.toFixed(1)).join(' ')}, on ${cpus().length} cores; Accept-Encoding sent: ${[...acceptEncodings].join(' | ')}`,
  `total ${totalSeconds.toFixed(0)} s; all servers stopped`,
];
console.log(out.join('\n'));

mkdirSync(args.out, { recursive: true });
const stamp = new Date(startedAt).toISOString().replace(/[:.]/g, '-');
const json = join(args.out, `bench-${stamp}.json`);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
writeFileSync(
  json,
  JSON.stringify(
    {
      date: new Date(startedAt).toISOString(),
      commit,
      runs: args.runs,
      cpuThrottling: CPU_RATE,
      slowAll: args.slowAll ?? null,
      smoke: args.smoke,
      loadAverage: { start: loadAtStart, end: load },
      cores: cpus().length,
      surveyjs: surveyVersion,
      totalSeconds,
      ratios: {
        verhuizing: { floor: ratio(med('verhuizing', 'firstField'), med('floor-verhuizing', 'firstField')), floorPaired: paired('verhuizing', 'floor-verhuizing'), surveyjs: withSurvey ? ratio(med('verhuizing', 'firstField'), med('surveyjs', 'firstField')) : null },
        verhuizingMetHint: { floor: ratio(med('verhuizing-met-hint', 'firstField'), med('floor-verhuizing', 'firstField')), floorPaired: paired('verhuizing-met-hint', 'floor-verhuizing') },
        overlijden: { floor: ratio(med('overlijden', 'firstField'), med('floor-overlijden', 'firstField')), floorPaired: paired('overlijden', 'floor-overlijden') },
        plainJs: { floor: ratio(med('js-verhuizing', 'firstField'), med('floor-verhuizing', 'firstField')), floorPaired: paired('js-verhuizing', 'floor-verhuizing') },
        litAlone: { floor: ratio(med('lit-verhuizing', 'firstField'), med('floor-verhuizing', 'firstField')), floorPaired: paired('lit-verhuizing', 'floor-verhuizing') },
      },
      summary: Object.fromEntries(
        Object.keys(results.variants).map((n) => [n, Object.fromEntries(['firstField', 'bytes', 'heap', 'longTasks', 'tbt'].map((k) => [k, stat(n, k)]))]),
      ),
      interactions: { keystroke, keystrokeAll, errorSummary, stepChange },
      pages: Object.fromEntries(Object.entries(meta.pages).map(([k, p]) => [k, { kind: p.kind, sizes: p.sizes }])),
      firstViews: meta.views,
      raw: results,
    },
    null,
    2,
  ),
);
console.log(`results: ${json}`);
