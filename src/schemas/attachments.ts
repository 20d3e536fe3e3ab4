// Attachments (envelope `bijlagen`): content sniffing, base64 without Buffer (atob/btoa exist in
// browsers and in Node ≥ 16), size limits, and the zod schema of one attachment.
import * as z from 'zod/mini';
import { addFout, compact, fout, tekst } from './fields.js';

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

/** The type the file really is, judged by its first bytes — never by its name or the claimed type. */
export function sniffMimeType(bytes: Uint8Array): MimeType | null {
  for (const { mimeType, bytes: magic } of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return mimeType;
  }
  return null;
}

/** How many header bytes `sniffMimeType` needs at most. */
export const SNIFF_LENGTH = 8;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function isBase64(value: unknown): value is string {
  return typeof value === 'string' && BASE64.test(value);
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
function headerBytes(base64: string): Uint8Array {
  return decodeBase64(base64.slice(0, Math.ceil(SNIFF_LENGTH / 3) * 4));
}

/** Bytes as whole megabytes (one decimal) for the messages. */
export function toMb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

export interface BijlageSchemaOptions<S extends readonly [string, ...string[]]> {
  /** The kinds of document this form accepts (`soort`). */
  soorten: S;
  /** Per-file limit in bytes (default MAX_BESTANDSGROOTTE). */
  maxBestandsgrootte?: number;
}

/**
 * One attachment `{ soort, bestandsnaam, mimeType, grootte, inhoud }`. Beyond the shape it checks that
 * the content really is the claimed type (magic bytes), that `grootte` is the decoded length, and the
 * per-file limit. Issues: `inhoud` (not base64, wrong or unknown type, too large), `grootte` (mismatch).
 */
export function createBijlageSchema<const S extends readonly [string, ...string[]]>(options: BijlageSchemaOptions<S>) {
  const max = options.maxBestandsgrootte ?? MAX_BESTANDSGROOTTE;
  return z
    .object(
      {
        soort: z.enum(options.soorten, fout('fout.keuze')),
        bestandsnaam: z.pipe(
          tekst(255),
          // A name, not a path: the back office stores it, so no directory separators.
          z.string().check(z.regex(/^[^/\\]+$/, { error: 'fout.bijlage.bestandsnaam' })),
        ),
        mimeType: z.enum(MIME_TYPES, fout('fout.bijlage.type')),
        grootte: z.int(fout('fout.bijlage.grootte')).check(z.gte(1, { error: 'fout.bijlage.grootte' })),
        inhoud: z.base64(fout('fout.bijlage.inhoud')),
      },
      fout('fout.ongeldig'),
    )
    .check(
      compact,
      // Runs even when other properties failed, so a wrong file is reported next to a missing name.
      z.superRefine(
        (value, ctx) => {
          const inhoud: unknown = value?.inhoud;
          if (!isBase64(inhoud)) return;
          const length = base64DecodedLength(inhoud);
          const sniffed = sniffMimeType(headerBytes(inhoud));
          if (sniffed === null || (MIME_TYPES.includes(value.mimeType) && sniffed !== value.mimeType)) {
            addFout(ctx, ['inhoud'], 'fout.bijlage.inhoud');
          } else if (length > max) {
            addFout(ctx, ['inhoud'], 'fout.bijlage.te-groot', { maxMb: toMb(max) });
          }
          if (Number.isInteger(value.grootte) && value.grootte !== length) {
            addFout(ctx, ['grootte'], 'fout.bijlage.grootte');
          }
        },
        { when: () => true },
      ),
    );
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
