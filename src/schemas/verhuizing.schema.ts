// The verhuizing envelope schema (domain notes verhuizing.md; product.md "The endpoint contract").
// One factory for the element and the receiver: `today` (an Amsterdam calendar date, see
// todayInAmsterdam) and the gemeente's policy go in, a zod/mini schema of the whole envelope comes
// out. It accepts answers as typed and outputs the normalised payload; the output parses to itself.
import * as z from 'zod/mini';
import { ageOn, compareIsoDates, isIsoDate } from './amsterdam.js';
import { createWerkdagenKalender, verhuisVenster } from './calendar.js';
import { at, createEnvelopeSchema } from './envelope.js';
import {
  aantal,
  adresVelden,
  compact,
  datum,
  datumCheck,
  email,
  fout,
  janee,
  keuze,
  nullableCode,
  optioneelJanee,
  optioneleKeuze,
  persoonVelden,
  optioneleEmail,
  optioneleTekst,
  optioneleTelefoon,
  telefoon,
} from './fields.js';
import { resolveVerhuizingConfig, type VerhuizingConfigInput } from './verhuizing.config.js';
import {
  gevraagdeBijlagen, MAXIMUM_MEEVERHUIZERS, MINIMUM_LEEFTIJD_AANGEVER, RELATIES, VERHUIZING_BIJLAGE_SOORTEN, VERHUIZING_VERSIES, verhuizingCrossCheck,
  ZORGINSTELLING_ROLLEN,
} from './verhuizing.rules.js';

export {
  MAXIMUM_MEEVERHUIZERS, MINIMUM_LEEFTIJD_AANGEVER, VERHUIZING_BIJLAGE_SOORTEN, VERHUIZING_VERSIE, VERHUIZING_VERSIES, verhuizingMeldVenster,
} from './verhuizing.rules.js';

/** A date of birth: a real date, not in the future (today itself is allowed: a newborn moves too). */
const geboortedatum = (today: string, ...rules: ReturnType<typeof datumCheck>[]) =>
  datum(
    datumCheck((d) => (compareIsoDates(d, today) > 0 ? { message: 'fout.geboortedatum.toekomst' } : undefined)),
    ...rules,
  );

const vorigAdres = () => z.object(adresVelden(), fout('fout.ongeldig')).check(compact);

export interface CreateVerhuizingSchemaOptions {
  /** Today's Amsterdam calendar date (`todayInAmsterdam(new Date())`); injectable for tests. */
  today: string;
  config: VerhuizingConfigInput;
}

export function createVerhuizingSchema({ today, config: input }: CreateVerhuizingSchemaOptions) {
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${String(today)}`);
  const config = resolveVerhuizingConfig(input);
  const kalender = createWerkdagenKalender({ extraFeestdagen: config.extraFeestdagen });

  // Wet BRP art. 2.39 lid 2: from 4 weeks before the move; after the deadline only when the gemeente
  // accepts late reports (then the element warns, using verhuisVenster itself).
  const verhuisdatum = datum(
    datumCheck((d) => {
      const venster = verhuisVenster(d, today, kalender);
      if (venster.status === 'te-vroeg') return { message: 'fout.verhuisdatum.te-vroeg', params: { datum: venster.vroegsteMelddatum } };
      if (venster.status === 'te-laat' && config.laatMelden === 'blokkeren') {
        return { message: 'fout.verhuisdatum.te-laat', params: { datum: venster.uiterlijkeMelddatum } };
      }
      return undefined;
    }),
  );

  const gegevens = z.object(
    {
      nieuwAdres: z
        .object(
          {
            ...adresVelden(),
            gemeentecode: nullableCode(4, 'fout.gemeentecode.ongeldig'),
            nummeraanduidingIdentificatie: nullableCode(16, 'fout.bag.ongeldig'),
            adresseerbaarObjectIdentificatie: nullableCode(16, 'fout.bag.ongeldig'),
            handmatig: janee(),
          },
          fout('fout.ongeldig'),
        )
        .check(compact),
      verhuisdatum,
      woonsituatie: z
        .object(
          {
            soort: keuze(['koop', 'huur', 'inwonen', 'zorginstelling', 'anders']),
            anderenWonenOpAdres: janee(),
            bijPartner: optioneelJanee(),
            aantalBewoners: aantal(1, 'fout.aantal-bewoners.ongeldig'),
          },
          fout('fout.ongeldig'),
        )
        .check(compact),
      aangever: z
        .object(
          {
            ...persoonVelden({
              geboortedatum: geboortedatum(
                today,
                datumCheck((d) =>
                  compareIsoDates(d, today) <= 0 && ageOn(d, today) < MINIMUM_LEEFTIJD_AANGEVER
                    ? { message: 'fout.aangever.te-jong', params: { leeftijd: MINIMUM_LEEFTIJD_AANGEVER } }
                    : undefined,
                ),
              ),
            }),
            // Versie 2, required there: false when the aangever reports a move they do not make.
            verhuistMee: optioneelJanee(),
            email: email(),
            telefoonnummer: config.telefoonVerplicht ? telefoon() : optioneleTelefoon(),
          },
          fout('fout.ongeldig'),
        )
        .check(compact),
      // The aangever's current address: required when they move, absent when they do not (cross-check).
      vorigAdres: z.optional(vorigAdres()),
      meeverhuizers: z._default(
        z.array(
          z
            .object(
              {
                ...persoonVelden({ geboortedatum: geboortedatum(today) }),
                relatie: keuze(RELATIES),
                gezagBevestigd: optioneelJanee(),
                verzorgingBevestigd: optioneelJanee(),
                zelfdeHuidigAdres: optioneelJanee(),
                zorginstellingRol: optioneleKeuze(ZORGINSTELLING_ROLLEN),
                // The mover's own current address: required when the aangever does not move.
                vorigAdres: z.optional(vorigAdres()),
              },
              fout('fout.ongeldig'),
            )
            .check(compact),
          fout('fout.ongeldig'),
        ).check(
          // One household, not a list upload: a bound keeps a report (and the check page) reviewable.
          z.refine((personen: unknown[]) => personen.length <= MAXIMUM_MEEVERHUIZERS, {
            error: 'fout.meeverhuizers.te-veel',
            params: { maximum: MAXIMUM_MEEVERHUIZERS },
          }),
        ),
        [],
      ),
      // Absent means "not applicable": it becomes null. Whether it applies is a cross-field rule.
      hoofdbewoner: z.pipe(
        z.transform((v: unknown) => (v === undefined ? null : v)),
        z.nullable(
          z
            .object(
              {
                ...persoonVelden({ geboortedatum: geboortedatum(today), bsn: false }),
                email: optioneleEmail(),
                telefoonnummer: optioneleTelefoon(),
                toestemming: keuze(['bijlage', 'niet-mogelijk']),
                toelichting: optioneleTekst(1000),
              },
              fout('fout.ongeldig'),
            )
            .check(compact),
        ),
      ),
      verklaringNaarWaarheid: z.literal(true, { error: 'fout.verklaring.verplicht' }),
    },
    fout('fout.ongeldig'),
  );

  return createEnvelopeSchema({
    formulier: 'verhuizing',
    versies: VERHUIZING_VERSIES,
    gegevens,
    bijlageSoorten: VERHUIZING_BIJLAGE_SOORTEN,
    gemeenteCode: config.gemeenteCode,
    maxBestandsgrootte: config.maxBestandsgrootte,
    maxTotaleGrootte: config.maxTotaleGrootte,
    gevraagdeSoorten: (envelope) => gevraagdeBijlagen(at(envelope, 'gegevens'), today, config).map((eis) => eis.soort),
    crossCheck: verhuizingCrossCheck(today, config),
  });
}

export type VerhuizingSchema = ReturnType<typeof createVerhuizingSchema>;
/** What the element builds from the answers (strings as typed). */
export type VerhuizingInput = z.input<VerhuizingSchema>;
/** The normalised envelope that is posted and that the receiver stores. */
export type VerhuizingEnvelope = z.output<VerhuizingSchema>;
export type VerhuizingGegevens = VerhuizingEnvelope['gegevens'];

