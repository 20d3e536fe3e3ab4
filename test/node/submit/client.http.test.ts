// The client against a real node:http server on 127.0.0.1 with Node's own fetch: the bytes on the wire,
// real sockets, real AbortController timeouts. Backoff delays are still recorded, not waited for.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendSubmission, type SendOptions } from '../../../src/submit/client.js';
import { newIdempotencyKey } from '../../../src/submit/idempotency.js';

interface Received {
  method: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: Server[] = [];
after(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Starts a server on an ephemeral port; `handle` gets the request number (1-based) and the full body. */
async function serve(handle: (n: number, req: Received, res: ServerResponse) => void): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const entry = { method: req.method, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(entry);
      handle(received.length, entry, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/verhuizing`, received };
}

function recordingSleep(delays: number[]): SendOptions['sleep'] {
  return async (ms) => {
    delays.push(ms);
  };
}

const envelope = {
  formulier: 'verhuizing',
  versie: '1',
  gemeente: { code: '0344', naam: 'Utrecht' },
  taal: 'nl',
  ingediendOp: '2026-03-02T09:15:00.000Z',
  gegevens: { nieuwAdres: { straat: 'Oudegracht', postcode: '3511AB', woonplaats: "'s-Hertogenbosch" } },
  bijlagen: [],
};

test('two 503s then 201: three requests with the same Idempotency-Key, the kenmerk returned', async () => {
  const { url, received } = await serve((n, _req, res) => {
    if (n <= 2) {
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Even niet beschikbaar');
      return;
    }
    res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ kenmerk: 'VH-2026-000777' }));
  });
  const key = newIdempotencyKey();
  const delays: number[] = [];
  const result = await sendSubmission(
    { endpoint: url, body: envelope, idempotencyKey: key, credentials: 'same-origin', headers: { 'X-CSRF-Token': 'tok' } },
    { sleep: recordingSleep(delays) },
  );

  assert.deepEqual(result, { kind: 'ok', kenmerk: 'VH-2026-000777', status: 201, response: { kenmerk: 'VH-2026-000777' } });
  assert.equal(received.length, 3);
  assert.deepEqual(
    received.map((r) => r.headers['idempotency-key']),
    [key, key, key],
  );
  for (const r of received) {
    assert.equal(r.method, 'POST');
    assert.equal(r.headers['content-type'], 'application/json');
    assert.equal(r.headers['accept'], 'application/json, application/problem+json');
    assert.equal(r.headers['x-csrf-token'], 'tok');
    assert.deepEqual(JSON.parse(r.body), envelope);
  }
  assert.deepEqual(delays, [1000, 2000]);
});

test('a server that never answers: each attempt times out, then retry-exhausted', async () => {
  const { url, received } = await serve(() => {
    // Never respond.
  });
  const delays: number[] = [];
  const started = Date.now();
  const result = await sendSubmission(
    { endpoint: url, body: envelope, idempotencyKey: newIdempotencyKey(), credentials: 'same-origin' },
    { sleep: recordingSleep(delays), timeoutMs: 150, maxAttempts: 2, minUploadBytesPerSecond: Infinity },
  );
  assert.deepEqual(result, { kind: 'retry-exhausted', attempts: 2, cause: 'timeout' });
  assert.equal(received.length, 2);
  assert.deepEqual(delays, [1000]);
  assert.ok(Date.now() - started >= 2 * 150 - 20, 'each attempt waited for its timeout');
});

test('a server that sends the headers and then stalls mid-body is a timeout too', async () => {
  const { url, received } = await serve((_n, _req, res) => {
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.write('{"kenmerk": "VH-');
  });
  const result = await sendSubmission(
    { endpoint: url, body: envelope, idempotencyKey: newIdempotencyKey(), credentials: 'same-origin' },
    { sleep: recordingSleep([]), timeoutMs: 150, maxAttempts: 1, minUploadBytesPerSecond: Infinity },
  );
  assert.deepEqual(result, { kind: 'retry-exhausted', attempts: 1, cause: 'timeout' });
  assert.equal(received.length, 1);
});

test('429 with Retry-After, then a problem+json 422 with invalidParams', async () => {
  const { url, received } = await serve((n, _req, res) => {
    if (n === 1) {
      res.writeHead(429, { 'Retry-After': '3' }).end();
      return;
    }
    res.writeHead(422, { 'Content-Type': 'application/problem+json' }).end(
      JSON.stringify({
        type: 'about:blank',
        title: 'Ongeldige invoer',
        status: 422,
        invalidParams: [{ name: 'gegevens.nieuwAdres.postcode', code: 'fout.postcode.gemeente', reason: 'Deze postcode ligt niet in Utrecht.' }],
      }),
    );
  });
  const delays: number[] = [];
  const result = await sendSubmission(
    { endpoint: url, body: envelope, idempotencyKey: newIdempotencyKey(), credentials: 'same-origin' },
    { sleep: recordingSleep(delays) },
  );
  assert.equal(result.kind, 'invalid');
  assert.deepEqual(result.kind === 'invalid' && result.invalidParams.map((p) => p.name), ['gegevens.nieuwAdres.postcode']);
  assert.deepEqual(delays, [3000]);
  assert.equal(received.length, 2);
});

test('a refused connection is a network failure, retried', async () => {
  // Take a free port and close it again, so nothing listens there.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));

  const delays: number[] = [];
  const result = await sendSubmission(
    { endpoint: `http://127.0.0.1:${port}/verhuizing`, body: envelope, idempotencyKey: newIdempotencyKey(), credentials: 'same-origin' },
    { sleep: recordingSleep(delays), maxAttempts: 3 },
  );
  assert.deepEqual(result, { kind: 'retry-exhausted', attempts: 3, cause: 'network' });
  assert.deepEqual(delays, [1000, 2000]);
});

test('the caller aborting a real request in flight gives aborted, not a retry', async () => {
  const controller = new AbortController();
  // The element is disconnected while the server is still working on the request.
  const { url, received } = await serve(() => controller.abort());
  const result = await sendSubmission(
    { endpoint: url, body: envelope, idempotencyKey: newIdempotencyKey(), credentials: 'same-origin' },
    { sleep: recordingSleep([]), signal: controller.signal },
  );
  assert.deepEqual(result, { kind: 'aborted' });
  assert.equal(received.length, 1);
});
