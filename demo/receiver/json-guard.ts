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

export const MAX_DEPTH = 32;
export const MAX_ENTRIES = 1_000;

export type GuardFailure =
  | { code: 'ongeldige-utf8'; detail: string }
  | { code: 'ongeldige-tekens'; detail: string }
  | { code: 'te-diep'; detail: string }
  | { code: 'te-veel-elementen'; detail: string };

export type GuardResult = { ok: true; text: string } | ({ ok: false } & GuardFailure);

export interface GuardLimits {
  maxDepth?: number;
  maxEntries?: number;
}

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
  let text: string;
  try {
    // `fatal`: a broken sequence is an error, not a silent U+FFFD. Raw UTF-8 cannot hold a surrogate
    // (CESU-8 is refused here too), so lone surrogates can only come from escapes, checked below.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    return { ok: false, code: 'ongeldige-utf8', detail: 'De inhoud is geen geldige UTF-8.' };
  }

  // Per open container: how many members so far (a comma at its level adds one).
  const entries: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string; only escapes need a closer look.
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === QUOTE) break;
        if (s !== BACKSLASH) continue;
        const unit = unicodeEscape(text, i);
        if (unit === -1) {
          i++; // a two-character escape such as \" or \\
          continue;
        }
        if (isLowSurrogate(unit) || (isHighSurrogate(unit) && !isLowSurrogate(unicodeEscape(text, i + 6)))) {
          return { ok: false, code: 'ongeldige-tekens', detail: `Een tekst bevat een losse surrogaat (\\u${unit.toString(16)}).` };
        }
        i += isHighSurrogate(unit) ? 11 : 5;
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
  return { ok: true, text };
}
