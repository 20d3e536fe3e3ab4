// The aangifte overlijden envelope schema (domain notes overlijden.md; product.md "The endpoint
// contract"). One factory for the element and the receiver: `now` (and today's Amsterdam date), the
// gemeente's policy go in, a zod/mini schema of the whole envelope comes out. It accepts answers as
// typed and outputs the normalised payload; the output parses to itself.
//
// Which parts apply depends on other answers (aangever type, BSN known, burgerlijke staat, natural
// death, wijze of lijkbezorging, funeral abroad, the funeral window). Those parts are optional or
// nullable in the structure, and overlijden.rules.ts requires or refuses them — so each is reported
// at its own path, also while other steps are unanswered.
import * as z from 'zod/mini';
import { compareIsoDates, isIsoDate, todayInAmsterdam } from './amsterdam.js';
import { at, createEnvelopeSchema } from './envelope.js';
import { normaliseerTijd } from './validators.js';
import {
  adresVelden,
  bsn,
  compact,
  datum,
  datumCheck,
  email,
  fout,
  isBlank,
  janee,
  keuze,
  naam,
  optioneleTekst,
  tekst,
  telefoon,
  type FoutKey,
} from './fields.js';
import { resolveOverlijdenConfig, type OverlijdenConfigInput } from './overlijden.config.js';
import { BURGERLIJKE_STATEN, LAND_KEUZES, MAX_UITTREKSELS, OVERLIJDEN_BIJLAGE_SOORTEN, OVERLIJDEN_VERSIES, overlijdenCrossCheck, overlijdenKalender, vereisteBijlagen } from './overlijden.rules.js';

export { OVERLIJDEN_BIJLAGE_SOORTEN } from './overlijden.rules.js';

export { MAX_UITTREKSELS, OVERLIJDEN_VERSIE, OVERLIJDEN_VERSIES } from './overlijden.rules.js';

// --- Field builders this form needs beyond fields.ts ------------------------------------------------

const trimmed = (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v);

/** Every leaf is empty: an optional group the citizen did not fill in (the element keeps '' per field). */
function allBlank(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (Array.isArray(value) || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).every(allBlank);
}

/** An optional group: absent, null or all-empty is left out of the output. */
function optioneelObject<S extends z.ZodMiniType>(schema: S) {
  // `any`: the transform hands the raw value on for `schema` to judge.
  return z.optional(z.pipe(z.transform((v: unknown): any => (v === null || allBlank(v) ? undefined : v)), z.optional(schema)));
}

/** A group that may not apply: absent or all-empty becomes null (as `hoofdbewoner` in verhuizing). */
function nullableObject<S extends z.ZodMiniType>(schema: S) {
  return z.pipe(z.transform((v: unknown): any => (allBlank(v) ? null : v)), z.nullable(schema));
}

// The one home of the time rule is validators.ts (the check page shows times with it too).
export { normaliseerTijd };

/** Time of day `HH:MM` (24 h); typed as 9:05, 09.05 or 0905 it becomes 09:05. */
export function tijd() {
  const key = 'fout.tijd.ongeldig';
  return z.pipe(
    z.transform((v: unknown) => {
      const c = trimmed(v);
      return typeof c === 'string' ? normaliseerTijd(c) : c;
    }),
    z.string(fout(key)).check(z.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: key })),
  );
}

/** Digits only, spaces and dots typed between them dropped. */
function cijfers(digits: number, key: FoutKey) {
  return z.pipe(
    z.transform((v: unknown) => {
      const c = trimmed(v);
      return typeof c === 'string' && /^[0-9\s.]+$/.test(c) ? c.replace(/[\s.]/g, '') : c;
    }),
    z.string(fout(key)).check(z.regex(new RegExp(`^[0-9]{${digits}}$`), { error: key })),
  );
}

/** KvK-nummer: exactly 8 digits, no check digit (Handelsregisterbesluit 2008 art. 9). */
export const kvkNummer = () => cijfers(8, 'fout.kvk.ongeldig');
/** Vestigingsnummer: exactly 12 digits (KvK Handelsregister). */
export const vestigingsnummer = () => cijfers(12, 'fout.vestigingsnummer.ongeldig');

/** A confirmation checkbox: true, or absent when not ticked (a rule says when it is required). */
const bevestiging = (key: FoutKey) =>
  z.optional(
    z.pipe(
      z.transform((v: unknown) => {
        const c = trimmed(v);
        return c === true || c === 'ja' || c === 'true' ? true : c === false || c === 'nee' || c === 'false' ? undefined : c;
      }),
      z.optional(z.literal(true, fout(key))),
    ),
  );

/** Address fields as in verhuizing (BAG names and lengths). */
const adres = () => z.object(adresVelden(), fout('fout.ongeldig')).check(compact);

/** A date of birth or death: a real date, not after today. */
const nietInDeToekomst = (today: string, key: FoutKey) =>
  datum(datumCheck((d) => (compareIsoDates(d, today) > 0 ? { message: key } : undefined)));

export interface CreateOverlijdenSchemaOptions {
  /** The current instant (a Date or an ISO timestamp); injectable for tests. */
  now: Date | string;
  /** Today's Amsterdam calendar date; defaults to `todayInAmsterdam(now)`. */
  today?: string;
  config: OverlijdenConfigInput;
}

export function createOverlijdenSchema({ now: nowInput, today: todayInput, config: input }: CreateOverlijdenSchemaOptions) {
  const now = nowInput instanceof Date ? nowInput : new Date(nowInput);
  if (Number.isNaN(now.getTime())) throw new RangeError(`now must be a valid instant, got ${String(nowInput)}`);
  const today = todayInput ?? todayInAmsterdam(now);
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${String(today)}`);
  const config = resolveOverlijdenConfig(input);
  const kalender = overlijdenKalender(config);

  const aangever = z
    .object(
      {
        type: keuze(['uitvaartondernemer', 'nabestaande']),
        // Funeral director only (eHerkenning company data).
        organisatie: optioneelObject(
          z
            .object({ naam: tekst(200), kvkNummer: kvkNummer(), vestigingsnummer: z.optional(z.pipe(z.transform(trimmed), z.optional(vestigingsnummer()))) }, fout('fout.ongeldig'))
            .check(compact),
        ),
        naam: naam(),
        // Required: the akte, the verlof and the extracts are sent there.
        email: email(),
        telefoonnummer: telefoon(),
        // Funeral director only: the relative who authorised them (BW 1:19h) and the confirmation.
        gemachtigdDoor: optioneelObject(z.object({ naam: tekst(200), relatie: tekst(100) }, fout('fout.ongeldig'))),
        machtigingBevestigd: bevestiging('fout.aangever.machtiging'),
        // The relative's own BSN; for a funeral director the BSN of the person acting, only where the
        // gemeente asks it (config `bsnAangever`).
        burgerservicenummer: z.optional(z.pipe(z.transform(trimmed), z.optional(bsn()))),
        // Relative only.
        relatie: optioneleTekst(100),
        adres: optioneelObject(adres()),
      },
      fout('fout.ongeldig'),
    )
    .check(compact);

  const persoonNaam = () => z.object({ naam: naam() }, fout('fout.ongeldig'));

  const overledene = z
    .object(
      {
        burgerservicenummer: z.pipe(z.transform((v: unknown) => (isBlank(v) ? null : v)), z.nullable(bsn())),
        // "Unknown / not registered in the BRP": then no BSN, and the parents' names for the akte.
        bsnOnbekend: janee(),
        naam: naam(),
        geslacht: keuze(['man', 'vrouw', 'onbekend']),
        geboorte: z.object(
          {
            datum: nietInDeToekomst(today, 'fout.geboortedatum.toekomst'),
            plaats: tekst(80),
            land: tekst(80),
          },
          fout('fout.ongeldig'),
        ),
        // Null: no (known) address in the Netherlands — only on the "not in the BRP" path.
        laatsteAdres: nullableObject(adres()),
        burgerlijkeStaat: keuze(BURGERLIJKE_STATEN),
        partner: nullableObject(
          z.object({ naam: naam(), geboortedatum: nietInDeToekomst(today, 'fout.geboortedatum.toekomst') }, fout('fout.ongeldig')),
        ),
        // At most two legal parents (BW 1:198–199); an empty list is no list.
        ouders: z.pipe(
          z.transform((v: unknown) => (isBlank(v) || (Array.isArray(v) && v.length === 0) ? null : v)),
          z.nullable(z.array(persoonNaam(), fout('fout.ongeldig')).check(z.maxLength(2, { error: 'fout.overledene.ouders-te-veel' }))),
        ),
      },
      fout('fout.ongeldig'),
    )
    .check(compact);

  const overlijden = z.object(
    {
      datum: nietInDeToekomst(today, 'fout.overlijden.datum-toekomst'),
      tijd: tijd(),
      gemeentecode: z.pipe(
        z.transform(trimmed),
        z.string(fout('fout.gemeentecode.ongeldig')).check(z.regex(/^[0-9]{4}$/, { error: 'fout.gemeentecode.ongeldig' })),
      ),
      plaats: tekst(80),
      locatie: z
        .object(
          {
            soort: keuze(['woning', 'ziekenhuis', 'verpleeghuis', 'elders']),
            omschrijving: optioneleTekst(200),
          },
          fout('fout.ongeldig'),
        )
        .check(compact),
      natuurlijk: janee(),
      schouwendArts: z.object(
        { naam: tekst(200), soort: keuze(['behandelend-arts', 'gemeentelijk-lijkschouwer']) },
        fout('fout.ongeldig'),
      ),
      // A deceased minor examined by the behandelend arts: the declarant confirms that the verklaring
      // records the overleg with the gemeentelijk lijkschouwer (Wlb art. 10a lid 1). Absent otherwise.
      overlegLijkschouwer: bevestiging('fout.overlijden.overleg-lijkschouwer'),
    },
    fout('fout.ongeldig'),
  ).check(compact);

  const lijkbezorging = z
    .object(
      {
        wijze: keuze(['begraven', 'cremeren', 'wetenschap']),
        datum: z.optional(z.pipe(z.transform(trimmed), z.optional(datum()))),
        tijd: z.optional(z.pipe(z.transform(trimmed), z.optional(tijd()))),
        locatie: optioneelObject(z.object({ naam: tekst(200), plaats: tekst(80) }, fout('fout.ongeldig'))),
        buitenland: janee(),
        // ISO 3166-1 alpha-2 from LANDEN, or 'anders' with the name in landNaam.
        land: z.optional(
          z.pipe(
            z.transform((v: unknown) => {
              const c = trimmed(v);
              return typeof c === 'string' && /^[A-Za-z]{2}$/.test(c) ? c.toUpperCase() : c;
            }),
            z.optional(z.enum(LAND_KEUZES, fout('fout.keuze'))),
          ),
        ),
        landNaam: optioneleTekst(100),
      },
      fout('fout.ongeldig'),
    )
    .check(compact);

  const gegevens = z
    .object(
      {
        aangever,
        overledene,
        overlijden,
        lijkbezorging,
        // Absent means "no request": it becomes null. Whether one is needed is a cross-field rule.
        verzoekUitstelOfBespoediging: nullableObject(
          z
            .object(
              {
                soort: keuze(['uitstel', 'bespoediging']),
                reden: tekst(1000),
                // Where the body is now: that gemeente's burgemeester decides (Wlb art. 17 lid 1). The
                // CBS code of a gemeente from the list, or only a name typed as free text. Optional in
                // the payload (absent means "not stated", as in versie 1); the form always asks it.
                gemeenteLichaam: optioneelObject(
                  z
                    .object(
                      {
                        code: z.optional(
                          z.pipe(
                            z.transform(trimmed),
                            z.optional(z.string(fout('fout.gemeentecode.ongeldig')).check(z.regex(/^[0-9]{4}$/, { error: 'fout.gemeentecode.ongeldig' }))),
                          ),
                        ),
                        naam: tekst(80),
                      },
                      fout('fout.ongeldig'),
                    )
                    .check(compact),
                ),
              },
              fout('fout.ongeldig'),
            )
            .check(compact),
        ),
        aantalUittreksels: z.pipe(
          z.transform((v: unknown) => {
            const c = trimmed(v);
            return typeof c === 'string' && /^[0-9]{1,9}$/.test(c) ? Number(c) : c;
          }),
          z
            .int(fout('fout.uittreksels.ongeldig'))
            .check(z.gte(0, { error: 'fout.uittreksels.ongeldig' }), z.lte(MAX_UITTREKSELS, { error: 'fout.uittreksels.ongeldig' })),
        ),
        // Natural death only (Wlb art. 12a); null or absent otherwise.
        doodsoorzaak: z.optional(
          z.pipe(
            z.transform((v: unknown) => (v === null ? undefined : trimmed(v))),
            // 'ggd': the GGD's lijkschouwer sends it (config `aFormulierViaGgd`).
            z.optional(z.enum(['b-envelop', 'digitaal', 'ggd'], fout('fout.keuze'))),
          ),
        ),
        verklaringNaarWaarheid: z.literal(true, { error: 'fout.verklaring.verplicht' }),
      },
      fout('fout.ongeldig'),
    )
    .check(compact);

  return createEnvelopeSchema({
    formulier: 'overlijden',
    versies: OVERLIJDEN_VERSIES,
    gegevens,
    bijlageSoorten: OVERLIJDEN_BIJLAGE_SOORTEN,
    gemeenteCode: config.gemeenteCode,
    maxBestandsgrootte: config.maxBestandsgrootte,
    maxTotaleGrootte: config.maxTotaleGrootte,
    gevraagdeSoorten: (envelope) => vereisteBijlagen(at(envelope, 'gegevens'), config, kalender).map((eis) => eis.soort),
    crossCheck: overlijdenCrossCheck({ today, now, config, kalender }),
  });
}

export type OverlijdenSchema = ReturnType<typeof createOverlijdenSchema>;
/** What the element builds from the answers (strings as typed). */
export type OverlijdenInput = z.input<OverlijdenSchema>;
/** The normalised envelope that is posted and that the receiver stores. */
export type OverlijdenEnvelope = z.output<OverlijdenSchema>;
export type OverlijdenGegevens = OverlijdenEnvelope['gegevens'];
