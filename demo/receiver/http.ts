// Small node:http helpers shared by the receiver, the lookup and the demo site: bounded body reading,
// JSON and problem+json responses (RFC 9457), and the CORS headers of the endpoint contract.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Headers = Record<string, string>;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body exceeds ${limit} bytes`);
  }
}

/** The body did not arrive within its deadline (a slow-loris client, or a connection that stalls). */
export class BodyTimeoutError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`Request body not complete within ${deadlineMs} ms`);
  }
}

/** A large body was refused because enough large bodies are in flight already (see ReadBodyOptions.large). */
export class BusyError extends Error {
  constructor() {
    super('Too many large request bodies in flight');
  }
}

export interface ReadBodyOptions {
  /** How long the rest of a refused body is read and thrown away before the socket is cut. */
  drainTimeoutMs?: number;
  /** The whole body must have arrived this long after reading starts; otherwise BodyTimeoutError. */
  deadlineMs?: number;
  /**
   * Called once when the body grows past `bytes` (a chunked body that announced no length): false
   * refuses it with BusyError. The caller counts large bodies in flight.
   */
  large?: { bytes: number; admit(): boolean };
}

/**
 * Reads the whole request body, rejecting as soon as it passes `limit` bytes. After a rejection the
 * rest of the body is read and thrown away rather than the socket being cut: a client that is still
 * writing when the connection resets (browsers, undici) reports a network error instead of the 413
 * that the element needs to show "the attachments are too large". A client that keeps sending for
 * too long is cut off anyway. A body that is not complete by `deadlineMs` is cut: without it a client
 * sending one byte a second holds memory and a socket for Node's 300 s default.
 */
export function readBody(req: IncomingMessage, limit: number, options: ReadBodyOptions = {}): Promise<Buffer> {
  const { drainTimeoutMs = 30_000, deadlineMs, large } = options;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const deadline =
      deadlineMs === undefined
        ? undefined
        : setTimeout(() => {
            settle(() => reject(new BodyTimeoutError(deadlineMs)));
          }, deadlineMs);
    deadline?.unref();
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      fn();
    };
    const refuse = (error: Error) => {
      chunks.length = 0;
      settle(() => reject(error));
      const timer = setTimeout(() => req.destroy(), drainTimeoutMs);
      timer.unref();
      req.once('end', () => clearTimeout(timer));
      req.once('close', () => clearTimeout(timer));
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // draining after a rejection
      const before = size;
      size += chunk.length;
      if (size > limit) return refuse(new BodyTooLargeError(limit));
      if (large && before <= large.bytes && size > large.bytes && !large.admit()) return refuse(new BusyError());
      chunks.push(chunk);
    });
    req.on('end', () => settle(() => resolve(Buffer.concat(chunks))));
    req.on('error', (error) => settle(() => reject(error)));
    req.on('close', () => settle(() => reject(new Error('Request closed before its body was complete'))));
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  send(res, status, JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

export interface Problem {
  /** Short machine-readable name, also the last part of `type`. */
  code: string;
  status: number;
  title: string;
  detail?: string;
  [extra: string]: unknown;
}

/** RFC 9457 problem details, with the ZGW / NL API Design Rules `code` member next to `type`. */
export function sendProblem(res: ServerResponse, problem: Problem, headers: Headers = {}): void {
  const { code, status, title, detail, ...extra } = problem;
  const body = { type: `urn:gemeente-formulieren:probleem:${code}`, code, title, status, detail, ...extra };
  send(res, status, JSON.stringify(body), { 'Content-Type': 'application/problem+json; charset=utf-8', ...headers });
}

export function send(res: ServerResponse, status: number, body: string | Buffer, headers: Headers = {}): void {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'Content-Length': String(payload.length), 'Cache-Control': 'no-store', ...headers });
  res.end(payload);
}

/** The media type without parameters, lower-cased ("Application/JSON; charset=utf-8" → "application/json"). */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Exact-origin matching: with credentials the browser rejects a wildcard, so we never send one. */
export type OriginPolicy = readonly string[] | ((origin: string) => boolean);

export function originAllowed(policy: OriginPolicy, origin: string | undefined): origin is string {
  if (!origin) return false;
  return typeof policy === 'function' ? policy(origin) : policy.includes(origin);
}

/** Accepts any loopback origin (`http://localhost:*`, `http://127.0.0.1:*`): for test runners on random ports. */
export function isLoopbackOrigin(origin: string): boolean {
  return /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin);
}

export interface StartedServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Server-level bounds on slow clients. Node's defaults (requestTimeout 300 s, headers 60 s, checked
 * every 30 s) let a client that sends one byte a second hold a socket and its memory for minutes.
 */
export interface ServerTimeouts {
  /** The request line and headers must be complete within this (default 10 s). */
  headersMs?: number;
  /** The whole request, body included, within this (default 120 s): a backstop behind the body deadline. */
  requestMs?: number;
  /** How often Node checks the two above (default 1 s; Node's own default is 30 s). */
  checkIntervalMs?: number;
}

export const DEFAULT_TIMEOUTS = { headersMs: 10_000, requestMs: 120_000, checkIntervalMs: 1_000 } as const;

/** Starts a node:http server and resolves once it listens; `close()` also ends keep-alive sockets. */
export function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  { host = '127.0.0.1', port = 0, timeouts = {} }: { host?: string; port?: number; timeouts?: ServerTimeouts },
  onClose: () => void = () => {},
): Promise<StartedServer> {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const server = createServer(
    { headersTimeout: t.headersMs, requestTimeout: t.requestMs, connectionsCheckingInterval: t.checkIntervalMs },
    handler,
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = (server.address() as AddressInfo).port;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              onClose();
              done();
            });
            server.closeAllConnections();
          }),
      });
    });
  });
}

