// docs/privacy.md stays true: its strongest claims are checked against the code, so a change that
// starts writing cookies or localStorage, puts an answer in a storage key or lock name, or moves the
// Idempotency-Key into a URL fails here and sends the author to the FG's document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { createDraftStore, draftKey, type StorageLike } from '../../../src/draft/draft-store.js';
import { createTabCoordinator, type ChannelLike, type LocksLike } from '../../../src/draft/tab-lock.js';
import { lookupKey } from '../../../src/submit/key-lookup.js';
import { sendSubmission } from '../../../src/submit/client.js';
import { lookupAddress } from '../../../src/lookup/pdok.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const doc = readFileSync(join(ROOT, 'docs/privacy.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** The code without its comments (string literals stay: `globalThis['localStorage']` counts too). */
function withoutComments(text: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  let out = '';
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) out += ' ';
    else out += scanner.getTokenText();
  }
  return out;
}

/** Browser storage and tracking APIs the document says the elements never touch. */
const FORBIDDEN: [string, RegExp][] = [
  ['localStorage', /\blocalStorage\b/],
  ['document.cookie', /\bdocument\s*(?:\.\s*cookie\b|\[\s*['"`]cookie['"`]\s*\])/],
  ['cookieStore', /\bcookieStore\b/],
  ['indexedDB', /\bindexedDB\b/],
  ['sendBeacon', /\bsendBeacon\b/],
];

function forbiddenUses(code: string): string[] {
  return FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
}

test('privacy: the check itself finds a use in code and ignores one in a comment', () => {
  assert.deepEqual(forbiddenUses(withoutComments('const a = window.localStorage; document.cookie = "x=1";')), ['localStorage', 'document.cookie']);
  assert.deepEqual(forbiddenUses(withoutComments("const c = document['cookie']; navigator.sendBeacon('/x');")), ['document.cookie', 'sendBeacon']);
  assert.deepEqual(forbiddenUses(withoutComments('// sessionStorage, not localStorage\n/* document.cookie */ const x = 1;')), []);
});

test('privacy: no localStorage, document.cookie, cookieStore, indexedDB or sendBeacon anywhere in src/', () => {
  const files = sourceFiles(join(ROOT, 'src'));
  assert.ok(files.length > 50, `expected the whole of src/, found ${files.length} files`);
  const found = files.flatMap((file) =>
    forbiddenUses(withoutComments(readFileSync(file, 'utf8'))).map((name) => `${file.slice(ROOT.length)}: ${name}`),
  );
  assert.deepEqual(found, []);
});

const BSN = '999993847';
const NAAM = 'Geheimenaam';

function memoryStorage(): StorageLike & { keys: string[]; values: Map<string, string> } {
  const values = new Map<string, string>();
  const keys: string[] = [];
  return {
    keys,
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      keys.push(key);
      values.set(key, value);
    },
    removeItem: (key) => void values.delete(key),
  };
}

test('privacy: the draft key is built from tag, gemeente code and element id, never from an answer', () => {
  assert.equal(
    draftKey({ tag: 'GEMEENTE-VERHUIZING', gemeenteCode: '0344', id: 'verhuizen' }),
    'gemeente-formulieren:gemeente-verhuizing:0344:id:verhuizen',
  );
  const storage = memoryStorage();
  const key = draftKey({ tag: 'gemeente-verhuizing', gemeenteCode: '0344', index: 0 });
  const store = createDraftStore({ storage, key });
  store.save({ draftId: 'b3f1c6a2-0000-4000-8000-000000000001', answers: { aangever: { burgerservicenummer: BSN, naam: NAAM } }, step: 'aangever' });
  store.markSent('VH-2026-000001', Date.now(), 'b3f1c6a2-0000-4000-8000-000000000001');
  assert.ok(storage.keys.length >= 2);
  for (const written of storage.keys) {
    assert.equal(written, key);
    assert.ok(!written.includes(BSN) && !written.includes(NAAM), written);
  }
  // After success only "sent, kenmerk, time, draft id" remains: no answer in the stored value.
  const stored = storage.values.get(key)!;
  assert.ok(!stored.includes(BSN) && !stored.includes(NAAM), stored);
  assert.deepEqual(Object.keys(JSON.parse(stored)).sort(), ['draftId', 'kenmerk', 'kind', 'sentAt', 'v']);
});

test('privacy: the element builds the draft key only from tag, gemeente code, id and position', () => {
  const code = readFileSync(join(ROOT, 'src/form/form-element.ts'), 'utf8');
  const calls = [...code.matchAll(/draftKey\(\{([^}]*)\}\)/g)].map((m) => m[1]!);
  assert.equal(calls.length, 1, 'one draftKey call in form-element.ts');
  const names = calls[0]!.split(',').map((part) => part.split(':')[0]!.trim()).filter(Boolean).sort();
  assert.deepEqual(names, ['gemeenteCode', 'id', 'index', 'tag']);
  assert.match(calls[0]!, /tag: this\.localName/);
  assert.match(calls[0]!, /id: this\.id\b/);
});

test('privacy: Web Lock and BroadcastChannel names and messages carry only the draft id and kenmerk', async () => {
  const draftId = 'b3f1c6a2-0000-4000-8000-000000000002';
  const names: string[] = [];
  const held: { name: string }[] = [];
  const locks: LocksLike = {
    async request(name, callback) {
      names.push(name);
      held.push({ name });
      const result = callback({ name });
      // The "sent" lock is held for the tab's lifetime: do not wait for it.
      if (name.includes(':verstuurd:')) return undefined;
      return await result;
    },
    async query() {
      return { held };
    },
  };
  const messages: unknown[] = [];
  const channel: ChannelLike = { postMessage: (m) => void messages.push(m), close() {}, onmessage: null };
  const tabs = createTabCoordinator(draftId, () => {}, { locks, channel });
  const outcome = await tabs.exclusive(async () => ({ kenmerk: 'VH-2026-000002', bsn: BSN }), (v) => v.kenmerk);
  assert.equal(outcome.kind, 'ran');
  await tabs.announceSent('VH-2026-000002');
  tabs.close();
  assert.deepEqual(names, [`gemeente-formulieren:verzenden:${draftId}`, `gemeente-formulieren:verstuurd:${draftId}:VH-2026-000002`]);
  assert.deepEqual(messages, [{ type: 'verstuurd', kenmerk: 'VH-2026-000002' }]);
  // The default channel name (tab-lock.ts) is the prefix and the draft id.
  assert.match(readFileSync(join(ROOT, 'src/draft/tab-lock.ts'), 'utf8'), /new BroadcastChannel\(`\$\{PREFIX\}:\$\{draftId\}`\)/);
});

test('privacy: the draft id is random (a new UUID) or the one the draft was stored with, never derived from answers', () => {
  const code = readFileSync(join(ROOT, 'src/form/form-element.ts'), 'utf8');
  const assignments = [...code.matchAll(/draftId\s*=\s*([^;]+);/g)].map((m) => m[1]!.trim());
  assert.ok(assignments.length >= 2, assignments.join(' | '));
  for (const value of assignments) assert.match(value, /^(newIdempotencyKey\(\)|loaded\.draftId)$/, value);
  assert.match(code, /createTabCoordinator\(this\.draftId,/);
});

test('privacy: the key lookup sends the Idempotency-Key in a header, and the URL is the endpoint as configured', async () => {
  const endpoint = 'https://formulieren.example.nl/api/verhuizing';
  const key = '0f8fad5b-d9cb-469f-a165-70867728950e';
  const seen: { url: string; init: RequestInit }[] = [];
  const result = await lookupKey(
    { endpoint, idempotencyKey: key, credentials: 'same-origin' },
    {
      fetch: async (url, init) => {
        seen.push({ url, init });
        return new Response(JSON.stringify({ kenmerk: 'VH-2026-000003' }), { status: 200, headers: { 'Content-Type': 'application/json' } });
      },
    },
  );
  assert.equal(result.kind, 'stored');
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.url, endpoint);
  assert.ok(!seen[0]!.url.includes(key));
  assert.equal(seen[0]!.init.method, 'GET');
  assert.equal(seen[0]!.init.body, undefined);
  assert.equal((seen[0]!.init.headers as Record<string, string>)['Idempotency-Key'], key);
});

test('privacy: the submission posts the answers in the body, never in the URL', async () => {
  const endpoint = 'https://formulieren.example.nl/api/verhuizing';
  const key = '1f8fad5b-d9cb-469f-a165-70867728950e';
  const seen: { url: string; init: RequestInit }[] = [];
  await sendSubmission(
    { endpoint, body: { gegevens: { aangever: { burgerservicenummer: BSN } } }, idempotencyKey: key, credentials: 'same-origin' },
    {
      fetch: async (url, init) => {
        seen.push({ url, init });
        return new Response(JSON.stringify({ kenmerk: 'VH-2026-000004' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
    },
  );
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.url, endpoint);
  assert.equal(seen[0]!.init.method, 'POST');
  assert.ok(String(seen[0]!.init.body).includes(BSN));
  assert.equal((seen[0]!.init.headers as Record<string, string>)['Idempotency-Key'], key);
});

test('privacy: the address lookup sends only postcode and huisnummer, without cookies or referrer', async () => {
  const seen: { url: string; init: RequestInit }[] = [];
  await lookupAddress('https://api.pdok.nl/bzk/locatieserver/search/v3_1/free', '3521 az', '1', {
    fetch: (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ response: { numFound: 0, start: 0, docs: [] } }), { status: 200 });
    }) as typeof fetch,
  });
  assert.equal(seen.length, 1);
  const url = new URL(seen[0]!.url);
  assert.deepEqual(url.searchParams.getAll('fq'), ['postcode:3521AZ', 'huisnummer:1', 'type:adres']);
  assert.deepEqual([...new Set(url.searchParams.keys())].sort(), ['fl', 'fq', 'rows']);
  assert.equal(seen[0]!.init.credentials, 'omit');
  assert.equal(seen[0]!.init.referrerPolicy, 'no-referrer');
});

test('privacy: every file docs/privacy.md cites exists', () => {
  const cited = [...doc.matchAll(/`((?:src|demo|test)\/[^`*\s]+\.(?:ts|js|md))`/g)].map((m) => m[1]!);
  assert.ok(cited.length > 15, `expected the document to cite its sources, found ${cited.length}`);
  const missing = cited.filter((path) => !existsSync(join(ROOT, path)));
  assert.deepEqual(missing, []);
});
