// Checks a request body before JSON.parse sees it (issue 8, holes 4 and 7). JSON.parse itself copes
// with deep nesting and long arrays, but everything after it walks the value recursively — the body
// hash, the schema, the inbox — and a body 5,000 levels deep, or 200,000 co-movers whose issues are
// collected in one array, overflowed the stack and answered 500. So the raw text is read once, in a
// linear scan that knows strings and escapes, and refused with a 400 when:
//   - it is not valid UTF-8 (RFC 8259 §8.1: JSON exchanged between systems is UTF-8);
//   - a string holds a lone surrogate (`"\ud800"`): not text, and not storable as UTF-8 (RFC 8259 §8.2);
//   - objects and arrays nest deeper than MAX_DEPTH, also inside a field the schema does not know;
//   - one object or array has more than MAX_ENTRIES members — far above any schema's maximum (50
//     co-movers, 20 attachments), so the schema still gives its own, field-level message below it.
// The scanner does not validate the grammar: JSON.parse does that next.

import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';

export const MAX_DEPTH = 32;
export const MAX_ENTRIES = 1_000;

export type GuardFailure =
  | { code: 'ongeldige-utf8'; detail: string }
  | { code: 'ongeldige-tekens'; detail: string }
  | { code: 'te-diep'; detail: string }
  | { code: 'te-veel-elementen'; detail: string };

export type GuardResult = { ok: true; text: string; longStrings: LongStrings } | ({ ok: false } & GuardFailure);

/** Where the long string values without escapes are: [opening quote, closing quote] offsets. */
export type LongStrings = [number, number][];

/** A string value longer than this is cut out of the text before JSON.parse (see parseGuarded). */
export const LONG_STRING = 64 * 1024;

export interface GuardLimits {
  maxDepth?: number;
  maxEntries?: number;
}

const CONTROL = /[\u0000-\u001f]/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const SPACE = 0x20;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The code unit of a `\uXXXX` escape starting at `i` (the backslash), or -1 when it is not one. */
function unicodeEscape(text: string, i: number): number {
  if (text.charCodeAt(i) !== BACKSLASH || text.charCodeAt(i + 1) !== 0x75 /* u */) return -1;
  const hex = text.slice(i + 2, i + 6);
  return /^[0-9a-fA-F]{4}$/.test(hex) ? parseInt(hex, 16) : -1;
}

/** Decodes `body` as strict UTF-8 and scans it; see the file comment for what is refused. */
export function guardJson(body: Uint8Array, limits: GuardLimits = {}): GuardResult {
  const maxDepth = limits.maxDepth ?? MAX_DEPTH;
  const maxEntries = limits.maxEntries ?? MAX_ENTRIES;
  // Strict: a broken sequence is an error, not a silent U+FFFD. Raw UTF-8 cannot hold a surrogate
  // (CESU-8 is refused here too), so lone surrogates can only come from escapes, checked below.
  // isUtf8 is native (simdutf): a 40 MB body takes milliseconds.
  if (!isUtf8(body)) return { ok: false, code: 'ongeldige-utf8', detail: 'De inhoud is geen geldige UTF-8.' };
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8').replace(/^\uFEFF/, '');

  // Per open container: how many members so far (a comma at its level adds one).
  const entries: number[] = [];
  const longStrings: LongStrings = [];
  const n = text.length;
  let nextBackslash = -1; // position of the next backslash at or after the scan (a cache for indexOf)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string with native searches (a 10 MB base64 string is one memchr); only escapes
      // need a closer look.
      const opening = i;
      let escaped = false;
      for (;;) {
        const quote = text.indexOf('"', i + 1);
        if (quote === -1) return { ok: true, text, longStrings: [] }; // unterminated: JSON.parse reports it
        if (nextBackslash < i + 1) {
          const found = text.indexOf('\\', i + 1);
          nextBackslash = found === -1 ? n : found; // none left: never search again
        }
        if (nextBackslash > quote) {
          i = quote;
          break;
        }
        i = nextBackslash;
        escaped = true;
        const unit = unicodeEscape(text, i);
        if (unit === -1) {
          i++; // a two-character escape such as \" or \\: its second character is skipped
        } else if (isLowSurrogate(unit) || (isHighSurrogate(unit) && !isLowSurrogate(unicodeEscape(text, i + 6)))) {
          return { ok: false, code: 'ongeldige-tekens', detail: `Een tekst bevat een losse surrogaat (\\u${unit.toString(16)}).` };
        } else {
          i += isHighSurrogate(unit) ? 11 : 5;
        }
      }
      // Raw control characters make the JSON invalid: such a string stays for JSON.parse to refuse.
      if (!escaped && i - opening > LONG_STRING && !isKey(text, i + 1) && !CONTROL.test(text.slice(opening + 1, i))) {
        longStrings.push([opening, i]);
      }
      continue;
    }
    if (c <= SPACE) continue;
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (entries.length >= maxDepth) {
        return { ok: false, code: 'te-diep', detail: `De JSON is dieper genest dan ${maxDepth} niveaus.` };
      }
      entries.push(1);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      entries.pop();
    } else if (c === COMMA && entries.length > 0) {
      const count = ++entries[entries.length - 1]!;
      if (count > maxEntries) {
        return { ok: false, code: 'te-veel-elementen', detail: `Een lijst of object heeft meer dan ${maxEntries} elementen.` };
      }
    }
  }
  return { ok: true, text, longStrings };
}

/** Whether the string that ended just before `from` is an object key (a colon follows). */
function isKey(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x3a) return true;
    if (c !== SPACE && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return false;
}

/**
 * JSON.parse of a guarded text, without making JSON.parse copy the long strings: each long string
 * value (an attachment's base64) is replaced by a short placeholder, the rest is parsed, and the
 * placeholders are then replaced by slices of the text — which V8 makes without copying. Parsing a
 * 40 MB envelope this way takes a millisecond instead of blocking the receiver for hundreds (hole 3).
 * The placeholder carries a random nonce, so no string in the body can pose as one.
 */
export function parseGuarded(guarded: { text: string; longStrings: LongStrings }): unknown {
  const { text, longStrings } = guarded;
  if (longStrings.length === 0) return JSON.parse(text);
  const prefix = `\u0000${randomUUID()}:`;
  const parts: string[] = [];
  let from = 0;
  longStrings.forEach(([open, close], k) => {
    parts.push(text.slice(from, open), JSON.stringify(`${prefix}${k}`));
    from = close + 1;
  });
  parts.push(text.slice(from));
  const restore = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!value.startsWith(prefix)) return value;
      const [open, close] = longStrings[Number(value.slice(prefix.length))]!;
      return text.slice(open + 1, close);
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = restore(value[i]);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const before = (value as Record<string, unknown>)[key];
        const after = restore(before);
        // defineProperty: an own "__proto__" key must stay a plain property, never set the prototype.
        if (after !== before) Object.defineProperty(value, key, { value: after, writable: true, enumerable: true, configurable: true });
      }
    }
    return value;
  };
  return restore(JSON.parse(parts.join('')));
}
