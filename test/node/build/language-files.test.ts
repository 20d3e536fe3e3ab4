// English on demand in the built classic scripts (issue 9 item 3), in headless Chromium with real
// HTTP headers: the page's Content-Security-Policy comes from this server, never from a <meta>.
// `npm test` builds first. Each page counts `securitypolicyviolation` events from an init script
// (CDP, not subject to the page's policy) and records the script elements the form script inserts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { recordingTab, startPartPages, until, type Inserted, type PartPages } from './support/part-pages.js';

const NONCE = 'b2F0bWVhbC1yYWlzaW4tMjAyNg==';
const DUTCH = 'Verhuizing doorgeven aan de gemeente Utrecht';
const ENGLISH = 'Report your move to the municipality of Utrecht';
const NOTE_EN = 'The English version of this form could not be loaded, so it is shown in Dutch.';
const NOTE_NL = 'De Engelse versie van dit formulier kon niet worden geladen.';

/** Language-file requests held back until released (the "slow" route). */
const held: Array<() => void> = [];

/**
 * Routes: /<variant>/dist/<file> serves dist/<file>, where the variant changes only the English file:
 * `ok` as built, `tampered` with one text changed (so its SHA-384 no longer matches), `missing` a 404,
 * `slow` held until the test releases it. /page serves the test page with the policy in `?csp=`.
 */
function handler(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const headers = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
  if (url.pathname === '/page') {
    const policy = url.searchParams.get('csp')!;
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
    res.end(pageHtml(url.searchParams.get('script')!, url.searchParams.get('lang')!, url.searchParams.has('nonce'), url.searchParams.get('tag')!));
    return;
  }
  const match = /^\/(ok|tampered|missing|slow)\/dist\/([\w.-]+\.js)$/.exec(url.pathname);
  if (!match) {
    res.writeHead(404, headers).end();
    return;
  }
  const [, variant, file] = match as unknown as [string, string, string];
  const send = (body: Buffer | string) => res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(body);
  const body = readFileSync(`dist/${file}`);
  if (!file.endsWith('.en.js') || variant === 'ok') send(body);
  else if (variant === 'tampered') send(body.toString('utf8').replace('Report your move to the municipality of', 'Send us your bank details, municipality of'));
  else if (variant === 'missing') res.writeHead(404, headers).end();
  else held.push(() => send(body));
}

function pageHtml(script: string, lang: string, nonce: boolean, tag: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Gemeente Utrecht</title>
<script src="${script}"${nonce ? ` nonce="${NONCE}"` : ''}></script></head>
<body><main><${tag} endpoint="/api/form" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off" persist="none"></${tag}></main></body></html>`;
}

let pages: PartPages;
let browser: Browser;
let origin: string;
let otherOrigin: string;

before(async () => {
  pages = await startPartPages(handler);
  ({ browser, origin, otherOrigin } = pages);
});

after(async () => {
  await pages?.close();
});

interface Seen {
  violations: string[];
  inserted: Inserted[];
  heading: string;
  /** The form's own heading (an alert above it has an h2 of its own). */
  title: string;
  rootLang: string | null;
  note: string;
}

/** Opens the test page with `policy` as its CSP header; resolves when `ready` holds for what it sees. */
async function open(
  opts: { policy: string; script: string; lang?: string; nonce?: boolean; tag?: string },
): Promise<{ tab: Page; seen: () => Promise<Seen> }> {
  const tab = await recordingTab(browser);
  const tag = opts.tag ?? 'gemeente-verhuizing';
  const query = new URLSearchParams({ csp: opts.policy, script: opts.script, lang: opts.lang ?? 'en', tag });
  if (opts.nonce) query.set('nonce', '');
  // Not "load": an inserted language file still on its way delays the load event.
  await tab.goto(`${origin}/page?${query}`, { waitUntil: 'domcontentloaded' });
  const seen = () =>
    tab.evaluate((tag) => {
      const w = window as unknown as { violations: string[]; inserted: Seen['inserted'] };
      const root = document.querySelector(tag)?.shadowRoot;
      return {
        violations: w.violations,
        inserted: w.inserted,
        heading: root?.querySelector('h1, h2')?.textContent?.trim() ?? '',
        title: root?.querySelector('h1, h2:not(.later-error__title)')?.textContent?.trim() ?? '',
        rootLang: root?.querySelector('.root')?.getAttribute('lang') ?? null,
        note: root?.querySelector('.language-note')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      };
    }, tag);
  return { tab, seen };
}


const english = (s: Seen) => s.heading === ENGLISH;
const dutchWithNote = (s: Seen) => s.title === DUTCH && s.note !== '';

describe('English on demand, built classic script, real CSP headers', { timeout: 240000 }, () => {
  const strictPolicies = () => ({
    'the exact policy (script-src <origin>/dist/)': {
      policy: `default-src 'none'; script-src ${origin}/ok/dist/; connect-src ${origin}/api/form; style-src 'none'`,
      nonce: false,
    },
    'nonce only': {
      policy: `default-src 'none'; script-src 'nonce-${NONCE}'; connect-src ${origin}/api/form; style-src 'none'`,
      nonce: true,
    },
    "'strict-dynamic'": {
      policy: `default-src 'none'; script-src 'nonce-${NONCE}' 'strict-dynamic'; connect-src ${origin}/api/form; style-src 'none'`,
      nonce: true,
    },
    "require-trusted-types-for 'script'": {
      policy: `default-src 'none'; script-src ${origin}/ok/dist/; connect-src ${origin}/api/form; style-src 'none'; require-trusted-types-for 'script'`,
      nonce: false,
    },
    "require-trusted-types-for 'script' with a trusted-types allow-list": {
      policy:
        `default-src 'none'; script-src ${origin}/ok/dist/; connect-src ${origin}/api/form; style-src 'none'; ` +
        `require-trusted-types-for 'script'; trusted-types gemeente-formulieren lit-html`,
      nonce: false,
    },
  });

  test('under each policy: no violation, English on screen, the inserted script carries integrity (and the nonce)', async () => {
    for (const [name, { policy, nonce }] of Object.entries(strictPolicies())) {
      const { tab, seen } = await open({ policy, nonce, script: `${origin}/ok/dist/gemeente-verhuizing.js` });
      try {
        const s = await until(seen, english, name);
        assert.deepEqual(s.violations, [], `${name}: violations`);
        assert.equal(s.rootLang, 'en', name);
        assert.equal(s.note, '', name);
        // The language file, and the later file that brings i18next (i18n/i18n.ts), asked for side by side.
        assert.deepEqual(
          s.inserted.map((i) => i.src).sort(),
          [`${origin}/ok/dist/gemeente-verhuizing.en.js`, `${origin}/ok/dist/gemeente-verhuizing.later.js`],
          `${name}: the language file and the later file inserted`,
        );
        for (const script of s.inserted) {
          assert.match(script.integrity, /^sha384-[A-Za-z0-9+/]{64}$/, name);
          assert.equal(script.nonce, nonce ? NONCE : '', `${name}: the nonce of the form's own script`);
          assert.equal(script.crossOrigin, null, `${name}: same origin, no CORS mode`);
        }
      } finally {
        await tab.context().close();
      }
    }
  });

  test('a script on another origin (a CDN): crossOrigin="anonymous" with integrity, English on screen, no violation', async () => {
    const policy = `default-src 'none'; script-src ${otherOrigin}/ok/dist/; connect-src ${origin}/api/form; style-src 'none'`;
    const { tab, seen } = await open({ policy, script: `${otherOrigin}/ok/dist/gemeente-verhuizing.js` });
    try {
      const s = await until(seen, english, 'cross-origin');
      assert.deepEqual(s.violations, []);
      assert.equal(s.inserted.length, 2);
      for (const script of s.inserted) assert.equal(script.crossOrigin, 'anonymous');
    } finally {
      await tab.context().close();
    }
  });

  test('the overlijden script and the all-forms script load their own English file under the exact policy', async () => {
    const cases = [
      { script: 'gemeente-overlijden', tag: 'gemeente-overlijden', english: 'Register a death with the municipality of Utrecht' },
      { script: 'gemeente-formulieren', tag: 'gemeente-overlijden', english: 'Register a death with the municipality of Utrecht' },
      { script: 'gemeente-formulieren', tag: 'gemeente-verhuizing', english: ENGLISH },
    ];
    for (const { script, tag, english: expected } of cases) {
      const policy = `default-src 'none'; script-src ${origin}/ok/dist/; connect-src ${origin}/api/form; style-src 'none'`;
      const { tab, seen } = await open({ policy, tag, script: `${origin}/ok/dist/${script}.js` });
      try {
        const s = await until(seen, (x) => x.heading === expected, `${script} <${tag}>`);
        assert.deepEqual(s.violations, [], script);
        assert.deepEqual(s.inserted.map((i) => i.src).sort(), [`${origin}/ok/dist/${script}.en.js`, `${origin}/ok/dist/${script}.later.js`], script);
      } finally {
        await tab.context().close();
      }
    }
  });

  const failures = () => ({
    'a tampered language file (integrity mismatch)': { dir: 'tampered', policy: `script-src ${origin}/tampered/dist/` },
    'a missing language file (404)': { dir: 'missing', policy: `script-src ${origin}/missing/dist/` },
    'a language file the page policy blocks': { dir: 'ok', policy: `script-src ${origin}/ok/dist/gemeente-verhuizing.js` },
  });

  test('when English cannot load: Dutch, marked lang="nl", with the note in both languages; never the tampered text', async () => {
    for (const [name, { dir, policy }] of Object.entries(failures())) {
      const { tab, seen } = await open({ policy, script: `${origin}/${dir}/dist/gemeente-verhuizing.js` });
      try {
        const s = await until(seen, dutchWithNote, name);
        assert.equal(s.rootLang, 'nl', name);
        assert.ok(s.note.includes(NOTE_EN) && s.note.includes(NOTE_NL), `${name}: ${s.note}`);
        const text = await tab.evaluate(() => document.querySelector('gemeente-verhuizing')!.shadowRoot!.textContent!);
        assert.ok(!text.includes('bank details'), `${name}: the tampered text is not shown`);
        const langs = await tab.evaluate(() =>
          [...document.querySelector('gemeente-verhuizing')!.shadowRoot!.querySelectorAll('.language-note [lang]')].map((e) => e.getAttribute('lang')),
        );
        assert.deepEqual(langs, ['en', 'nl'], `${name}: each half of the note says its language`);
        // The control: the blocked files (the language file and the later file beside it) are the
        // violations this listener sees (so it can see them).
        assert.equal(s.violations.length, dir === 'ok' ? 2 : 0, `${name}: ${s.violations.join(', ')}`);
        // A blocked later file is said too (the form cannot go on without it); a tampered or missing
        // language file leaves the form as it is.
        assert.equal(s.heading, dir === 'ok' ? 'Het formulier kan nu niet verder' : DUTCH, name);
      } finally {
        await tab.context().close();
      }
    }
  });

  test('until English arrives the Dutch text shows, marked lang="nl"; then English, marked lang="en"', async () => {
    const { tab, seen } = await open({ policy: `script-src ${origin}/slow/dist/`, script: `${origin}/slow/dist/gemeente-verhuizing.js` });
    try {
      const waiting = await until(seen, (s) => s.heading === DUTCH && held.length === 1, 'while loading');
      assert.equal(waiting.rootLang, 'nl');
      assert.equal(waiting.note, '');
      held.shift()!();
      const s = await until(seen, english, 'after the file arrived');
      assert.equal(s.rootLang, 'en');
    } finally {
      held.splice(0).forEach((release) => release());
      await tab.context().close();
    }
  });

  test('a Dutch page loads no language file; a live switch to English loads it then and shows English', async () => {
    const { tab, seen } = await open({ policy: `script-src ${origin}/ok/dist/`, script: `${origin}/ok/dist/gemeente-verhuizing.js`, lang: 'nl' });
    try {
      const requests: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      await until(seen, (s) => s.heading === DUTCH, 'Dutch');
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual((await seen()).inserted, []);
      assert.deepEqual(requests.filter((u) => u.endsWith('.en.js')), []);
      await tab.evaluate(() => document.querySelector('gemeente-verhuizing')!.setAttribute('lang', 'en'));
      const s = await until(seen, english, 'after the switch');
      assert.deepEqual(s.violations, []);
      assert.deepEqual(s.inserted.map((i) => i.src).sort(), [`${origin}/ok/dist/gemeente-verhuizing.en.js`, `${origin}/ok/dist/gemeente-verhuizing.later.js`]);
    } finally {
      await tab.context().close();
    }
  });
});
