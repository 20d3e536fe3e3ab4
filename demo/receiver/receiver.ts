// The reference receiver: the endpoint contract of product.md implemented with node:http and
// better-sqlite3. It is meant to be read and copied by a gemeente backend developer, so each step
// of a POST is in the order the contract needs it:
//   faults → Content-Type → Idempotency-Key → size → room for a large body? → body (with a deadline)
//   → UTF-8, depth and length on the raw text → JSON → known key? → validate → store once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import {
  BodyTimeoutError,
  BodyTooLargeError,
  BusyError,
  listen,
  mediaType,
  originAllowed,
  readBody,
  send,
  sendJson,
  sendProblem,
  type Headers,
  type OriginPolicy,
  type Problem,
  type ServerTimeouts,
  type StartedServer,
} from './http.js';
import { inboxAccess, inboxPage } from './inbox-access.js';
import { guardJson, parseGuarded, type GuardFailure } from './json-guard.js';
import { canonicalSha256, jsonPieces, stringify } from './json-writer.js';
import { todayInAmsterdam } from '../../src/schemas/amsterdam.js';
import { renderInbox } from './inbox.js';
import { answerKeyLookup } from './key-lookup.js';
import { toInvalidParams, type FormIssue, type MessageCatalog } from './messages.js';
import { SubmissionStore, zonderInhoud } from './store.js';

export type ValidationResult = { ok: true; data: unknown } | { ok: false; issues: FormIssue[] };

/** The receiver's clock at the moment a POST is validated. */
export interface ValidationContext {
  /** Europe/Amsterdam calendar date (YYYY-MM-DD), for the date rules: `now`'s date unless pinned. */
  today: string;
  /** The current instant, for rules about a moment (a time of death or funeral against now). */
  now: Date;
}

/** Validates a whole posted envelope for one formulier. */
export type FormValidator = (envelope: unknown, context: ValidationContext) => ValidationResult | Promise<ValidationResult>;

/** A handler for a path prefix served by the same node:http server (e.g. the PDOK-shaped lookup). */
export interface Mount {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

export interface Faults {
  /** The first n POSTs to a form answer `status` before anything is read or stored (retry tests). */
  failFirst?: number;
  /** Default 503. */
  status?: number;
  /** Seconds, sent as `Retry-After` on those answers when set. */
  retryAfter?: number;
}

export interface ReceiverOptions {
  /** SQLite file; default `data/receiver.sqlite` at the repository root (git-ignored). */
  dbPath?: string;
  /** Origins allowed to POST from a browser: an exact list, or a predicate. */
  allowedOrigins: OriginPolicy;
  /** One validator per formulier; each registers `POST /api/<formulier>`. */
  forms: Partial<Record<string, FormValidator>>;
  /** Texts for the issues' i18n keys (`reason` in invalidParams); without it `reason` is the key. */
  messages?: MessageCatalog;
  /**
   * Pins today's Europe/Amsterdam calendar date (YYYY-MM-DD) for the date rules; by default the date
   * of `now()`.
   */
  today?: () => string;
  /** The clock: `now` for the validators and `ontvangenOp`. Default the real time. */
  now?: () => Date;
  faults?: Faults;
  /** Default 40 MB (product.md: the reference receiver accepts bodies up to 40 MB). */
  maxBodyBytes?: number;
  /** Request headers a cross-origin page may send (the element's `requestHeaders`). */
  allowedHeaders?: readonly string[];
  mounts?: readonly Mount[];
  /** One line per stored submission (kenmerk only: no personal data in logs). */
  log?: (line: string) => void;
  /**
   * When set (default: the INBOX_TOKEN environment variable), `/inbox` and `/inbox.json` require
   * `Authorization: Bearer <token>`; without one they answer only to loopback clients.
   */
  inboxToken?: string;
  /** The whole body must arrive within this many ms of the headers (default 60 s); then 408. */
  bodyTimeoutMs?: number;
  /**
   * At most this many bodies larger than LARGE_BODY_BYTES are read at once (default 3); the next
   * gets 503 with Retry-After, which the element honours. 8 × 40 MB at once would hold ~1 GB.
   */
  maxLargeBodies?: number;
  /** Seconds in the Retry-After of that 503 (default 5). */
  busyRetryAfter?: number;
  /**
   * Answer `GET /api/<formulier>` with an Idempotency-Key header (key-lookup.ts). Default true; false
   * makes the receiver a backend without the operation (405), as the element must also handle.
   */
  keyLookup?: boolean;
}

export interface Receiver {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  close(): void;
}

export const DEFAULT_DB_PATH = fileURLToPath(new URL('../../data/receiver.sqlite', import.meta.url));
export const MAX_BODY_BYTES = 40 * 1024 * 1024;
export const DEFAULT_ALLOWED_HEADERS = ['Content-Type', 'Idempotency-Key', 'X-CSRF-Token'] as const;
/** A body above this counts as large for `maxLargeBodies`. */
export const LARGE_BODY_BYTES = 1024 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_LARGE_BODIES = 3;

const KENMERK_PREFIX: Record<string, string> = { verhuizing: 'VH', overlijden: 'OV' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createReceiver(options: ReceiverOptions): Receiver {
  const store = new SubmissionStore(options.dbPath ?? DEFAULT_DB_PATH);
  const now = options.now ?? (() => new Date());
  const today = (moment: Date) => (options.today ? options.today() : todayInAmsterdam(moment));
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const allowedHeaders = (options.allowedHeaders ?? DEFAULT_ALLOWED_HEADERS).join(', ');
  const messages = options.messages ?? {};
  const keyLookup = options.keyLookup ?? true;
  const methods = keyLookup ? 'POST, GET' : 'POST';
  let faultsLeft = options.faults?.failFirst ?? 0;
  const inboxToken = options.inboxToken ?? process.env['INBOX_TOKEN'] ?? undefined;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const maxLargeBodies = options.maxLargeBodies ?? DEFAULT_MAX_LARGE_BODIES;
  let largeBodies = 0;

  function corsHeaders(req: IncomingMessage): Headers {
    const origin = req.headers.origin;
    // Vary on every answer: a cache must not hand one origin's answer to another.
    if (!originAllowed(options.allowedOrigins, origin)) return { Vary: 'Origin' };
    return {
      Vary: 'Origin',
      // Exact origin, never "*": the element may send credentials (a login session cookie).
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      // Without this the element cannot read Retry-After on a 429/503 and would back off blindly.
      'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed',
    };
  }

  function preflight(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    if (!originAllowed(options.allowedOrigins, origin)) {
      // No CORS headers: the browser fails the preflight and never sends the POST.
      send(res, 204, '', { Vary: 'Origin' });
      return;
    }
    const headers: Headers = {
      Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': methods,
      // The configured list, not an echo of whatever was asked: a header outside it stays blocked.
      'Access-Control-Allow-Headers': allowedHeaders,
      'Access-Control-Max-Age': '600',
    };
    // Chrome's Private Network Access asks this when a public page calls a local receiver.
    if (req.headers['access-control-request-private-network'] === 'true') {
      headers['Access-Control-Allow-Private-Network'] = 'true';
    }
    send(res, 204, '', headers);
  }

  async function submit(formulier: string, validate: FormValidator, req: IncomingMessage, res: ServerResponse) {
    const cors = corsHeaders(req);
    const problem = (p: Problem, extra: Headers = {}) => sendProblem(res, p, { ...cors, ...extra });

    if (faultsLeft > 0) {
      faultsLeft--;
      const status = options.faults?.status ?? 503;
      const retryAfter = options.faults?.retryAfter;
      problem(
        { code: 'storing', status, title: 'Tijdelijke storing', detail: 'Gesimuleerde storing (faults.failFirst).' },
        retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) },
      );
      return;
    }

    if (mediaType(req.headers['content-type']) !== 'application/json') {
      problem({
        code: 'unsupported-media-type',
        status: 415,
        title: 'Content-Type moet application/json zijn',
        detail: `Ontvangen: ${req.headers['content-type'] ?? '(geen)'}`,
      });
      return;
    }

    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !UUID.test(key.trim())) {
      problem({
        code: 'idempotency-key',
        status: 400,
        title: 'Idempotency-Key ontbreekt of is geen UUID',
        detail: 'Stuur bij elke poging van één inzending dezelfde Idempotency-Key (een UUID).',
      });
      return;
    }
    // UUIDs are case-insensitive; one spelling per key keeps the UNIQUE constraint honest.
    const idempotencyKey = key.trim().toLowerCase();

    const tooLarge: Problem = {
      code: 'te-groot',
      status: 413,
      title: 'De inzending is te groot',
      detail: `Maximaal ${maxBodyBytes} bytes (bijlagen samen, base64 gecodeerd).`,
      maxBytes: maxBodyBytes,
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) {
      problem(tooLarge);
      return;
    }
    // Room for one more large body? A body that announced its length is judged before it is read,
    // a chunked one when it grows past the threshold. The slot is held until this request is answered.
    let holdsSlot = false;
    const admitLarge = () => {
      if (largeBodies >= maxLargeBodies) return false;
      largeBodies++;
      holdsSlot = true;
      return true;
    };
    const busy = () =>
      problem(
        {
          code: 'bezet',
          status: 503,
          title: 'De ontvanger verwerkt al genoeg grote inzendingen',
          detail: `Probeer het over ${options.busyRetryAfter ?? 5} seconden opnieuw (met dezelfde Idempotency-Key).`,
        },
        // Close the connection: the rest of the body is not wanted on it.
        { 'Retry-After': String(options.busyRetryAfter ?? 5), Connection: 'close' },
      );
    if (declared > LARGE_BODY_BYTES && !admitLarge()) {
      busy();
      return;
    }
    try {
      await receiveAndStore(formulier, validate, req, res, idempotencyKey, {
        problem,
        tooLarge,
        busy,
        large: holdsSlot ? undefined : { bytes: LARGE_BODY_BYTES, admit: admitLarge },
      });
    } finally {
      if (holdsSlot) largeBodies--;
    }
  }

  async function receiveAndStore(
    formulier: string,
    validate: FormValidator,
    req: IncomingMessage,
    res: ServerResponse,
    idempotencyKey: string,
    { problem, tooLarge, busy, large }: {
      problem: (p: Problem, extra?: Headers) => void;
      tooLarge: Problem;
      busy: () => void;
      large: { bytes: number; admit(): boolean } | undefined;
    },
  ) {
    const cors = corsHeaders(req);
    let raw: Buffer;
    try {
      raw = await readBody(req, maxBodyBytes, { deadlineMs: bodyTimeoutMs, ...(large ? { large } : {}) });
    } catch (error) {
      if (error instanceof BodyTooLargeError) problem(tooLarge);
      else if (error instanceof BusyError) busy();
      else if (error instanceof BodyTimeoutError) {
        // RFC 9110 §15.5.9; then the connection goes, with whatever the client was still sending.
        problem(
          { code: 'te-traag', status: 408, title: 'De inzending kwam te langzaam binnen', detail: `Binnen ${bodyTimeoutMs} ms verwacht.` },
          { Connection: 'close' },
        );
        res.once('finish', () => req.destroy());
      } else res.destroy(); // the client went away mid-body: nobody to answer
      return;
    }

    // Before JSON.parse: strict UTF-8, no lone surrogates, depth ≤ 32, no container of more than 1,000.
    // A large body is handled in steps with a turn of the event loop between them (`breathe`), so a
    // citizen's small POST that arrives meanwhile is answered between two steps, not after all of
    // them (issue 8, hole 3: p95 < 500 ms while a 40 MB body is processed).
    const breathe = raw.length > LARGE_BODY_BYTES ? () => new Promise<void>((r) => setImmediate(r)) : async () => {};
    await breathe();
    const guarded = guardJson(raw);
    if (!guarded.ok) {
      problem({ code: guarded.code, status: 400, title: GUARD_TITLES[guarded.code], detail: guarded.detail });
      return;
    }

    await breathe();
    let envelope: unknown;
    try {
      envelope = parseGuarded(guarded);
    } catch (error) {
      problem({
        code: 'ongeldige-json',
        status: 400,
        title: 'De inhoud is geen geldige JSON',
        detail: error instanceof Error ? error.message : undefined,
      });
      return;
    }

    await breathe();
    const bodySha256 = await canonicalSha256(envelope, breathe);
    await breathe();
    const conflict = () =>
      problem({
        code: 'idempotency-key-hergebruikt',
        status: 409,
        title: 'Deze Idempotency-Key is al gebruikt voor een andere inzending',
        detail: 'Gebruik een nieuwe Idempotency-Key voor een nieuwe inzending.',
      });
    const replay = (kenmerk: string) => sendJson(res, 200, { kenmerk }, { ...cors, 'Idempotent-Replayed': 'true' });

    // A retry of a stored submission gets its kenmerk without being validated again: on a later
    // day the date window may have closed, but the report was made in time.
    const known = store.find(idempotencyKey);
    if (known) {
      if (known.bodySha256 === bodySha256) replay(known.kenmerk);
      else conflict();
      return;
    }

    // One reading of the clock per validation, so `today` and `now` agree (also across midnight).
    const moment = now();
    const result = await validate(envelope, { today: today(moment), now: moment });
    await breathe();
    if (!result.ok) {
      problem({
        code: 'ongeldige-gegevens',
        status: 422,
        title: 'Een of meer gegevens zijn niet juist',
        detail: `${result.issues.length} gegeven(s) afgekeurd; zie invalidParams.`,
        invalidParams: toInvalidParams(result.issues, messages),
      });
      return;
    }

    // Serialised here, in slices, rather than inside the store's transaction in one go.
    const envelopeJson = await stringify(result.data, breathe);
    const overzichtJson = await stringify(zonderInhoud(result.data), breathe);
    const received = now();
    const gemeente = (result.data as { gemeente?: { code?: unknown; naam?: unknown } } | null)?.gemeente;
    const stored = store.store({
      formulier,
      kenmerkPrefix: KENMERK_PREFIX[formulier] ?? formulier.slice(0, 2).toUpperCase(),
      jaar: Number(todayInAmsterdam(received).slice(0, 4)),
      idempotencyKey,
      bodySha256,
      gemeenteCode: typeof gemeente?.code === 'string' ? gemeente.code : null,
      gemeenteNaam: typeof gemeente?.naam === 'string' ? gemeente.naam : null,
      ontvangenOp: received.toISOString(),
      envelope: result.data,
      envelopeJson,
      overzichtJson,
    });
    // 'replayed'/'conflict' here means an identical key was stored while this request was validating.
    if (stored.outcome === 'conflict') conflict();
    else if (stored.outcome === 'replayed') replay(stored.kenmerk);
    else {
      options.log?.(`${formulier}: ${stored.kenmerk} opgeslagen`);
      sendJson(res, 201, { kenmerk: stored.kenmerk }, cors);
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://receiver').pathname;

    const mount = options.mounts?.find((m) => path.startsWith(m.prefix));
    if (mount) return mount.handle(req, res);

    const form = /^\/api\/([a-z]+)$/.exec(path)?.[1];
    const validate = form === undefined ? undefined : options.forms[form];
    if (form !== undefined && validate) {
      if (req.method === 'OPTIONS') return preflight(req, res);
      if (req.method === 'POST') return submit(form, validate, req, res);
      if (req.method === 'GET' && keyLookup) return answerKeyLookup(store, form, req, res, corsHeaders(req));
      return sendProblem(
        res,
        { code: 'methode', status: 405, title: 'Methode niet toegestaan' },
        { ...corsHeaders(req), Allow: `${methods}, OPTIONS` },
      );
    }

    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/health') return sendJson(res, 200, { status: 'ok' });
      if (path === '/inbox.json' || path === '/inbox') {
        const denied = inboxAccess(req, inboxToken);
        if (denied) return sendProblem(res, denied.problem, denied.headers);
        const page = inboxPage(req, store.count());
        const submissions = store.list({ page: page.page });
        if (path === '/inbox.json') return sendJson(res, 200, submissions, page.linkHeader ? { Link: page.linkHeader } : {});
        return send(res, 200, renderInbox(submissions, page), {
          'Content-Type': 'text/html; charset=utf-8',
          // Belt and braces next to the escaping: no script runs on this page at all.
          'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        });
      }
    }
    sendProblem(res, { code: 'niet-gevonden', status: 404, title: 'Niet gevonden' }, corsHeaders(req));
  }

  return {
    async handle(req, res) {
      try {
        await route(req, res);
      } catch (error) {
        console.error('receiver: unexpected error', error instanceof Error ? error.stack : error);
        if (!res.headersSent) {
          sendProblem(res, { code: 'interne-fout', status: 500, title: 'Interne fout' }, corsHeaders(req));
        } else res.destroy();
      }
    },
    close: () => store.close(),
  };
}

export interface StartReceiverOptions extends ReceiverOptions {
  host?: string;
  port?: number;
  /** Header and whole-request timeouts of the node:http server (http.ts DEFAULT_TIMEOUTS). */
  timeouts?: ServerTimeouts;
}

const GUARD_TITLES: Record<GuardFailure['code'], string> = {
  'ongeldige-utf8': 'De inhoud is geen geldige UTF-8',
  'ongeldige-tekens': 'De inhoud bevat ongeldige tekens',
  'te-diep': 'De JSON is te diep genest',
  'te-veel-elementen': 'Een lijst of object in de JSON is te lang',
};

export async function startReceiver(options: StartReceiverOptions): Promise<StartedServer> {
  const receiver = createReceiver(options);
  try {
    return await listen((req, res) => void receiver.handle(req, res), options, () => receiver.close());
  } catch (error) {
    receiver.close();
    throw error;
  }
}

/** JSON with object keys sorted, so the body hash does not depend on whitespace or key order. */
export function canonicalJson(value: unknown): string {
  return [...jsonPieces(value, true)].join('');
}
