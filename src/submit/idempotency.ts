// The Idempotency-Key sent with every attempt of one submission (see the endpoint contract in
// product.md): the receiver treats a repeated key with the same body as the same submission, so a retry,
// a reload mid-send or "Opnieuw versturen" never files the same verhuizing twice.

/** The part of `Crypto` this module uses; injectable so tests can drive both paths. */
export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

/** Thrown when the environment offers no cryptographic randomness at all. */
export class NoRandomSourceError extends Error {
  override name = 'NoRandomSourceError';
  constructor() {
    super('Neither crypto.randomUUID nor crypto.getRandomValues is available');
  }
}

/**
 * A new random (version 4) UUID.
 *
 * `crypto.randomUUID` only exists in secure contexts (a gemeente test site on plain http, a CMS preview
 * in a non-secure iframe) and from Safari 15.4, whereas `crypto.getRandomValues` is available everywhere
 * the elements run, so that is the fallback. Math.random is deliberately not a fallback: two citizens
 * could then get the same key and the receiver would answer the second with the first one's kenmerk.
 */
export function newIdempotencyKey(source: RandomSource | null | undefined = globalThis.crypto): string {
  // Called as methods (not detached) because browsers throw "Illegal invocation" when `this` is not Crypto.
  if (typeof source?.randomUUID === 'function') return source.randomUUID();
  if (typeof source?.getRandomValues === 'function') return uuidV4FromBytes(source.getRandomValues(new Uint8Array(16)));
  throw new NoRandomSourceError();
}

/** Formats 16 random bytes as an RFC 9562 version 4, variant 10xx UUID. */
export function uuidV4FromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError('A UUID needs exactly 16 bytes');
  const b = Uint8Array.from(bytes);
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // variant 10xx (RFC 9562 §4.1)
  const hex = Array.from(b, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
