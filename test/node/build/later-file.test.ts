// The first-view split in the built classic scripts (issue 9, form/later.ts), in headless Chromium
// with real HTTP headers: a page load fetches the form script alone; the later file (zod, the
// schemas, the later steps) comes on the first interaction, with integrity and the page's nonce,
// under the same strict policies as the language files; a press before it arrived waits and is not
// lost; a file that is tampered with, missing or blocked gives an alert with the contact route and
// never runs. `npm test` builds first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { recordingTab, startPartPages, until, type Inserted, type PartPages } from './support/part-pages.js';

const NONCE = 'bGF0ZXItcGFydC0yMDI2LTEyLTAy';
const START = 'Verhuizing doorgeven aan de gemeente Utrecht';
const STEP_2 = 'Uw nieuwe adres';
const SUMMARY = 'Er is een probleem';
const WAIT = 'Even geduld, het formulier wordt verder geladen.';
const FAILED = 'Het formulier kan nu niet verder';
/** The start step's own message (the form's texts, first view) for an empty press. */
const MESSAGE = 'Kies waar u naartoe verhuist';
/** A shared validation message: it lives in the later file only (later/texts.ts). */
const LATER_MESSAGE = 'Kies een van de mogelijkheden bij {{veld}}';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe (WCAG 2.2 A/AA) on the element, put in through the debugger (not subject to the page's policy). */
async function axeViolations(tab: Page): Promise<string[]> {
  await tab.evaluate(AXE);
  return tab.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(el: Element, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector('gemeente-verhuizing')!, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, AXE_TAGS);
}

/** Later-file requests held back until released (the "slow" route). */
const held: Array<() => void> = [];
/** Every path this server was asked for, in order. */
const requested: string[] = [];

/**
 * Routes: /<variant>/dist/<file> serves dist/<file>, where the variant changes only the later file:
 * `ok` as built, `tampered` with one message changed (its SHA-384 no longer matches), `missing` a
 * 404, `slow` held until the test releases it. /page serves the test page with the policy in `?csp=`.
 */
function handler(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  requested.push(url.pathname);
  const headers = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
  if (url.pathname === '/page') {
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': url.searchParams.get('csp')! });
    res.end(pageHtml(url.searchParams.get('script')!, url.searchParams.has('nonce'), url.searchParams.get('tag')!, url.searchParams.get('persist')!));
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
  if (!file.endsWith('.later.js') || variant === 'ok') send(body);
  else if (variant === 'tampered') send(body.toString('utf8').replace(LATER_MESSAGE, 'Stuur ons uw bankgegevens bij {{veld}}'));
  else if (variant === 'missing') res.writeHead(404, headers).end();
  else held.push(() => send(body));
}

function pageHtml(script: string, nonce: boolean, tag: string, persist: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Utrecht</title>
<script src="${script}"${nonce ? ` nonce="${NONCE}"` : ''}></script></head>
<body><main><${tag} endpoint="/api/form" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off" persist="${persist}"
  contact-telefoon="14 030"></${tag}></main></body></html>`;
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
  summary: string;
  waiting: string;
  failed: string;
  text: string;
}

async function open(opts: { policy: string; script: string; nonce?: boolean; tag?: string; persist?: string }): Promise<{ tab: Page; seen: () => Promise<Seen> }> {
  const tab = await recordingTab(browser);
  const tag = opts.tag ?? 'gemeente-verhuizing';
  const query = new URLSearchParams({ csp: opts.policy, script: opts.script, tag, persist: opts.persist ?? 'none' });
  if (opts.nonce) query.set('nonce', '');
  await tab.goto(`${origin}/page?${query}`, { waitUntil: 'domcontentloaded' });
  const seen = () =>
    tab.evaluate((tag) => {
      const w = window as unknown as { violations: string[]; inserted: Seen['inserted'] };
      const root = document.querySelector(tag)?.shadowRoot;
      // No named helper functions in here: the test's transpiler would wrap them in a `__name` call
      // that does not exist in the page.
      const selectors = { heading: '.step-title', summary: '.error-summary', waiting: '.later-note', failed: '.later-error' };
      const texts = Object.fromEntries(
        Object.entries(selectors).map(([k, sel]) => [k, root?.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '']),
      ) as Record<keyof typeof selectors, string>;
      return { violations: w.violations, inserted: w.inserted, ...texts, text: root?.textContent?.replace(/\s+/g, ' ') ?? '' };
    }, tag);
  return { tab, seen };
}


const laterRequests = () => requested.filter((p) => p.endsWith('.later.js'));
/** Until the later file has arrived, and a moment more for the element to re-render with it. */
const laterArrived = async (tab: Page) => {
  await tab.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.later.js')), null, { timeout: 10000 });
  await new Promise((r) => setTimeout(r, 500));
};
/** "Volgende" by its name, pressed with the keyboard as a citizen does (focus first, then Enter). */
const pressNext = async (tab: Page) => {
  const button = tab.getByRole('button', { name: 'Volgende' });
  await button.focus();
  await tab.keyboard.press('Enter');
};

describe('the later part of the built classic scripts, real CSP headers', { timeout: 300000 }, () => {
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
  });

  test('a page load fetches the form script only; the first interaction brings the later file, and under each policy "Volgende" then validates', async () => {
    for (const [name, { policy, nonce }] of Object.entries(strictPolicies())) {
      requested.length = 0;
      const { tab, seen } = await open({ policy, nonce, script: `${origin}/ok/dist/gemeente-verhuizing.js` });
      try {
        await until(seen, (s) => s.heading === START, `${name}: first view`);
        await tab.waitForLoadState('load');
        await new Promise((r) => setTimeout(r, 300));
        assert.deepEqual(laterRequests(), [], `${name}: nothing of the later part before the citizen starts`);
        await pressNext(tab);
        const s = await until(seen, (x) => x.summary.includes(SUMMARY), `${name}: error summary`);
        assert.ok(s.summary.includes(MESSAGE), `${name}: the message from the later file: ${s.summary}`);
        assert.deepEqual(s.violations, [], `${name}: violations`);
        assert.deepEqual(laterRequests(), ['/ok/dist/gemeente-verhuizing.later.js'], name);
        const later = s.inserted.find((i) => i.src.endsWith('.later.js'))!;
        const hash = `sha384-${createHash('sha384').update(readFileSync('dist/gemeente-verhuizing.later.js')).digest('base64')}`;
        assert.equal(later.integrity, hash, `${name}: the integrity is the built file's SHA-384`);
        assert.equal(later.nonce, nonce ? NONCE : '', `${name}: the nonce of the form's own script`);
        assert.equal(later.crossOrigin, null, `${name}: same origin, no CORS mode`);
      } finally {
        await tab.context().close();
      }
    }
  });

  test('the host\'s Dutch translations show at once without i18next (it comes with the later file) and stay once it has come', async () => {
    requested.length = 0;
    const { tab, seen } = await open({ policy: `script-src ${origin}/ok/dist/`, script: `${origin}/ok/dist/gemeente-verhuizing.js` });
    try {
      await until(seen, (s) => s.heading === START, 'first view');
      await tab.evaluate(() => {
        const el = document.querySelector('gemeente-verhuizing') as HTMLElement & { translations?: unknown };
        el.translations = { nl: { navigatie: { volgende: 'Ga verder' }, verhuizing: { start: { nodigTitel: 'Dit heeft u bij de hand' } } } };
      });
      const s = await until(seen, (x) => x.text.includes('Ga verder') && x.text.includes('Dit heeft u bij de hand'), 'the overrides');
      assert.ok(s.text.includes('Stop en wis mijn gegevens'), 'the texts around the overrides stay');
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(laterRequests(), [], 'no later file (and no i18next) for Dutch overrides');
      const button = tab.getByRole('button', { name: 'Ga verder' });
      await button.focus();
      await tab.keyboard.press('Enter');
      const after = await until(seen, (x) => x.summary.includes(SUMMARY), 'error summary');
      assert.deepEqual(laterRequests(), ['/ok/dist/gemeente-verhuizing.later.js']);
      assert.ok(after.text.includes('Ga verder') && after.text.includes('Dit heeft u bij de hand'), 'i18next took the overrides');
      assert.ok(after.summary.includes(MESSAGE), after.summary);
    } finally {
      await tab.context().close();
    }
  });

  test('on another origin (a CDN) the later file comes with crossOrigin="anonymous" and integrity', async () => {
    const policy = `default-src 'none'; script-src ${otherOrigin}/ok/dist/; connect-src ${origin}/api/form; style-src 'none'`;
    const { tab, seen } = await open({ policy, script: `${otherOrigin}/ok/dist/gemeente-verhuizing.js` });
    try {
      await until(seen, (s) => s.heading === START, 'first view');
      await pressNext(tab);
      const s = await until(seen, (x) => x.summary.includes(SUMMARY), 'error summary');
      assert.deepEqual(s.violations, []);
      assert.equal(s.inserted.find((i) => i.src.endsWith('.later.js'))!.crossOrigin, 'anonymous');
    } finally {
      await tab.context().close();
    }
  });

  test('each classic script brings its own later file (overlijden, all forms)', async () => {
    const cases = [
      { script: 'gemeente-overlijden', tag: 'gemeente-overlijden', start: 'Aangifte van overlijden bij de gemeente Utrecht' },
      { script: 'gemeente-formulieren', tag: 'gemeente-overlijden', start: 'Aangifte van overlijden bij de gemeente Utrecht' },
      { script: 'gemeente-formulieren', tag: 'gemeente-verhuizing', start: START },
    ];
    for (const { script, tag, start } of cases) {
      requested.length = 0;
      const policy = `default-src 'none'; script-src ${origin}/ok/dist/; connect-src ${origin}/api/form; style-src 'none'`;
      const { tab, seen } = await open({ policy, tag, script: `${origin}/ok/dist/${script}.js` });
      try {
        await until(seen, (s) => s.heading === start, `${script} <${tag}>`);
        await pressNext(tab);
        const s = await until(seen, (x) => x.summary.includes(SUMMARY), `${script} <${tag}>: error summary`);
        assert.deepEqual(s.violations, [], script);
        assert.deepEqual(laterRequests(), [`/ok/dist/${script}.later.js`], script);
      } finally {
        await tab.context().close();
      }
    }
  });

  test('a press before the later file arrived says to wait, and runs once when it arrives (two presses are one step)', async () => {
    const { tab, seen } = await open({ policy: `script-src ${origin}/slow/dist/`, script: `${origin}/slow/dist/gemeente-verhuizing.js` });
    try {
      await until(seen, (s) => s.heading === START, 'first view');
      await tab.getByRole('radio', { name: 'Naar een adres in Nederland' }).check();
      await tab.getByRole('radio', { name: 'Ja' }).check();
      await pressNext(tab);
      await pressNext(tab);
      const waiting = await until(seen, (s) => s.waiting === WAIT && held.length === 1, 'waiting');
      assert.equal(waiting.heading, START, 'still on the first step');
      assert.deepEqual(await axeViolations(tab), [], 'axe while waiting');
      // The second press says it again: the region is emptied and filled a moment later (announcer.ts).
      await tab.waitForFunction(
        (wait) => document.querySelector('gemeente-verhuizing')!.shadowRoot!.querySelector('[aria-live]')?.textContent === wait,
        WAIT,
        { timeout: 5000 },
      );
      held.shift()!();
      const s = await until(seen, (x) => x.heading === STEP_2, 'after the file arrived');
      assert.equal(s.waiting, '', 'the status is gone');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal((await seen()).heading, STEP_2, 'one step on, not two');
    } finally {
      held.splice(0).forEach((release) => release());
      await tab.context().close();
    }
  });

  test('the first step is not rebuilt when the later file arrives: the radio the citizen is on keeps focus', async () => {
    const { tab, seen } = await open({ policy: `script-src ${origin}/slow/dist/`, script: `${origin}/slow/dist/gemeente-verhuizing.js` });
    try {
      await until(seen, (s) => s.heading === START, 'first view');
      await tab.getByRole('radio', { name: 'Naar een adres in Nederland' }).focus();
      await until(seen, () => held.length === 1, 'the later file asked for');
      await tab.evaluate(() => {
        const root = document.querySelector('gemeente-verhuizing')!.shadowRoot!;
        (window as unknown as { marked: Element | null }).marked = root.activeElement;
      });
      held.shift()!();
      // The element re-renders once the part is here (it may now show any step).
      await laterArrived(tab);
      const kept = await tab.evaluate(() => {
        const root = document.querySelector('gemeente-verhuizing')!.shadowRoot!;
        const marked = (window as unknown as { marked: Element | null }).marked;
        return { connected: Boolean(marked?.isConnected), focused: marked !== null && root.activeElement === marked };
      });
      assert.deepEqual(kept, { connected: true, focused: true });
    } finally {
      held.splice(0).forEach((release) => release());
      await tab.context().close();
    }
  });

  const failures = () => ({
    'a tampered later file (integrity mismatch)': { dir: 'tampered', policy: `script-src ${origin}/tampered/dist/` },
    'a missing later file (404)': { dir: 'missing', policy: `script-src ${origin}/missing/dist/` },
    'a later file the page policy blocks': { dir: 'ok', policy: `script-src ${origin}/ok/dist/gemeente-verhuizing.js` },
  });

  test('when the later file cannot load: an alert that says so, with the contact route, focused; never the tampered text', async () => {
    for (const [name, { dir, policy }] of Object.entries(failures())) {
      const { tab, seen } = await open({ policy, script: `${origin}/${dir}/dist/gemeente-verhuizing.js` });
      try {
        await until(seen, (s) => s.heading === START, `${name}: first view`);
        await pressNext(tab);
        const s = await until(seen, (x) => x.failed.includes(FAILED), name);
        assert.ok(s.failed.includes('Laad de pagina opnieuw'), `${name}: says what to do: ${s.failed}`);
        assert.ok(s.failed.includes('14 030'), `${name}: the contact route: ${s.failed}`);
        assert.equal(s.summary, '', `${name}: no error summary (nothing was validated)`);
        assert.ok(!s.text.includes('bankgegevens'), `${name}: the tampered text is not shown`);
        const role = await tab.evaluate(() => document.querySelector('gemeente-verhuizing')!.shadowRoot!.querySelector('.later-error')?.getAttribute('role'));
        assert.equal(role, 'alert', name);
        assert.deepEqual(await axeViolations(tab), [], `${name}: axe on the alert`);
        const focused = await tab.evaluate(() => document.querySelector('gemeente-verhuizing')!.shadowRoot!.activeElement?.className ?? '');
        assert.equal(focused, 'later-error__title', `${name}: focus on the alert's heading`);
        // The control: the blocked file is the one violation this listener sees (so it can see them).
        assert.equal(s.violations.length, dir === 'ok' ? 1 : 0, `${name}: ${s.violations.join(', ')}`);
      } finally {
        await tab.context().close();
      }
    }
  });

  test('a press that waited is dropped when the citizen wipes the form meanwhile', async () => {
    const { tab, seen } = await open({ policy: `script-src ${origin}/slow/dist/`, script: `${origin}/slow/dist/gemeente-verhuizing.js` });
    try {
      await until(seen, (s) => s.heading === START, 'first view');
      await pressNext(tab);
      await until(seen, (s) => s.waiting === WAIT && held.length === 1, 'waiting');
      await tab.getByRole('button', { name: 'Stop en wis mijn gegevens' }).click();
      await tab.getByRole('button', { name: 'Ja, wis mijn gegevens' }).click();
      await until(seen, (s) => s.text.includes('Uw gegevens zijn gewist.'), 'wiped');
      held.shift()!();
      await laterArrived(tab);
      const s = await seen();
      assert.equal(s.summary, '', 'no errors of the press before the wipe');
      assert.equal(s.waiting, '', 'no status left');
      assert.equal(s.heading, START);
    } finally {
      held.splice(0).forEach((release) => release());
      await tab.context().close();
    }
  });

  test('a later file that fails while the citizen is on a field (no press yet): the alert, but focus stays on the field', async () => {
    const { tab, seen } = await open({ policy: `script-src ${origin}/missing/dist/`, script: `${origin}/missing/dist/gemeente-verhuizing.js` });
    try {
      await until(seen, (s) => s.heading === START, 'first view');
      await tab.getByRole('radio', { name: 'Naar een adres in Nederland' }).focus();
      await until(seen, (s) => s.failed.includes(FAILED), 'the alert');
      await new Promise((r) => setTimeout(r, 300));
      const focused = await tab.evaluate(() => {
        const active = document.querySelector('gemeente-verhuizing')!.shadowRoot!.activeElement as HTMLInputElement | null;
        return active?.type === 'radio' ? active.value : active?.className ?? null;
      });
      assert.equal(focused, 'binnenland');
    } finally {
      await tab.context().close();
    }
  });

  test('a draft that comes back past the first step brings the later file at once and shows its step', async () => {
    const policy = `default-src 'none'; script-src ${origin}/ok/dist/; connect-src ${origin}/api/form; style-src 'none'`;
    const { tab, seen } = await open({ policy, persist: 'session', script: `${origin}/ok/dist/gemeente-verhuizing.js` });
    try {
      await until(seen, (s) => s.heading === START, 'first view');
      await tab.getByRole('radio', { name: 'Naar een adres in Nederland' }).check();
      await tab.getByRole('radio', { name: 'Ja' }).check();
      await pressNext(tab);
      await until(seen, (s) => s.heading === STEP_2, 'step 2');
      requested.length = 0;
      await tab.reload({ waitUntil: 'domcontentloaded' });
      const s = await until(seen, (x) => x.heading === STEP_2, 'step 2 after the reload, without any interaction');
      assert.deepEqual(s.violations, []);
      assert.deepEqual(laterRequests(), ['/ok/dist/gemeente-verhuizing.later.js']);
    } finally {
      await tab.context().close();
    }
  });
});

describe('what is in which file (the built classic scripts)', () => {
  for (const script of ['gemeente-verhuizing', 'gemeente-overlijden', 'gemeente-formulieren']) {
    test(`${script}.js has no zod and no payload schema; ${script}.later.js has them, and no lit or i18next of its own`, () => {
      const first = readFileSync(`dist/${script}.js`, 'utf8');
      const later = readFileSync(`dist/${script}.later.js`, 'utf8');
      // zod v4 keeps its internals under `_zod` on every schema; lit-html marks its templates with
      // `lit$`; i18next names itself in its logger.
      assert.ok(!first.includes('_zod'), 'zod in the first view');
      assert.ok(later.includes('_zod'), 'zod is in the later file');
      assert.ok(!first.includes(LATER_MESSAGE), 'a shared validation message in the first view');
      assert.ok(later.includes(LATER_MESSAGE), 'the shared validation messages are in the later file');
      assert.ok(first.includes('lit$') && !later.includes('lit$'), 'lit exists once: in the form script');
      // i18next comes with the later part (i18n/i18n.ts): the first view's Dutch texts do without it.
      assert.ok(!first.includes('i18next') && later.includes('i18next'), 'i18next exists once: in the later file');
      const integrity = `sha384-${createHash('sha384').update(readFileSync(`dist/${script}.later.js`)).digest('base64')}`;
      assert.ok(first.includes(integrity), 'the form script carries the later file\'s SHA-384');
      // The wrapper takes the first line: the source map starts one line down.
      const map = JSON.parse(readFileSync(`dist/${script}.later.js.map`, 'utf8')) as { mappings: string };
      assert.ok(later.startsWith('(function(){var s=document.currentScript;') && later.split('\n')[0]!.endsWith('return('), 'the wrapper is line 1');
      assert.ok(map.mappings.startsWith(';') && !map.mappings.startsWith(';;'), 'the map is shifted by exactly one line');
    });
  }
});
