// "Was my pending send stored?" (product.md, "Asking the endpoint about a key"): `GET {endpoint}` with
// the Idempotency-Key in a header — never in the URL, where it would end up in access logs and the
// Referer — and the same credentials and extra headers as the POST, so the same CORS rules apply.
// `200 { kenmerk }` means stored. Everything else (404, a backend without the operation: 404/405, a
// network failure, a timeout) means "cannot tell": the element then never offers a fresh send.
import { classify, RESERVED_HEADERS, type FetchLike } from './client.js';

export interface KeyLookupRequest {
  endpoint: string;
  idempotencyKey: string;
  credentials: RequestCredentials;
  headers?: Record<string, string>;
}

export type KeyLookupResult =
  | { kind: 'stored'; kenmerk: string }
  /** The endpoint could not say it was stored; `status` when it answered at all. */
  | { kind: 'unknown'; status?: number };

export const KEY_LOOKUP_TIMEOUT_MS = 15_000;

export async function lookupKey(
  request: KeyLookupRequest,
  options: { fetch?: FetchLike; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<KeyLookupResult> {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const reserved = new Set(RESERVED_HEADERS.map((name) => name.toLowerCase()));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (!reserved.has(name.toLowerCase())) headers[name] = String(value);
  }
  headers['Accept'] = 'application/json, application/problem+json';
  headers['Idempotency-Key'] = request.idempotencyKey;
  const controller = new AbortController();
  const forward = () => controller.abort();
  options.signal?.addEventListener('abort', forward, { once: true });
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? KEY_LOOKUP_TIMEOUT_MS);
  try {
    const response = await fetchImpl(request.endpoint, {
      method: 'GET',
      headers,
      credentials: request.credentials,
      // A stored answer of an earlier lookup ("not yet") must not stand in for this one.
      cache: 'no-store',
      signal: controller.signal,
    });
    const text = await response.text();
    if (response.status !== 200) return { kind: 'unknown', status: response.status };
    const result = classify(200, text);
    return result.kind === 'ok' ? { kind: 'stored', kenmerk: result.kenmerk } : { kind: 'unknown', status: 200 };
  } catch {
    return { kind: 'unknown' };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forward);
  }
}
