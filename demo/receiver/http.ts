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

/**
 * Reads the whole request body, rejecting as soon as it passes `limit` bytes. After a rejection the
 * rest of the body is read and thrown away rather than the socket being cut: a client that is still
 * writing when the connection resets (browsers, undici) reports a network error instead of the 413
 * that the element needs to show "the attachments are too large". A client that keeps sending for
 * too long is cut off anyway.
 */
export function readBody(req: IncomingMessage, limit: number, drainTimeoutMs = 30_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // draining after a rejection
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle(() => reject(new BodyTooLargeError(limit)));
        const timer = setTimeout(() => req.destroy(), drainTimeoutMs);
        timer.unref();
        req.once('end', () => clearTimeout(timer));
        req.once('close', () => clearTimeout(timer));
        return;
      }
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

/** Starts a node:http server and resolves once it listens; `close()` also ends keep-alive sockets. */
export function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  { host = '127.0.0.1', port = 0 }: { host?: string; port?: number },
  onClose: () => void = () => {},
): Promise<StartedServer> {
  const server = createServer(handler);
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

