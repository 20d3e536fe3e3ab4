// Attachments (envelope `bijlagen`): content sniffing, base64 without Buffer (atob/btoa exist in
// browsers and in Node ≥ 16) and size limits. Without zod (issue 9): the element reads files with
// these before the later part of a classic script (with zod and the schemas) has loaded; the zod
// schema of one attachment is in attachments.ts.

export const MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type MimeType = (typeof MIME_TYPES)[number];

/** Default limits (product.md "Sizes"): 10 MB per file, 25 MB together. MB = 1024 × 1024 bytes. */
export const MAX_BESTANDSGROOTTE = 10 * 1024 * 1024;
export const MAX_TOTALE_GROOTTE = 25 * 1024 * 1024;

const MAGIC: readonly { mimeType: MimeType; bytes: readonly number[] }[] = [
  { mimeType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-" (ISO 32000-2 §7.5.2)
  { mimeType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] }, // SOI marker + first segment marker (JFIF/Exif)
  { mimeType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // PNG signature (RFC 2083 §3.1)
];

/** The type the file claims to be by its first bytes — never by its name or the claimed type. */
export function sniffMimeType(bytes: Uint8Array): MimeType | null {
  for (const { mimeType, bytes: magic } of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return mimeType;
  }
  return null;
}

/** How many header bytes `sniffMimeType` and `bestandsType` need at most. */
export const SNIFF_LENGTH = 8;
/** How many trailing bytes `bestandsType` reads: a PDF's `%%EOF` must be in its last 1 KiB. */
export const TAIL_LENGTH = 1024;

// "%PDF-1.x" or "%PDF-2.0" (ISO 32000-1 §7.5.2, ISO 32000-2 §7.5.2): the version is part of the header.
const PDF_HEADER = /^%PDF-(?:1\.[0-9]|2\.0)/;
const PDF_EOF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // "%%EOF" (ISO 32000-2 §7.5.5: the last line of the file)
const JPEG_EOI = [0xff, 0xd9]; // End Of Image marker (ITU-T T.81 §B.2.1)
// The IEND chunk is always these 12 bytes: length 0, type "IEND", CRC AE426082 (RFC 2083 §4.1.4).
const PNG_IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

function endsWith(bytes: Uint8Array, suffix: readonly number[]): boolean {
  const offset = bytes.length - suffix.length;
  return offset >= 0 && suffix.every((b, i) => bytes[offset + i] === b);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What the file really is, judged by its start and its end — a header alone is easy to fake (a
 * `%PDF-` line in front of an HTML page). `head` is at least the first SNIFF_LENGTH bytes (or the
 * whole file), `tail` the last TAIL_LENGTH bytes (or the whole file). Shared by the element (which
 * refuses the file on the field) and the schema (so the receiver refuses it too).
 */
export function bestandsType(head: Uint8Array, tail: Uint8Array): MimeType | null {
  const sniffed = sniffMimeType(head);
  switch (sniffed) {
    case 'application/pdf': {
      const header = String.fromCharCode(...head.subarray(0, SNIFF_LENGTH));
      return PDF_HEADER.test(header) && contains(tail.subarray(-TAIL_LENGTH), PDF_EOF) ? sniffed : null;
    }
    case 'image/jpeg':
      return endsWith(tail, JPEG_EOI) ? sniffed : null;
    case 'image/png':
      return endsWith(tail, PNG_IEND) ? sniffed : null;
    default:
      return null;
  }
}

/** `bestandsType` of a whole file in memory. */
export function bestandsTypeVan(bytes: Uint8Array): MimeType | null {
  return bestandsType(bytes.subarray(0, SNIFF_LENGTH), bytes.subarray(-TAIL_LENGTH));
}

/** A file name may be this long at most (characters, extension included). */
export const MAX_BESTANDSNAAM = 100;

// C0 and C1 control characters and DEL: invisible, and some (CR, LF) split log lines and headers.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidirectional controls (Unicode TR9): "factuur\u202Efdp.exe" shows as "factuurexe.pdf".
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A surrogate half without its partner is not text (it cannot be stored as UTF-8).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

/**
 * The name an attachment travels under: the last path segment only (some browsers hand over more),
 * without control, bidi or broken characters, without leading or trailing dots and spaces (a hidden
 * file, a name Windows cannot store), at most MAX_BESTANDSNAAM characters with the extension kept.
 * A pure function so that the element cleans with it and the schema accepts only its output.
 */
export function schoonBestandsnaam(name: string): string {
  const lastSegment = name.split(/[\\/]/).pop() ?? '';
  const visible = lastSegment.replace(CONTROL, '').replace(BIDI, '').replace(LONE_SURROGATE, '').replace(/[\s.]+$/, '');
  const extension = EXTENSION.exec(visible)?.[0] ?? '';
  const stem = [...visible.slice(0, visible.length - extension.length).replace(/^[\s.]+|[\s.]+$/g, '')] // code points:
    .slice(0, MAX_BESTANDSNAAM - extension.length) // never cut a surrogate pair in half
    .join('')
    .replace(/[\s.]+$/, '');
  return `${stem || 'bestand'}${extension}`;
}

/**
 * At most this many attachments per kind the form has, so a form with 5 kinds takes at most 20.
 * Without a bound one envelope of 40 MB can carry 380,000 tiny "files": accepted, and every later
 * look at the inbox slows the receiver to a crawl (issue 8, hole 3).
 */
export const BIJLAGEN_PER_SOORT = 4;

export function maxBijlagen(soorten: readonly string[]): number {
  return BIJLAGEN_PER_SOORT * soorten.length;
}

// RFC 4648 §4: a search for the first character outside the alphabet is one linear, native scan.
// The obvious /^(?:[A-Za-z0-9+/]{4})*…$/ backtracks over a 10 MB string into "Maximum call stack size
// exceeded" (a 500) after blocking the receiver for seconds.
const NOT_BASE64 = /[^A-Za-z0-9+/]/;

// The schema asks about each attachment's content several times (the field, the type check, the
// total size): remember the last few answers for long strings rather than scan megabytes again.
const checked = new Map<string, boolean>();
const CHECKED_MAX = 4; // at most a few files of one envelope are held, and only until the next ones
const CHECKED_MIN_LENGTH = 64 * 1024;

/** Padded base64 (RFC 4648 §4). */
export function isBase64(value: unknown): value is string {
  if (typeof value !== 'string' || value.length % 4 !== 0) return false;
  const known = value.length >= CHECKED_MIN_LENGTH ? checked.get(value) : undefined;
  if (known !== undefined) return known;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  const result = !NOT_BASE64.test(padding ? value.slice(0, -padding) : value);
  if (value.length >= CHECKED_MIN_LENGTH) {
    if (checked.size >= CHECKED_MAX) checked.delete(checked.keys().next().value!);
    checked.set(value, result);
  }
  return result;
}

const CHUNK = 0x8000; // String.fromCharCode.apply has an argument limit; 32 K is safe everywhere.

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Decoded byte length of (valid, padded) base64, without decoding it. */
export function base64DecodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** The first bytes of base64 content, decoding only what sniffing needs. */
export function headerBytes(base64: string): Uint8Array {
  return decodeBase64(base64.slice(0, Math.ceil(SNIFF_LENGTH / 3) * 4));
}

/** The last TAIL_LENGTH (or a few more) bytes of base64 content: base64 is cut on a 4-character boundary. */
export function tailBytes(base64: string): Uint8Array {
  return decodeBase64(base64.slice(-Math.ceil(TAIL_LENGTH / 3) * 4));
}

/** Bytes as whole megabytes (one decimal) for the messages. */
export function toMb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Sum of the decoded sizes of the attachments that have valid content (for the total limit). */
export function totaleGrootte(bijlagen: unknown): number {
  if (!Array.isArray(bijlagen)) return 0;
  let total = 0;
  for (const bijlage of bijlagen) {
    const inhoud: unknown = bijlage?.inhoud;
    if (isBase64(inhoud)) total += base64DecodedLength(inhoud);
  }
  return total;
}
