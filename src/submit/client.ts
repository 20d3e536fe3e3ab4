// The endpoint client: POSTs the envelope and turns every HTTP or network outcome into a result the
// element can show (style.md habit 7). It never throws for what the network or the server does, so the
// element has a single `switch (result.kind)` and no try/catch. The policy is the endpoint contract in
// product.md: at most 4 attempts, 15 s timeout each, backoff about 1 s, 2 s, 4 s, Retry-After honoured up
// to 30 s, wait for the connection while offline, and the same Idempotency-Key on every attempt.
//
// No Lit, no i18next, and every browser dependency (fetch, timers, navigator.onLine, the window 'online'
// event) can be injected so node:test can drive the whole policy without waiting for real.

import { parseJson, problemFromJson, type InvalidParam, type Problem } from './problem.js';

export interface SubmissionRequest {
  /** The endpoint URL, already checked by the config policy (https, same-origin or loopback http). */
  endpoint: string;
  /** The envelope object; serialised once, so every attempt sends byte-identical JSON. */
  body: unknown;
  /** The same key for every attempt, and for "Opnieuw versturen" (see `newIdempotencyKey`). */
  idempotencyKey: string;
  credentials: RequestCredentials;
  /** Extra headers (the element's `requestHeaders`, e.g. a CSRF token). Cannot override `RESERVED_HEADERS`. */
  headers?: Record<string, string>;
}

/** The fetch signature this client needs; the global fetch and simple fakes both fit. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type WaitReason = 'offline' | 'backoff';

export interface SendOptions {
  fetch?: FetchLike;
  /** Resolves after `ms`, or early when `signal` aborts (it may also reject then). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Default: `navigator.onLine`, or `true` where there is no navigator (Node). */
  isOnline?: () => boolean;
  /** Resolves when the connection is back; default: the window 'online' event. */
  waitForOnline?: (signal?: AbortSignal) => Promise<void>;
  /** Called before each request with its attempt number (1-based). */
  onAttempt?: (attempt: number) => void;
  /** Called before waiting: `ms` is the backoff delay; for 'offline' it is undefined (no way to know). */
  onWaiting?: (reason: WaitReason, ms?: number) => void;
  /** The element aborts this when it is disconnected; the result is then `{ kind: 'aborted' }`. */
  signal?: AbortSignal;
  /** Time allowed for the server to answer, per attempt. Default 15000. See `minUploadBytesPerSecond`. */
  timeoutMs?: number;
  /**
   * The timeout of an attempt is `timeoutMs` plus the time the body takes to upload at this rate
   * (bytes per second, default 125 000 = 1 Mbit/s). fetch cannot report upload progress, and a flat 15 s
   * would abort every 25 MB set of attachments on an ordinary mobile connection, four times over. For a
   * form without attachments the allowance is a few milliseconds. `Infinity` turns it off.
   */
  minUploadBytesPerSecond?: number;
  /** Attempts in all, including the first. Default 4. */
  maxAttempts?: number;
  /** Delay after attempt n is `backoffMs[n - 1]` (the last entry repeats). Default [1000, 2000, 4000]. */
  backoffMs?: readonly number[];
  /** Retry-After values above this are capped to it. Default 30000. */
  maxRetryAfterMs?: number;
  /** Clock for Retry-After as an HTTP-date. Default `Date.now`. */
  now?: () => number;
}

/** Headers the client sets itself; extra headers with these names (any case) are ignored. */
export const RESERVED_HEADERS = ['Content-Type', 'Accept', 'Idempotency-Key'] as const;

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_ATTEMPTS = 4;
export const DEFAULT_BACKOFF_MS: readonly number[] = [1000, 2000, 4000];
export const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;
export const DEFAULT_MIN_UPLOAD_BYTES_PER_SECOND = 125_000;

/** Why a `failed` result failed. */
export type FailedReason =
  /** A 4xx other than 400/401/403/408/409/413/422/429, or a status fetch should never hand us (1xx/3xx). */
  | 'status'
  /** A 2xx whose body has neither `kenmerk` nor `identificatie`: the back office gave no reference. */
  | 'no-kenmerk'
  /** The request could not be built: the body is not JSON-serialisable or a header value is invalid. */
  | 'invalid-request';

/** What made the last attempt of a `retry-exhausted` result fail. */
export type RetryCause = 'status' | 'network' | 'timeout';

export type SubmissionResult =
  | { kind: 'ok'; kenmerk: string; status: number; response: unknown }
  | { kind: 'invalid'; status: 400 | 422; problem: Problem; invalidParams: InvalidParam[] }
  | { kind: 'unauthorized'; status: 401 | 403 }
  | { kind: 'too-large'; status: 413 }
  | { kind: 'conflict'; status: 409; problem?: Problem }
  | { kind: 'failed'; reason: FailedReason; status?: number; problem?: Problem }
  | { kind: 'retry-exhausted'; attempts: number; cause: RetryCause; status?: number }
  | { kind: 'aborted' };

export type SubmissionResultKind = SubmissionResult['kind'];

/** Internal: the abort reason when an attempt runs out of time, so it is told apart from the caller's abort. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
  constructor(readonly ms: number) {
    super(`No answer within ${ms} ms`);
  }
}

/** Internal: a 408/429/5xx answer that is worth another attempt. */
export class RetryableStatusError extends Error {
  override name = 'RetryableStatusError';
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${status}`);
  }
}

/** Internal: the request could not be built (unserialisable body, invalid header value). */
export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
}

type AttemptOutcome =
  | { kind: 'final'; result: SubmissionResult }
  | { kind: 'retry'; cause: RetryCause; status?: number; retryAfterMs?: number }
  | { kind: 'aborted' };

const ABORTED: SubmissionResult = Object.freeze({ kind: 'aborted' });

/**
 * POSTs `request.body` as JSON to `request.endpoint` and classifies the answer. Resolves, never rejects,
 * for every network or HTTP outcome (and for an unserialisable body: `failed` / `invalid-request`).
 */
export async function sendSubmission(
  request: SubmissionRequest,
  options: SendOptions = {},
): Promise<SubmissionResult> {
  const fetchImpl = options.fetch ?? defaultFetch;
  const sleep = options.sleep ?? defaultSleep;
  const isOnline = options.isOnline ?? defaultIsOnline;
  const waitForOnline = options.waitForOnline ?? defaultWaitForOnline;
  const signal = options.signal;
  const maxAttempts = positiveInteger(options.maxAttempts, DEFAULT_MAX_ATTEMPTS);
  const backoff = options.backoffMs && options.backoffMs.length > 0 ? options.backoffMs : DEFAULT_BACKOFF_MS;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const now = options.now ?? Date.now;

  if (signal?.aborted) return ABORTED;

  let payload: string;
  let headers: Record<string, string>;
  try {
    payload = serialise(request.body);
    headers = buildHeaders(request);
  } catch {
    return { kind: 'failed', reason: 'invalid-request' };
  }
  const timeoutMs = attemptTimeoutMs(
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    utf8Length(payload),
    options.minUploadBytesPerSecond ?? DEFAULT_MIN_UPLOAD_BYTES_PER_SECOND,
  );
  const init: RequestInit = { method: 'POST', headers, body: payload, credentials: request.credentials };

  let attempts = 0;
  let last: { cause: RetryCause; status?: number } = { cause: 'network' };
  while (attempts < maxAttempts) {
    // Waiting for the connection does not use up attempts: a citizen on a train should not see
    // "could not send" because of a tunnel.
    while (!isOnline()) {
      options.onWaiting?.('offline');
      try {
        await waitForOnline(signal);
      } catch {
        if (!signal?.aborted) break; // a broken waiter must not spin: just try
      }
      if (signal?.aborted) return ABORTED;
    }

    attempts += 1;
    options.onAttempt?.(attempts);
    const outcome = await attempt(fetchImpl, request.endpoint, init, timeoutMs, signal, now, maxRetryAfterMs);
    if (outcome.kind === 'aborted') return ABORTED;
    if (outcome.kind === 'final') return outcome.result;

    last = outcome.status === undefined ? { cause: outcome.cause } : { cause: outcome.cause, status: outcome.status };
    if (attempts >= maxAttempts) break;
    // Gone offline meanwhile: the wait for the 'online' event at the top of the loop replaces the backoff.
    if (!isOnline()) continue;

    const delay = outcome.retryAfterMs ?? backoff[Math.min(attempts - 1, backoff.length - 1)]!;
    options.onWaiting?.('backoff', delay);
    try {
      await sleep(delay, signal);
    } catch {
      // A sleep that rejects on abort is fine; the check below decides.
    }
    if (signal?.aborted) return ABORTED;
  }
  return { kind: 'retry-exhausted', attempts, ...last };
}

async function attempt(
  fetchImpl: FetchLike,
  endpoint: string,
  init: RequestInit,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  now: () => number,
  maxRetryAfterMs: number,
): Promise<AttemptOutcome> {
  // One controller per attempt, aborted by the caller's signal or by our timer. The timer keeps running
  // while the body is read: a server that sends headers and then stalls is a timeout too.
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', forwardAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new TimeoutError(timeoutMs)), timeoutMs);
  try {
    const response = await fetchImpl(endpoint, { ...init, signal: controller.signal });
    const { status } = response;
    if (isRetryableStatus(status)) {
      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now(), maxRetryAfterMs);
      await discardBody(response);
      return retryAfterMs === undefined ? { kind: 'retry', cause: 'status', status } : { kind: 'retry', cause: 'status', status, retryAfterMs };
    }
    const text = await response.text();
    return { kind: 'final', result: classify(status, text) };
  } catch (error) {
    if (callerSignal?.aborted) return { kind: 'aborted' };
    if (controller.signal.reason instanceof TimeoutError || error instanceof TimeoutError) return { kind: 'retry', cause: 'timeout' };
    // fetch rejects with a TypeError for DNS failures, refused connections, CORS refusals and dropped
    // connections alike; the browser does not let us tell them apart, so all are worth another try.
    return { kind: 'retry', cause: 'network' };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }
}

/** 408 Request Timeout, 429 Too Many Requests and every 5xx: the server may do better next time. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** Classifies a final (non-retryable) answer. Exported for the host-sends-itself path and for tests. */
export function classify(status: number, text: string): SubmissionResult {
  const json = parseJson(text);
  if (status >= 200 && status <= 299) {
    const kenmerk = kenmerkFrom(json);
    if (kenmerk === undefined) return { kind: 'failed', reason: 'no-kenmerk', status };
    return { kind: 'ok', kenmerk, status, response: json };
  }
  if (status === 400 || status === 422) {
    // A 400 without invalidParams (or without a JSON body) is still "your answers were refused": the
    // element shows the title/detail in the error summary when there is no field to point at.
    const problem = problemFromJson(json) ?? { invalidParams: [] };
    return { kind: 'invalid', status, problem, invalidParams: problem.invalidParams };
  }
  if (status === 401 || status === 403) return { kind: 'unauthorized', status };
  if (status === 413) return { kind: 'too-large', status };
  const problem = problemFromJson(json);
  if (status === 409) return problem ? { kind: 'conflict', status, problem } : { kind: 'conflict', status };
  return problem ? { kind: 'failed', reason: 'status', status, problem } : { kind: 'failed', reason: 'status', status };
}

/** `kenmerk`, or ZGW's `identificatie`; a number is accepted and turned into a string. */
function kenmerkFrom(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  for (const field of ['kenmerk', 'identificatie']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

/**
 * Retry-After (RFC 9110 §10.2.3) as milliseconds, capped at `maxMs`: delta-seconds or an HTTP-date.
 * `undefined` when absent or unreadable, so the normal backoff applies. A date in the past means "now".
 * Note: on a cross-origin endpoint the browser only shows this header when the server lists it in
 * `Access-Control-Expose-Headers`; otherwise the backoff applies.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number, maxMs: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let ms: number;
  if (/^\d+$/.test(trimmed)) {
    ms = Number(trimmed) * 1000;
  } else {
    const date = parseHttpDate(trimmed);
    if (date === undefined) return undefined;
    ms = date - nowMs;
  }
  return Math.min(Math.max(ms, 0), maxMs);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const IMF_FIXDATE = /^[a-z]{3}, (\d{1,2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const RFC850_DATE = /^[a-z]{6,9}, (\d{1,2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const ASCTIME_DATE = /^[a-z]{3} ([a-z]{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

/**
 * An HTTP-date (RFC 9110 §5.6.7: IMF-fixdate and the two obsolete forms) as epoch milliseconds.
 * Not Date.parse: that accepts almost anything ("-5" is the year -5, "1.5" is January 2001) and its
 * non-ISO formats differ between browsers.
 */
export function parseHttpDate(value: string): number | undefined {
  let parts: [day: string, month: string, year: number, h: string, m: string, s: string] | undefined;
  let match: RegExpExecArray | null;
  if ((match = IMF_FIXDATE.exec(value))) parts = [match[1]!, match[2]!, Number(match[3]), match[4]!, match[5]!, match[6]!];
  else if ((match = RFC850_DATE.exec(value))) {
    // RFC 9110: a two-digit year more than 50 years in the future is in the past century; for a
    // Retry-After any such date is in the past anyway, so the simple pivot is enough.
    const yy = Number(match[3]);
    parts = [match[1]!, match[2]!, yy < 70 ? 2000 + yy : 1900 + yy, match[4]!, match[5]!, match[6]!];
  } else if ((match = ASCTIME_DATE.exec(value))) parts = [match[2]!, match[1]!, Number(match[6]), match[3]!, match[4]!, match[5]!];
  if (!parts) return undefined;
  const [day, monthName, year, h, m, s] = parts;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0) return undefined;
  const time = Date.UTC(year, month, Number(day), Number(h), Number(m), Number(s));
  // Reject impossible dates (31 Feb) instead of letting Date.UTC roll them over.
  if (new Date(time).getUTCDate() !== Number(day) || Number(h) > 23 || Number(m) > 59 || Number(s) > 60) return undefined;
  return time;
}

function serialise(body: unknown): string {
  const payload = JSON.stringify(body);
  // JSON.stringify answers undefined for undefined/functions/symbols instead of throwing.
  if (typeof payload !== 'string') throw new InvalidRequestError('The body is not JSON-serialisable');
  return payload;
}

function buildHeaders(request: SubmissionRequest): Record<string, string> {
  const reserved = new Set(RESERVED_HEADERS.map((name) => name.toLowerCase()));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (!reserved.has(name.toLowerCase())) headers[name] = String(value);
  }
  headers['Content-Type'] = 'application/json';
  headers['Accept'] = 'application/json, application/problem+json';
  headers['Idempotency-Key'] = request.idempotencyKey;
  // fetch would reject an invalid header name or value (a CSRF token with a newline) with the same
  // TypeError as a network failure, and we would retry it four times; check once, up front.
  if (typeof Headers === 'function') {
    try {
      new Headers(headers);
    } catch (error) {
      throw new InvalidRequestError('Invalid request header', { cause: error });
    }
  }
  return headers;
}

/** The timeout of one attempt: time for the server to answer plus time to upload the body. */
export function attemptTimeoutMs(timeoutMs: number, bodyBytes: number, minUploadBytesPerSecond: number): number {
  if (!(minUploadBytesPerSecond > 0) || !Number.isFinite(minUploadBytesPerSecond)) return timeoutMs;
  return timeoutMs + Math.ceil((bodyBytes / minUploadBytesPerSecond) * 1000);
}

/** UTF-8 byte length without allocating a copy of a body that may be 30 MB of base64. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

async function discardBody(response: Response): Promise<void> {
  // Release the connection without reading a proxy's HTML error page into memory.
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to release.
  }
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : fallback;
}

// Detached `fetch` throws "Illegal invocation" in browsers, so call it on globalThis.
const defaultFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function defaultIsOnline(): boolean {
  // navigator.onLine === false is reliable ("no network at all"); true can be a captive portal, which the
  // request itself then finds out. Node 20 has no navigator; Node 21+ has one without onLine.
  const nav = (globalThis as { navigator?: { onLine?: unknown } }).navigator;
  return typeof nav?.onLine === 'boolean' ? nav.onLine : true;
}

function defaultWaitForOnline(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const target = globalThis as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>>;
    if (typeof target.addEventListener !== 'function' || defaultIsOnline() || signal?.aborted) return resolve();
    const done = () => {
      target.removeEventListener?.('online', done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    target.addEventListener('online', done);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** How the element presents a result. Message keys are proposals for the i18n owner, under `verzenden.`. */
export interface ResultPresentation {
  /** What to render. */
  view: 'confirmation' | 'field-errors' | 'message' | 'nothing';
  /** i18n key of the message (absent for confirmation and nothing). */
  messageKey?: SubmitMessageKey;
  /** Show the gemeente's contact route next to the message. */
  showContactRoute: boolean;
  /** Offer "Opnieuw versturen". */
  offerResend: boolean;
  /**
   * Keep the pending Idempotency-Key for the next send of the same envelope. True whenever the server
   * may have stored the submission (no answer, a 2xx without kenmerk, aborted mid-flight): a new key
   * could then file it twice. False when the server certainly refused it (4xx), and the answers will
   * change before the next send anyway, which needs a new key (same key + other body = 409).
   */
  keepKey: boolean;
}

export type SubmitMessageKey =
  | 'verzenden.ongeldig'
  | 'verzenden.sessieVerlopen'
  | 'verzenden.teGroot'
  | 'verzenden.conflict'
  | 'verzenden.mislukt'
  | 'verzenden.geenKenmerk'
  | 'verzenden.nietBereikbaar';

/** Maps a result to what the element shows (see the endpoint contract in product.md). */
export function presentResult(result: SubmissionResult): ResultPresentation {
  switch (result.kind) {
    case 'ok':
      return { view: 'confirmation', showContactRoute: false, offerResend: false, keepKey: false };
    case 'invalid':
      // Field errors when there are any; a bare 400 shows its title/detail in the error summary.
      return { view: 'field-errors', messageKey: 'verzenden.ongeldig', showContactRoute: false, offerResend: false, keepKey: false };
    case 'unauthorized':
      // Answers kept; the citizen logs in again (in another tab) and sends the same envelope again.
      return { view: 'message', messageKey: 'verzenden.sessieVerlopen', showContactRoute: false, offerResend: true, keepKey: true };
    case 'too-large':
      return { view: 'message', messageKey: 'verzenden.teGroot', showContactRoute: false, offerResend: false, keepKey: false };
    case 'conflict':
      return { view: 'message', messageKey: 'verzenden.conflict', showContactRoute: true, offerResend: false, keepKey: false };
    case 'failed':
      if (result.reason === 'no-kenmerk') {
        // The back office said yes without a reference: it may have stored it, so never a new key.
        return { view: 'message', messageKey: 'verzenden.geenKenmerk', showContactRoute: true, offerResend: false, keepKey: true };
      }
      return { view: 'message', messageKey: 'verzenden.mislukt', showContactRoute: true, offerResend: false, keepKey: false };
    case 'retry-exhausted':
      return { view: 'message', messageKey: 'verzenden.nietBereikbaar', showContactRoute: true, offerResend: true, keepKey: true };
    case 'aborted':
      return { view: 'nothing', showContactRoute: false, offerResend: false, keepKey: true };
  }
}
