// The demo site: static files from demo/ and dist/, the Utrecht design tokens under /vendor/utrecht/,
// and `{{RECEIVER}}` in HTML pages replaced by the receiver's URL (its port is configurable, and a
// page must name it: the receiver runs on another origin so that CORS is exercised for real).
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listen, send, type StartedServer } from './receiver/http.js';
import { bundleNamedStates } from '../scripts/named-states-bundle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** URL prefix → folder. The first match wins; '/' must stay last. */
export const STATIC_ROOTS: ReadonlyArray<readonly [string, string]> = [
  ['/dist/', resolve(ROOT, 'dist')],
  ['/vendor/utrecht/', resolve(ROOT, 'node_modules/@utrecht/design-tokens/dist')],
  ['/', resolve(ROOT, 'demo')],
];

// Only these file types are served: demo/ also holds the server's own TypeScript and sample data.
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/**
 * The file a URL path names, or undefined when it is outside every root (`..`, encoded `%2e%2e`,
 * backslashes, NUL) or of a type we do not serve.
 */
export function resolveStatic(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded.endsWith('/')) decoded += 'index.html';
  for (const [prefix, dir] of STATIC_ROOTS) {
    if (!decoded.startsWith(prefix)) continue;
    const file = resolve(dir, `.${sep}${decoded.slice(prefix.length)}`);
    if (!file.startsWith(dir + sep)) return undefined;
    return MIME_TYPES[extname(file)] ? file : undefined;
  }
  return undefined;
}

export interface SiteOptions {
  /** Replaces `{{RECEIVER}}` in HTML (read per request: the receiver may start after the site). */
  receiverUrl: () => string;
}

/** Where the demo serves the named states (test/browser/a11y/named-states.ts) as a classic script. */
export const NAMED_STATES_PATH = '/named-states.js';

export function createSite(options: SiteOptions) {
  let namedStates: Promise<string> | undefined;
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    // The named states of the axe sweep and the screenshots, for demo/states.html (bundled once).
    if (path === NAMED_STATES_PATH) {
      namedStates ??= bundleNamedStates();
      send(res, 200, await namedStates, { 'Content-Type': MIME_TYPES['.js']!, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
      return;
    }
    const file = resolveStatic(path);
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile()) {
      send(res, 404, 'Niet gevonden', { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const type = MIME_TYPES[extname(file)]!;
    let body = await readFile(file);
    if (type.startsWith('text/html')) {
      body = Buffer.from(body.toString('utf8').replaceAll('{{RECEIVER}}', options.receiverUrl()), 'utf8');
    }
    send(res, 200, body, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
  };
}

export function startSite(options: SiteOptions & { host?: string; port?: number }): Promise<StartedServer> {
  const handle = createSite(options);
  return listen((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('site: unexpected error', error);
      if (!res.headersSent) send(res, 500, 'Interne fout', { 'Content-Type': 'text/plain; charset=utf-8' });
      else res.destroy();
    });
  }, options);
}
