// The soak's seeded fault schedule. The fault for a request depends only on (seed, Idempotency-Key,
// attempt number for that key), not on arrival order, so a run with concurrent clients is reproducible
// with `--seed`: the same seed gives every key the same faults in the same order.

export type Fault =
  | { kind: 'pass' }
  /** Socket destroyed before the request reaches the receiver: nothing stored. */
  | { kind: 'drop-before' }
  /** Forwarded (the receiver stores it), then the socket is destroyed before any answer. */
  | { kind: 'drop-after' }
  /** Forwarded, then no answer until well past the client's timeout. */
  | { kind: 'hang' }
  /** Answered by the proxy itself; the receiver never sees the request. */
  | { kind: 'status'; status: 500 | 502 | 503 | 429; retryAfter?: string }
  /** Forwarded; the receiver's 201 status line and headers are sent, the socket cut before the body. */
  | { kind: 'cut-201' }
  /** Forwarded; the answer is held back `ms` (less than the client's timeout). */
  | { kind: 'slow'; ms: number };

export type FaultKind = Fault['kind'];

/** mulberry32: a small, well-known 32-bit PRNG; good enough for a fault schedule, and seedable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string, to mix the key and attempt into the seed. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// Weights out of 100. About 40 % of attempts pass untouched, so most submissions need a retry or two
// and some exhaust the client's 4 attempts (then they are resent under the same key).
const TABLE: [number, (r: () => number) => Fault][] = [
  [40, () => ({ kind: 'pass' })],
  [8, () => ({ kind: 'drop-before' })],
  [8, () => ({ kind: 'drop-after' })],
  [6, () => ({ kind: 'hang' })],
  [5, (r) => withRetryAfter(500, r)],
  [5, (r) => withRetryAfter(502, r)],
  [6, (r) => withRetryAfter(503, r)],
  [6, (r) => withRetryAfter(429, r)],
  [9, () => ({ kind: 'cut-201' })],
  [7, (r) => ({ kind: 'slow', ms: 100 + Math.floor(r() * 400) })],
];

function withRetryAfter(status: 500 | 502 | 503 | 429, r: () => number): Fault {
  // Half with Retry-After (delta-seconds; the soak caps it through maxRetryAfterMs), half without.
  return r() < 0.5 ? { kind: 'status', status } : { kind: 'status', status, retryAfter: String(1 + Math.floor(r() * 3)) };
}

/** The fault for the `attempt`-th request (1-based) the proxy sees with this key. */
export function faultFor(seed: number, key: string, attempt: number): Fault {
  const r = mulberry32(seed ^ fnv1a(`${key}#${attempt}`));
  let pick = r() * 100;
  for (const [weight, make] of TABLE) {
    if (pick < weight) return make(r);
    pick -= weight;
  }
  return { kind: 'pass' };
}

/** A deterministic UUID-shaped key from the seed, so the schedule (keyed by key) is reproducible too. */
export function seededKey(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
