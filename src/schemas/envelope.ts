// The envelope every form posts (product.md, "The endpoint contract"):
// { formulier, versie: '1', gemeente: { code, naam }, taal, ingediendOp, gegevens, bijlagen[] }.
import * as z from 'zod/mini';
import { createBijlageSchema, MAX_BESTANDSGROOTTE, MAX_TOTALE_GROOTTE, maxBijlagen, toMb, totaleGrootte } from './attachments.js';
import { addFout, compact, fout, tekst } from './fields.js';
import { at, type ReportFout } from './rule-helpers.js';

export const ENVELOPE_VERSIE = '1';

export { at, type ReportFout } from './rule-helpers.js';

export interface EnvelopeSchemaOptions<F extends string, G extends z.ZodMiniType, S extends readonly [string, ...string[]]> {
  formulier: F;
  /** The payload versies this form accepts (default: [ENVELOPE_VERSIE]); see product.md "Payload versions". */
  versies?: readonly [string, ...string[]];
  /** The form's `gegevens` schema. */
  gegevens: G;
  /** The attachment kinds (`soort`) this form accepts. */
  bijlageSoorten: S;
  /** When set, `gemeente.code` must be this CBS code (a receiver configured for one gemeente). */
  gemeenteCode?: string;
  maxBestandsgrootte?: number;
  maxTotaleGrootte?: number;
  /** At most this many attachments in all; default BIJLAGEN_PER_SOORT per kind (maxBijlagen). */
  maxBijlagen?: number;
  /**
   * The kinds the form asks for these answers (the form's own rule, the one its attachment step
   * shows). An attachment of any other kind is refused: the element never sends one.
   */
  gevraagdeSoorten?: (envelope: unknown) => readonly string[];
  /**
   * Cross-field rules of the form. Called on every parse, also when other parts failed: `envelope`
   * is the partly parsed value (normalised where a field succeeded, raw where it did not), so read it
   * with `at` and check each value before using it.
   */
  crossCheck?: (envelope: unknown, report: ReportFout) => void;
}

export function createEnvelopeSchema<
  const F extends string,
  G extends z.ZodMiniType,
  const S extends readonly [string, ...string[]],
>(options: EnvelopeSchemaOptions<F, G, S>) {
  const maxTotaal = options.maxTotaleGrootte ?? MAX_TOTALE_GROOTTE;
  const maxAantal = options.maxBijlagen ?? maxBijlagen(options.bijlageSoorten);
  const teVeel = { error: 'fout.bijlagen.te-veel', params: { maximum: maxAantal } } as const;
  const bijlage = createBijlageSchema({
    soorten: options.bijlageSoorten,
    maxBestandsgrootte: options.maxBestandsgrootte ?? MAX_BESTANDSGROOTTE,
  });
  return z
    .object(
      {
        formulier: z.literal(options.formulier, fout('fout.ongeldig')),
        versie: z.enum(options.versies ?? [ENVELOPE_VERSIE], fout('fout.ongeldig')),
        gemeente: z.object(
          {
            code: z.string(fout('fout.gemeentecode.ongeldig')).check(z.regex(/^[0-9]{4}$/, { error: 'fout.gemeentecode.ongeldig' })),
            naam: tekst(100),
          },
          fout('fout.ongeldig'),
        ),
        // ISO 639-1: 'nl', 'en', or a language a host added through `translations`.
        taal: z.string(fout('fout.ongeldig')).check(z.regex(/^[a-z]{2}$/, { error: 'fout.ongeldig' })),
        ingediendOp: z.iso.datetime({ offset: true, ...fout('fout.ongeldig') }),
        gegevens: options.gegevens,
        // Counted before any attachment is parsed: 380,000 tiny files are refused at once, not one by one.
        bijlagen: z._default(
          z.pipe(
            z.array(z.unknown(), fout('fout.ongeldig')).check(z.refine((list) => list.length <= maxAantal, teVeel)),
            z.array(bijlage, fout('fout.ongeldig')).check(z.maxLength(maxAantal, teVeel)),
          ),
          [],
        ),
      },
      fout('fout.ongeldig'),
    )
    .check(
      compact,
      z.superRefine(
        (envelope, ctx) => {
          const report: ReportFout = (path, message, params) => addFout(ctx, path, message, params);
          const code = at(envelope, 'gemeente', 'code');
          if (options.gemeenteCode !== undefined && typeof code === 'string' && /^[0-9]{4}$/.test(code) && code !== options.gemeenteCode) {
            report(['gemeente', 'code'], 'fout.gemeente.andere');
          }
          const bijlagen = at(envelope, 'bijlagen');
          if (totaleGrootte(bijlagen) > maxTotaal) {
            report(['bijlagen'], 'fout.bijlagen.te-groot', { maxMb: toMb(maxTotaal) });
          }
          options.crossCheck?.(envelope, report);
          if (options.gevraagdeSoorten && Array.isArray(bijlagen) && bijlagen.length <= maxAantal) {
            const gevraagd = options.gevraagdeSoorten(envelope);
            bijlagen.forEach((b, i) => {
              const soort = at(b, 'soort');
              if (options.bijlageSoorten.includes(soort as S[number]) && !gevraagd.includes(soort as string)) report(['bijlagen', i, 'soort'], 'fout.bijlage.niet-toegestaan');
            });
          }
        },
        // Cross-field rules run even when some fields failed: the element validates step by step.
        { when: () => true },
      ),
    );
}
