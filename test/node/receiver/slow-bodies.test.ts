// Issue 8, hole 8: a slow client is cut within the bound, and large bodies in flight are bounded.
// Raw sockets on 127.0.0.1, so the test controls exactly how slowly each byte arrives.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { startReceiver, type StartReceiverOptions } from '../../../demo/receiver/receiver.js';
import { acceptAll, post, sampleEnvelope, tempDbPath } from './helpers.js';

async function withReceiver(options: Partial<StartReceiverOptions>, run: (url: string, port: number) => Promise<void>) {
  const server = await startReceiver({ dbPath: tempDbPath(), allowedOrigins: [], forms: { verhuizing: acceptAll }, ...options });
  try {
    await run(server.url, server.port);
  } finally {
    await server.close();
  }
}

interface OpenRequest {
  socket: Socket;
  /** Everything the server answered, once the socket closed. */
  closed: Promise<{ answer: string; afterMs: number }>;
}

/** Opens a connection and writes `head`; the caller writes (or dribbles) the body. */
function openRequest(port: number, head: string): Promise<OpenRequest> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      const started = performance.now();
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      const closed = new Promise<{ answer: string; afterMs: number }>((done) =>
        socket.once('close', () => done({ answer, afterMs: performance.now() - started })),
      );
      socket.write(head);
      resolve({ socket, closed });
    });
    socket.once('error', reject);
  });
}

const postHead = (length: number | 'chunked') =>
  [
    'POST /api/verhuizing HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Idempotency-Key: ${randomUUID()}`,
    length === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${length}`,
    '',
    '',
  ].join('\r\n');

/** Writes one byte every `everyMs` until the socket closes; returns a stop function. */
function dribble(socket: Socket, everyMs: number): () => void {
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(' ');
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
  return () => clearInterval(timer);
}

describe('receiver: slow bodies (hole 8)', () => {
  it('cuts a slow-loris body at the body deadline with 408', async () => {
    await withReceiver({ bodyTimeoutMs: 1_000 }, async (_url, port) => {
      const request = await openRequest(port, postHead(100_000));
      dribble(request.socket, 50);
      const { answer, afterMs } = await request.closed;
      assert.match(answer, /^HTTP\/1\.1 408 /);
      assert.match(answer, /application\/problem\+json/);
      assert.match(answer, /"code":"te-traag"/);
      assert.ok(afterMs >= 900 && afterMs < 3_000, `closed after ${afterMs.toFixed(0)} ms`);
    });
  });

  it('cuts a client that sends its headers one line at a time', async () => {
    await withReceiver({ timeouts: { headersMs: 1_000, checkIntervalMs: 200 } }, async (_url, port) => {
      const request = await openRequest(port, 'POST /api/verhuizing HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      const timer = setInterval(() => request.socket.destroyed || request.socket.write(`X-Langzaam-${Math.random()}: 1\r\n`), 100);
      const { answer, afterMs } = await request.closed;
      clearInterval(timer);
      assert.match(answer, /^HTTP\/1\.1 408 /);
      assert.ok(afterMs < 3_000, `closed after ${afterMs.toFixed(0)} ms`);
    });
  });

  it('sends a default of 60 s for the body and 10 s for the headers', async () => {
    const { DEFAULT_BODY_TIMEOUT_MS } = await import('../../../demo/receiver/receiver.js');
    const { DEFAULT_TIMEOUTS } = await import('../../../demo/receiver/http.js');
    assert.equal(DEFAULT_BODY_TIMEOUT_MS, 60_000);
    assert.equal(DEFAULT_TIMEOUTS.headersMs, 10_000);
    assert.ok(DEFAULT_TIMEOUTS.requestMs < 300_000, 'below Node’s 300 s default');
  });

  it('reads at most maxLargeBodies bodies over 1 MB at once; the next gets 503 with Retry-After', async () => {
    await withReceiver({ maxLargeBodies: 2, busyRetryAfter: 7 }, async (url, port) => {
      const large = 2 * 1024 * 1024;
      const first = await openRequest(port, postHead(large));
      const second = await openRequest(port, postHead(large));
      first.socket.write(' '.repeat(1000));
      second.socket.write(' '.repeat(1000));
      await new Promise((r) => setTimeout(r, 100));

      const third = await fetch(`${url}/api/verhuizing`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ ...sampleEnvelope(), opvulling: ' '.repeat(large) }),
      });
      assert.equal(third.status, 503);
      assert.equal(third.headers.get('retry-after'), '7');
      assert.equal((await third.json()).code, 'bezet');

      // A chunked body that grows past 1 MB is refused the same way.
      const chunked = await openRequest(port, postHead('chunked'));
      const chunk = ' '.repeat(256 * 1024);
      for (let i = 0; i < 5; i++) chunked.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      const refused = await chunked.closed;
      assert.match(refused.answer, /^HTTP\/1\.1 503 /);
      assert.match(refused.answer, /Retry-After: 7/i);

      // Small bodies are not held up.
      assert.equal((await post(`${url}/api/verhuizing`, sampleEnvelope())).status, 201);

      // Once one large body is done, the next large one is read.
      first.socket.destroy();
      await first.closed;
      await new Promise((r) => setTimeout(r, 50));
      const fourth = await post(`${url}/api/verhuizing`, { ...sampleEnvelope(), opvulling: ' '.repeat(large) });
      assert.equal(fourth.status, 201, fourth.text);
      second.socket.destroy();
    });
  });
});
