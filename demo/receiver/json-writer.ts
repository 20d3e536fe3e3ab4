// JSON text of a parsed body in pieces, so a 40 MB envelope can be hashed and serialised with turns
// of the event loop in between (issue 8, hole 3): one JSON.stringify or one hash of the whole text
// blocks every other request for hundreds of milliseconds on a busy machine.
import { createHash } from 'node:crypto';

/** After about this many characters of output, give other requests a turn. */
const SLICE = 1024 * 1024;

/**
 * The pieces of JSON.stringify(value) — with `sortKeys`, of the canonical form (keys sorted, no
 * whitespace) that the body hash is taken over. Only values JSON.parse can produce are expected.
 */
export function* jsonPieces(value: unknown, sortKeys: boolean): Generator<string> {
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      yield* value[i] === undefined ? ['null'] : jsonPieces(value[i], sortKeys);
    }
    yield ']';
  } else if (value !== null && typeof value === 'object') {
    yield '{';
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    if (sortKeys) keys.sort();
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) yield ',';
      yield `${JSON.stringify(keys[i])}:`;
      yield* jsonPieces((value as Record<string, unknown>)[keys[i]!], sortKeys);
    }
    yield '}';
  } else {
    yield JSON.stringify(value);
  }
}

async function eachSlice(value: unknown, sortKeys: boolean, breathe: () => Promise<void>, use: (slice: string) => void) {
  let since = 0;
  for (const piece of jsonPieces(value, sortKeys)) {
    for (let at = 0; at < piece.length; ) {
      let end = Math.min(at + SLICE, piece.length);
      // Never between the two halves of a surrogate pair: each slice is encoded to UTF-8 on its own.
      const last = piece.charCodeAt(end - 1);
      if (last >= 0xd800 && last <= 0xdbff && end < piece.length) end++;
      const slice = at === 0 && end === piece.length ? piece : piece.slice(at, end);
      at = end;
      use(slice);
      since += slice.length;
      if (since >= SLICE) {
        since = 0;
        await breathe();
      }
    }
  }
}

/** sha256 (hex) of the canonical JSON of `value`: the same digest as hashing canonicalJson(value) at once. */
export async function canonicalSha256(value: unknown, breathe: () => Promise<void>): Promise<string> {
  const hash = createHash('sha256');
  await eachSlice(value, true, breathe, (slice) => hash.update(slice, 'utf8'));
  return hash.digest('hex');
}

/** JSON.stringify(value), built with turns in between. */
export async function stringify(value: unknown, breathe: () => Promise<void>): Promise<string> {
  const parts: string[] = [];
  await eachSlice(value, false, breathe, (slice) => parts.push(slice));
  return parts.join('');
}
