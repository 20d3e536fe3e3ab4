// The zod schema of one attachment (envelope `bijlagen`); sniffing, base64 and limits are in
// attachment-files.ts (zod-free, for the first view: issue 9) and re-exported here.
import * as z from 'zod/mini';
import { addFout, compact, fout, isBlank, tekst } from './fields.js';
import { MAX_BESTANDSGROOTTE, MAX_BESTANDSNAAM, MIME_TYPES, base64DecodedLength, bestandsType, headerBytes, isBase64, schoonBestandsnaam, tailBytes, toMb } from './attachment-files.js';

export * from './attachment-files.js';

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
          tekst(MAX_BESTANDSNAAM),
          // A name, not a path, with nothing hidden in it: exactly what the element sends (it cleans
          // every name with schoonBestandsnaam), so anything else did not come from the element.
          z.string().check(z.refine((s) => s === schoonBestandsnaam(s), { error: 'fout.bijlage.bestandsnaam' })),
        ),
        mimeType: z.enum(MIME_TYPES, fout('fout.bijlage.type')),
        grootte: z.int(fout('fout.bijlage.grootte')).check(z.gte(1, { error: 'fout.bijlage.grootte' })),
        // Not z.base64(): its regular expression backtracks on megabytes (see isBase64).
        inhoud: z
          .string(fout('fout.bijlage.inhoud'))
          // (The emitted JSON Schema still says it is RFC 4648 base64: scripts/emit-json-schema.ts adds
          // contentEncoding. Not through a zod registry: zod's registries module puts
          // __zod_globalRegistry on globalThis, and the scripts add no globals to a host page.)
          .check(z.refine((v) => v !== '' && isBase64(v), { error: (i) => (isBlank(i.input) ? 'fout.verplicht' : 'fout.bijlage.inhoud') })),
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
          const sniffed = bestandsType(headerBytes(inhoud), tailBytes(inhoud));
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

