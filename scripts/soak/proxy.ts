// A small fault-injecting proxy on node:http between the soak's clients and the reference receiver.
// Each request gets the fault `faultFor(seed, key, n)` (faults.ts); 127.0.0.1 and port 0 only.
import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { faultFor, type Fault, type FaultKind } from './faults.js';

export interface FaultProxy {
  url: string;
  /** How often each fault was applied. */
  counts: Record<FaultKind | string, number>;
  /** Point the proxy at another receiver (after a restart). */
  setTarget(url: string): void;
  close(): Promise<void>;
}

export async function startFaultProxy(options: { target: string; seed: number; hangMs: number }): Promise<FaultProxy> {
  let target = new URL(options.target);
  const attempts = new Map<string, number>();
  const counts: Record<string, number> = {};
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const server = createServer((req, res) => {
    const key = String(req.headers['idempotency-key'] ?? '');
    const n = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, n);
    const fault: Fault = key === '' ? { kind: 'pass' } : faultFor(options.seed, key, n);
    const label = fault.kind === 'status' ? `${fault.status}${fault.retryAfter ? '+RA' : ''}` : fault.kind;
    counts[label] = (counts[label] ?? 0) + 1;
    void handle(req, res, fault);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse, fault: Fault): Promise<void> {
    const body = await readAll(req).catch(() => undefined);
    if (body === undefined) return;
    if (fault.kind === 'drop-before') return void req.socket.destroy();
    if (fault.kind === 'status') {
      const headers: Record<string, string> = { 'Content-Type': 'text/html' };
      if (fault.retryAfter) headers['Retry-After'] = fault.retryAfter;
      res.writeHead(fault.status, headers).end('<html>proxy says no</html>');
      return;
    }
    let answer: { status: number; headers: Record<string, string>; body: Buffer };
    try {
      answer = await forward(req, body);
    } catch {
      return void req.socket.destroy(); // the receiver is down (kill -9): a network error for the client
    }
    switch (fault.kind) {
      case 'drop-after':
        return void req.socket.destroy();
      case 'hang':
        return later(options.hangMs, () => req.socket.destroy());
      case 'cut-201':
        if (answer.status === 201) {
          res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': String(answer.body.length) });
          res.flushHeaders();
          return later(5, () => req.socket.destroy());
        }
        return send(res, answer);
      case 'slow':
        return later(fault.ms, () => send(res, answer));
      default:
        return send(res, answer);
    }
  }

  function forward(req: IncomingMessage, body: Buffer) {
    return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'idempotency-key', 'accept']) {
        const v = req.headers[name];
        if (typeof v === 'string') headers[name] = v;
      }
      headers['content-length'] = String(body.length);
      const up = httpRequest(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent: false },
        (upRes) => {
          readAll(upRes).then(
            (b) => {
              const out: Record<string, string> = {};
              for (const name of ['content-type', 'retry-after']) {
                const v = upRes.headers[name];
                if (typeof v === 'string') out[name] = v;
              }
              resolve({ status: upRes.statusCode ?? 502, headers: out, body: b });
            },
            reject,
          );
        },
      );
      up.on('error', reject);
      up.end(body);
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    setTarget: (url) => (target = new URL(url)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, answer: { status: number; headers: Record<string, string>; body: Buffer }) {
  if (res.destroyed) return;
  res.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(answer.body.length) }).end(answer.body);
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('aborted', () => reject(new Error('aborted')));
  });
}
