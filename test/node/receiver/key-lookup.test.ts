// `GET /api/<formulier>` with an Idempotency-Key header (product.md, "Asking the endpoint about a key"),
// and the element's client for it against the real receiver and against a receiver without it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { startReceiver, type StartReceiverOptions } from '../../../demo/receiver/receiver.js';
import { lookupKey } from '../../../src/submit/key-lookup.js';
import { acceptAll, post, sampleEnvelope, tempDbPath } from './helpers.js';

const ORIGIN = 'http://127.0.0.1:8080';

async function withReceiver(options: Partial<StartReceiverOptions>, run: (url: string) => Promise<void>): Promise<void> {
  const server = await startReceiver({
    dbPath: tempDbPath(),
    allowedOrigins: [ORIGIN],
    forms: { verhuizing: acceptAll, overlijden: acceptAll },
    today: () => '2026-11-30',
    now: () => new Date('2026-11-30T09:15:00Z'),
    ...options,
  });
  try {
    await run(server.url);
  } finally {
    await server.close();
  }
}

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });

describe('receiver: asking about a key', () => {
  it('answers 200 { kenmerk } for a stored key (any case), 404 for an unknown one, with CORS for the page', async () => {
    await withReceiver({}, async (url) => {
      const key = randomUUID();
      const stored = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      assert.equal(stored.status, 201);
      for (const spelling of [key, key.toUpperCase()]) {
        const res = await get(`${url}/api/verhuizing`, { 'Idempotency-Key': spelling, Origin: ORIGIN });
        assert.equal(res.status, 200);
        assert.deepEqual(await res.json(), { kenmerk: stored.json.kenmerk });
        assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
        assert.equal(res.headers.get('cache-control'), 'no-store');
      }
      const unknown = await get(`${url}/api/verhuizing`, { 'Idempotency-Key': randomUUID(), Origin: ORIGIN });
      assert.equal(unknown.status, 404);
      assert.match(unknown.headers.get('content-type')!, /^application\/problem\+json/);
      assert.equal(unknown.headers.get('access-control-allow-origin'), ORIGIN);
    });
  });

  it('answers only for its own form: a verhuizing key asked at /api/overlijden is 404', async () => {
    await withReceiver({}, async (url) => {
      const key = randomUUID();
      await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      assert.equal((await get(`${url}/api/overlijden`, { 'Idempotency-Key': key })).status, 404);
    });
  });

  it('wants the key in the header: without it, or not a UUID, or only in the URL, is 400', async () => {
    await withReceiver({}, async (url) => {
      const key = randomUUID();
      await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      assert.equal((await get(`${url}/api/verhuizing`)).status, 400);
      assert.equal((await get(`${url}/api/verhuizing`, { 'Idempotency-Key': 'abc' })).status, 400);
      assert.equal((await get(`${url}/api/verhuizing?idempotencyKey=${key}`)).status, 400);
    });
  });

  it('the preflight allows GET with the Idempotency-Key header', async () => {
    await withReceiver({}, async (url) => {
      const res = await fetch(`${url}/api/verhuizing`, {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'idempotency-key' },
      });
      assert.equal(res.status, 204);
      assert.match(res.headers.get('access-control-allow-methods')!, /\bGET\b/);
      assert.match(res.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
    });
  });

  it('with keyLookup: false it is a backend without the operation: 405, and the preflight allows POST only', async () => {
    await withReceiver({ keyLookup: false }, async (url) => {
      const key = randomUUID();
      await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      const res = await get(`${url}/api/verhuizing`, { 'Idempotency-Key': key });
      assert.equal(res.status, 405);
      assert.equal(res.headers.get('allow'), 'POST, OPTIONS');
      const pre = await fetch(`${url}/api/verhuizing`, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' } });
      assert.equal(pre.headers.get('access-control-allow-methods'), 'POST');
    });
  });
});

describe('lookupKey (the element\'s client)', () => {
  it('against the real receiver: stored → kenmerk; unknown → unknown 404; without the operation → unknown 405', async () => {
    const key = randomUUID();
    await withReceiver({}, async (url) => {
      const stored = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      const request = { endpoint: `${url}/api/verhuizing`, credentials: 'same-origin' as const, headers: { 'X-CSRF-Token': 't' } };
      assert.deepEqual(await lookupKey({ ...request, idempotencyKey: key }), { kind: 'stored', kenmerk: stored.json.kenmerk });
      assert.deepEqual(await lookupKey({ ...request, idempotencyKey: randomUUID() }), { kind: 'unknown', status: 404 });
    });
    await withReceiver({ keyLookup: false }, async (url) => {
      await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      assert.deepEqual(
        await lookupKey({ endpoint: `${url}/api/verhuizing`, credentials: 'same-origin', idempotencyKey: key }),
        { kind: 'unknown', status: 405 },
      );
    });
  });

  it('sends the key as a header only, with the extra headers and credentials; a network failure or a 200 without kenmerk is unknown', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const result = await lookupKey(
      { endpoint: 'https://api.example/verhuizing', idempotencyKey: 'k-1', credentials: 'include', headers: { 'X-CSRF-Token': 't', 'idempotency-key': 'evil' } },
      { fetch: async (url, init) => (calls.push({ url, init }), new Response('{"status":"ok"}', { status: 200 })) },
    );
    assert.deepEqual(result, { kind: 'unknown', status: 200 });
    assert.equal(calls[0]!.url, 'https://api.example/verhuizing');
    assert.equal(calls[0]!.init.method, 'GET');
    assert.equal(calls[0]!.init.credentials, 'include');
    assert.deepEqual(calls[0]!.init.headers, { 'X-CSRF-Token': 't', Accept: 'application/json, application/problem+json', 'Idempotency-Key': 'k-1' });
    assert.deepEqual(
      await lookupKey({ endpoint: 'https://x/', idempotencyKey: 'k', credentials: 'omit' }, { fetch: () => Promise.reject(new TypeError('Failed to fetch')) }),
      { kind: 'unknown' },
    );
  });

  it('gives up after its timeout', async () => {
    const never = (_: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    assert.deepEqual(await lookupKey({ endpoint: 'https://x/', idempotencyKey: 'k', credentials: 'omit' }, { fetch: never, timeoutMs: 20 }), { kind: 'unknown' });
  });
});
