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
  bsn,
  compact,
  datum,
  datumCheck,
  email,
  fout,
  janee,
  keuze,
  naam,
  nullableCode,
  optioneelJanee,
  optioneleEmail,
  optioneleTekst,
  optioneleTelefoon,
  telefoon,
} from './fields.js';
import { resolveVerhuizingConfig, type VerhuizingConfigInput } from './verhuizing.config.js';
import { gevraagdeBijlagen, verhuizingCrossCheck } from './verhuizing.rules.js';

export const VERHUIZING_BIJLAGE_SOORTEN = [
  'huurcontract',
  'koopakte',
  'zorgovereenkomst',
  'machtiging',
  'toestemming-hoofdbewoner',
] as const;

/** Everyone 16 or older reports for themselves (RvIG; verhuizing.md "Who may report for whom"). */
export const MINIMUM_LEEFTIJD_AANGEVER = 16;

/** A date of birth: a real date, not in the future (today itself is allowed: a newborn moves too). */
const geboortedatum = (today: string, ...rules: ReturnType<typeof datumCheck>[]) =>
  datum(
    datumCheck((d) => (compareIsoDates(d, today) > 0 ? { message: 'fout.geboortedatum.toekomst' } : undefined)),
    ...rules,
  );

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
            burgerservicenummer: bsn(),
            naam: naam(),
            geboortedatum: geboortedatum(
              today,
              datumCheck((d) =>
                compareIsoDates(d, today) <= 0 && ageOn(d, today) < MINIMUM_LEEFTIJD_AANGEVER
                  ? { message: 'fout.aangever.te-jong', params: { leeftijd: MINIMUM_LEEFTIJD_AANGEVER } }
                  : undefined,
              ),
            ),
            email: email(),
            telefoonnummer: config.telefoonVerplicht ? telefoon() : optioneleTelefoon(),
          },
          fout('fout.ongeldig'),
        )
        .check(compact),
      vorigAdres: z.object(adresVelden(), fout('fout.ongeldig')).check(compact),
      meeverhuizers: z._default(
        z.array(
          z
            .object(
              {
                burgerservicenummer: bsn(),
                naam: naam(),
                geboortedatum: geboortedatum(today),
                relatie: keuze(['echtgenoot', 'kind', 'ouder', 'anders']),
                gezagBevestigd: optioneelJanee(),
                zelfdeHuidigAdres: optioneelJanee(),
              },
              fout('fout.ongeldig'),
            )
            .check(compact),
          fout('fout.ongeldig'),
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
                naam: naam(),
                geboortedatum: geboortedatum(today),
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

/** The reporting window for a move date, for the element's late-report warning. */
export function verhuizingMeldVenster(verhuisdatum: string, today: string, config: Pick<VerhuizingConfigInput, 'extraFeestdagen'> = {}) {
  return verhuisVenster(verhuisdatum, today, createWerkdagenKalender({ extraFeestdagen: config.extraFeestdagen ?? [] }));
}
