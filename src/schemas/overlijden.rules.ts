// The cross-field rules of the aangifte overlijden (domain notes overlijden.md), and the helpers the
// element uses to ask exactly what the schema will require. Rules read the partly parsed envelope
// defensively: the element validates one step at a time, so a rule must run while unrelated parts are
// still missing or invalid.
import { addDays, ageOn, amsterdamWallClockToInstant, compareIsoDates, isHhMm, isIsoDate, parseIsoDate, todayInAmsterdam } from './amsterdam.js';
import { createWerkdagenKalender, laatstGedekteJaar, uitvaartVenster, type UitvaartVenster, type WerkdagenKalender } from './calendar.js';
import { at, isBlank, type IssueParams, type ReportFout } from './rule-helpers.js';
import type { OverlijdenConfig, OverlijdenConfigInput } from './overlijden.config.js';
import { gemeenteBijCode, gemeenteBijNaam } from './overlijden.gemeenten.js';

/** Most extracts of the akte van overlijden one aangifte may order (domain notes step 4: 0–10). */
export const MAX_UITTREKSELS = 10;

/**
 * The payload versie this release sends (product.md "Payload versions"). Versie 2 adds the enum value
 * `doodsoorzaak: 'ggd'` (issue 6 item 4.12, the GGD's A-form route): a receiver built on the versie 1
 * JSON Schema would reject it. Everything else 4.10–4.15 added is optional and its absence keeps the
 * versie 1 meaning. The receiver accepts versie 1 for one major version, since a pending draft of the
 * previous release is resent unchanged.
 */
export const OVERLIJDEN_VERSIE = '2';
export const OVERLIJDEN_VERSIES = ['1', '2'] as const;

export const OVERLIJDEN_BIJLAGE_SOORTEN = [
  'verklaring-van-overlijden',
  'verklaring-arts-geen-bezwaar',
  'wilsbeschikking',
  'overig',
] as const;
export type OverlijdenBijlageSoort = (typeof OVERLIJDEN_BIJLAGE_SOORTEN)[number];

// ---------------------------------------------------------------------------------------------------
// Funeral abroad
// ---------------------------------------------------------------------------------------------------

/**
 * Parties to the Agreement on the Transfer of Corpses (Strasbourg, 26 October 1973, CETS No. 080),
 * ISO 3166-1 alpha-2. Source: the Dutch government's treaty database, "Agreement on the Transfer of
 * Corpses — Parties" (https://verdragenbank.overheid.nl/en/Treaty/Details/002388_b.html, as stored by
 * our reference search; not re-checked live), which lists 23 parties: Andorra, Austria,
 * Belgium, Cyprus, Czech Republic, Estonia, Finland, France, Greece, Iceland, Latvia, Lithuania,
 * Luxembourg, Moldova, the Netherlands, Norway, Portugal, Slovakia, Slovenia, Spain, Sweden,
 * Switzerland and Türkiye; Wikipedia ("Agreement on the Transfer of Corpses") also counts 23 parties,
 * the latest being the Czech Republic (2012). Germany signed in 1974 but never ratified. The
 * Netherlands itself is left out: it is not a destination abroad. Check the Council of Europe's
 * chart of signatures and ratifications (treaty 080) when a state joins.
 */
export const STRAATSBURG_PARTIJEN = [
  'AD', 'AT', 'BE', 'CH', 'CY', 'CZ', 'EE', 'ES', 'FI', 'FR', 'GR',
  'IS', 'LT', 'LU', 'LV', 'MD', 'NO', 'PT', 'SE', 'SI', 'SK', 'TR',
] as const;

/** Belgium and Luxembourg: the Dutch verlof suffices (Benelux arrangement on the transport of corpses). */
export const VERLOF_VOLSTAAT = ['BE', 'LU'] as const;

export type BuitenlandRegeling = 'verlof-volstaat' | 'laissez-passer' | 'verklaring-burgemeester';

/**
 * What a funeral abroad needs (domain notes "Funeral abroad"): Belgium and Luxembourg — the Dutch
 * verlof; another Strasbourg party — a laissez-passer; any other country (also one typed by name,
 * `anders`) — a statement of the burgemeester.
 */
export function buitenlandRegeling(landcode: string): BuitenlandRegeling {
  const code = typeof landcode === 'string' ? landcode.trim().toUpperCase() : '';
  if ((VERLOF_VOLSTAAT as readonly string[]).includes(code)) return 'verlof-volstaat';
  if ((STRAATSBURG_PARTIJEN as readonly string[]).includes(code)) return 'laissez-passer';
  return 'verklaring-burgemeester';
}

export interface Land {
  /** ISO 3166-1 alpha-2. */
  code: string;
  nl: string;
  en: string;
}

/**
 * The countries the form offers for a funeral abroad: the Strasbourg parties (Belgium and Luxembourg
 * among them) and a modest set of common destinations. Any other country is `land: 'anders'` with its
 * name in `landNaam`. Kept short on purpose: the list ships in the one-file browser script. Sorted by
 * code; the element sorts by name in the active language.
 */
export const LANDEN = /* @__PURE__ */ Object.freeze([
  { code: 'AD', nl: 'Andorra', en: 'Andorra' },
  { code: 'AT', nl: 'Oostenrijk', en: 'Austria' },
  { code: 'BE', nl: 'België', en: 'Belgium' },
  { code: 'BG', nl: 'Bulgarije', en: 'Bulgaria' },
  { code: 'CH', nl: 'Zwitserland', en: 'Switzerland' },
  { code: 'CV', nl: 'Kaapverdië', en: 'Cape Verde' },
  { code: 'CY', nl: 'Cyprus', en: 'Cyprus' },
  { code: 'CZ', nl: 'Tsjechië', en: 'Czechia' },
  { code: 'DE', nl: 'Duitsland', en: 'Germany' },
  { code: 'DK', nl: 'Denemarken', en: 'Denmark' },
  { code: 'EE', nl: 'Estland', en: 'Estonia' },
  { code: 'ES', nl: 'Spanje', en: 'Spain' },
  { code: 'FI', nl: 'Finland', en: 'Finland' },
  { code: 'FR', nl: 'Frankrijk', en: 'France' },
  { code: 'GB', nl: 'Verenigd Koninkrijk', en: 'United Kingdom' },
  { code: 'GH', nl: 'Ghana', en: 'Ghana' },
  { code: 'GR', nl: 'Griekenland', en: 'Greece' },
  { code: 'HR', nl: 'Kroatië', en: 'Croatia' },
  { code: 'HU', nl: 'Hongarije', en: 'Hungary' },
  { code: 'ID', nl: 'Indonesië', en: 'Indonesia' },
  { code: 'IE', nl: 'Ierland', en: 'Ireland' },
  { code: 'IS', nl: 'IJsland', en: 'Iceland' },
  { code: 'IT', nl: 'Italië', en: 'Italy' },
  { code: 'LT', nl: 'Litouwen', en: 'Lithuania' },
  { code: 'LU', nl: 'Luxemburg', en: 'Luxembourg' },
  { code: 'LV', nl: 'Letland', en: 'Latvia' },
  { code: 'MA', nl: 'Marokko', en: 'Morocco' },
  { code: 'MD', nl: 'Moldavië', en: 'Moldova' },
  { code: 'NO', nl: 'Noorwegen', en: 'Norway' },
  { code: 'PL', nl: 'Polen', en: 'Poland' },
  { code: 'PT', nl: 'Portugal', en: 'Portugal' },
  { code: 'RO', nl: 'Roemenië', en: 'Romania' },
  { code: 'SE', nl: 'Zweden', en: 'Sweden' },
  { code: 'SI', nl: 'Slovenië', en: 'Slovenia' },
  { code: 'SK', nl: 'Slowakije', en: 'Slovakia' },
  { code: 'SR', nl: 'Suriname', en: 'Suriname' },
  { code: 'TR', nl: 'Turkije', en: 'Türkiye' },
  { code: 'US', nl: 'Verenigde Staten', en: 'United States' },
] as const) satisfies readonly Land[];

export type LandCode = (typeof LANDEN)[number]['code'];

/** The `land` values the schema accepts: the offered codes, or `anders` (name in `landNaam`). */
export const LAND_KEUZES = [...LANDEN.map((l) => l.code), 'anders'] as unknown as readonly [LandCode | 'anders', ...(LandCode | 'anders')[]];

// ---------------------------------------------------------------------------------------------------
// The funeral window (Wlb art. 16 and 17)
// ---------------------------------------------------------------------------------------------------

/**
 * - `binnen`: inside the window, no request needed.
 * - `te-vroeg`: before death + 36 h — only with a request for bespoediging (Wlb art. 17).
 * - `te-laat`: after the 6th working day — only with a request for uitstel (Wlb art. 17).
 * - `voor-overlijden`: not after the death at all: a typing mistake.
 * - `onbekend`: the dates and times needed are not (validly) filled in, or there is no funeral
 *   (body donated to science).
 */
export type UitvaartStatus = 'binnen' | 'te-vroeg' | 'te-laat' | 'voor-overlijden' | 'onbekend';

/** How far outside the window: minutes before the earliest moment, or days after the last day. */
export type UitvaartVerschil =
  | { grens: 'vroegst'; minuten: number }
  | { grens: 'uiterlijk'; dagen: number; werkdagen: number };

export interface UitvaartBeoordeling {
  /** Null while the date and time of death are unknown, and for `wetenschap` (no funeral). */
  venster: UitvaartVenster | null;
  status: UitvaartStatus;
  verschil: UitvaartVerschil | null;
}

/** The calendar settings of the config (declared days, and whether they are working days). */
export type KalenderBeleid = Pick<OverlijdenConfigInput, 'extraFeestdagen' | 'gelijkgesteldeDagen'>;

/** The working-day calendar of Wlb art. 16 for this gemeente's policy. */
export function overlijdenKalender(config: KalenderBeleid): WerkdagenKalender {
  return createWerkdagenKalender({
    extraFeestdagen: config.extraFeestdagen ?? [],
    gelijkgesteldeDagenZijnWerkdagen: config.gelijkgesteldeDagen === 'werkdag',
  });
}

function kalenderVan(kalender: WerkdagenKalender | KalenderBeleid): WerkdagenKalender {
  return 'isWerkdag' in kalender ? kalender : overlijdenKalender(kalender);
}

const MINUTE_MS = 60 * 1000;

/**
 * Judges the funeral date and time against the window of Wlb art. 16: not sooner than 36 elapsed
 * hours after death (Amsterdam wall clock, across daylight saving), at the latest on the 6th working
 * day after the day of death (Atw working days, declared days, `extraFeestdagen`).
 */
export function uitvaartBeoordeling(
  overlijden: unknown,
  lijkbezorging: unknown,
  kalender: WerkdagenKalender | KalenderBeleid,
): UitvaartBeoordeling {
  const onbekend = (venster: UitvaartVenster | null): UitvaartBeoordeling => ({ venster, status: 'onbekend', verschil: null });
  const datumOverlijden = at(overlijden, 'datum');
  const tijdOverlijden = at(overlijden, 'tijd');
  if (at(lijkbezorging, 'wijze') === 'wetenschap') return onbekend(null);
  if (!isIsoDate(datumOverlijden) || !isHhMm(tijdOverlijden)) return onbekend(null);
  const cal = kalenderVan(kalender);
  const venster = uitvaartVenster(datumOverlijden, tijdOverlijden, cal);
  const datum = at(lijkbezorging, 'datum');
  const tijd = at(lijkbezorging, 'tijd');
  if (!isIsoDate(datum) || !isHhMm(tijd)) return onbekend(venster);

  const uitvaart = amsterdamWallClockToInstant(datum, tijd).getTime();
  if (uitvaart <= amsterdamWallClockToInstant(datumOverlijden, tijdOverlijden).getTime()) {
    return { venster, status: 'voor-overlijden', verschil: null };
  }
  const vroegst = amsterdamWallClockToInstant(venster.vroegst.date, venster.vroegst.time).getTime();
  if (uitvaart < vroegst) {
    return { venster, status: 'te-vroeg', verschil: { grens: 'vroegst', minuten: Math.ceil((vroegst - uitvaart) / MINUTE_MS) } };
  }
  if (compareIsoDates(datum, venster.uiterlijkeDatum) > 0) {
    let dagen = 0;
    let werkdagen = 0;
    for (let day = addDays(venster.uiterlijkeDatum, 1); compareIsoDates(day, datum) <= 0; day = addDays(day, 1)) {
      dagen++;
      if (cal.isWerkdag(day)) werkdagen++;
    }
    return { venster, status: 'te-laat', verschil: { grens: 'uiterlijk', dagen, werkdagen } };
  }
  return { venster, status: 'binnen', verschil: null };
}

/**
 * Whether the funeral has already begun: its date lies before `today` (Amsterdam; by default the date
 * of `now`), or its date and time before `now`. A funeral starting this minute has not. The aangifte
 * must precede the funeral (domain notes), so the schema refuses it. False while the date is not
 * (validly) filled in, and for `wetenschap` (no funeral).
 */
export function uitvaartVoorbij(lijkbezorging: unknown, now: Date, today: string = todayInAmsterdam(now)): boolean {
  if (at(lijkbezorging, 'wijze') === 'wetenschap') return false;
  const datum = at(lijkbezorging, 'datum');
  const tijd = at(lijkbezorging, 'tijd');
  if (!isIsoDate(datum)) return false;
  if (compareIsoDates(datum, today) < 0) return true;
  return isHhMm(tijd) && amsterdamWallClockToInstant(datum, tijd).getTime() < now.getTime();
}

/** Minutes as `H:MM` (language-neutral, for the messages): 30 → '0:30', 95 → '1:35'. */
export function urenEnMinuten(minuten: number): string {
  return `${Math.floor(minuten / 60)}:${String(minuten % 60).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------
// What the form asks
// ---------------------------------------------------------------------------------------------------

/** Burgerlijke staat as the form asks it (the BRP's categories in plain words). */
export const BURGERLIJKE_STATEN = [
  'ongehuwd',
  'gehuwd',
  'geregistreerd-partner',
  'gescheiden',
  'ontbonden-geregistreerd-partnerschap',
  'weduwe-weduwnaar',
  'achtergebleven-geregistreerd-partner',
] as const;

/** Marital states for which the (late) spouse or registered partner is asked for the akte. */
export const BURGERLIJKE_STAAT_MET_PARTNER = [
  'gehuwd',
  'geregistreerd-partner',
  'weduwe-weduwnaar',
  'achtergebleven-geregistreerd-partner',
] as const;

/** Whether the partner's details are asked; undefined while the burgerlijke staat is not chosen. */
export function partnerGevraagd(burgerlijkeStaat: unknown): boolean | undefined {
  if (!(BURGERLIJKE_STATEN as readonly unknown[]).includes(burgerlijkeStaat)) return undefined;
  return (BURGERLIJKE_STAAT_MET_PARTNER as readonly unknown[]).includes(burgerlijkeStaat);
}

export interface BijlageEis {
  soort: OverlijdenBijlageSoort;
  /** Required for these answers; otherwise offered and optional. */
  verplicht: boolean;
  /**
   * For the doctor's statement: which request it is for. One soort serves both (the statement that
   * there is no objection to the other term, Wlb art. 17 lid 1), so the payload keeps its v1 values;
   * label and message differ.
   */
  verzoek?: 'uitstel' | 'bespoediging';
}

/** The config the attachment rule reads. */
export type BijlagenBeleid = KalenderBeleid & Pick<OverlijdenConfigInput, 'verklaringArtsUitstel' | 'aFormulierViaGgd'>;

/**
 * The GGD route (config `aFormulierViaGgd`): the gemeentelijk lijkschouwer (GGD) examined the body and
 * sends the A-form to the gemeente himself, and the cause of death to CBS.
 */
export function viaGgd(gegevens: unknown, config: Pick<OverlijdenConfigInput, 'aFormulierViaGgd'>): boolean {
  return config.aFormulierViaGgd === true && at(gegevens, 'overlijden', 'schouwendArts', 'soort') === 'gemeentelijk-lijkschouwer';
}

/**
 * The attachments the form offers for these answers (`gegevens`, partly filled in), in order:
 * - the doctor's verklaring van overlijden (A-form): required for a natural death (Wlb art. 7); not
 *   offered for a non-natural death (the officier van justitie sends his own statement, Wlb art. 10);
 *   optional where the GGD's lijkschouwer sends it himself (config `aFormulierViaGgd`);
 * - the doctor's statement of no objection to the other term: the burgemeester decides "na een arts
 *   te hebben gehoord" (Wlb art. 17 lid 1) — required for a funeral before the 36 hours (bespoediging),
 *   and after the 6th working day (uitstel) unless the gemeente made it optional
 *   (`verklaringArtsUitstel`); offered while such a request is made;
 * - the will/codicil (+ ID): required when the body is donated to science;
 * - anything else: always offered, never required.
 */
export function vereisteBijlagen(gegevens: unknown, config: BijlagenBeleid, kalender: WerkdagenKalender = kalenderVan(config)): BijlageEis[] {
  const eisen: BijlageEis[] = [];
  const natuurlijk = at(gegevens, 'overlijden', 'natuurlijk');
  if (natuurlijk !== false) {
    eisen.push({ soort: 'verklaring-van-overlijden', verplicht: natuurlijk === true && !viaGgd(gegevens, config) });
  }
  const { status } = uitvaartBeoordeling(at(gegevens, 'overlijden'), at(gegevens, 'lijkbezorging'), kalender);
  const gevraagd = at(gegevens, 'verzoekUitstelOfBespoediging', 'soort');
  if (status === 'te-vroeg' || (status !== 'te-laat' && gevraagd === 'bespoediging')) {
    eisen.push({ soort: 'verklaring-arts-geen-bezwaar', verplicht: status === 'te-vroeg', verzoek: 'bespoediging' });
  } else if (status === 'te-laat' || gevraagd === 'uitstel') {
    eisen.push({
      soort: 'verklaring-arts-geen-bezwaar',
      verplicht: status === 'te-laat' && (config.verklaringArtsUitstel ?? 'verplicht') === 'verplicht',
      verzoek: 'uitstel',
    });
  }
  if (at(gegevens, 'lijkbezorging', 'wijze') === 'wetenschap') eisen.push({ soort: 'wilsbeschikking', verplicht: true });
  eisen.push({ soort: 'overig', verplicht: false });
  return eisen;
}

export type AangifteWaarschuwing = 'uitvaart-nabij' | 'overlijden-lang-geleden';

/** How soon a funeral counts as near for the warning (the gemeente needs time to issue the verlof). */
export const UITVAART_NABIJ_UREN = 48;

/**
 * Warnings, not errors (domain notes: the aangifte has no deadline of its own but must precede the
 * funeral): the funeral starts within UITVAART_NABIJ_UREN hours of `now`, or today is after the 6th
 * working day after the day of death. A funeral that has already begun is not "near": the schema
 * refuses it (`fout.uitvaart.verleden`, see uitvaartVoorbij).
 */
export function aangifteWaarschuwingen(
  gegevens: unknown,
  now: Date,
  config: KalenderBeleid | WerkdagenKalender,
): AangifteWaarschuwing[] {
  const out: AangifteWaarschuwing[] = [];
  const lijkbezorging = at(gegevens, 'lijkbezorging');
  const datum = at(lijkbezorging, 'datum');
  const tijd = at(lijkbezorging, 'tijd');
  if (at(lijkbezorging, 'wijze') !== 'wetenschap' && isIsoDate(datum) && isHhMm(tijd) && !uitvaartVoorbij(lijkbezorging, now)) {
    if (amsterdamWallClockToInstant(datum, tijd).getTime() - now.getTime() < UITVAART_NABIJ_UREN * 60 * MINUTE_MS) out.push('uitvaart-nabij');
  }
  const { venster } = uitvaartBeoordeling(at(gegevens, 'overlijden'), { wijze: 'begraven' }, config);
  if (venster && compareIsoDates(todayInAmsterdam(now), venster.uiterlijkeDatum) > 0) out.push('overlijden-lang-geleden');
  return out;
}

/**
 * Whether the declarant must confirm that the verklaring records the overleg with the gemeentelijk
 * lijkschouwer: the deceased was a minor (under 18 on the day of death) and the behandelend arts
 * examined the body — he may then issue the verklaring only after consulting the gemeentelijk
 * lijkschouwer (Wlb art. 10a lid 1, in force since 1 January 2010). Never a refusal. Undefined while
 * the dates or the doctor are not known.
 */
export function overlegLijkschouwerGevraagd(gegevens: unknown): boolean | undefined {
  const geboren = at(gegevens, 'overledene', 'geboorte', 'datum');
  const overleden = at(gegevens, 'overlijden', 'datum');
  const soort = at(gegevens, 'overlijden', 'schouwendArts', 'soort');
  if (soort === 'gemeentelijk-lijkschouwer' || at(gegevens, 'overlijden', 'natuurlijk') === false) return false;
  if (!isIsoDate(geboren) || !isIsoDate(overleden) || soort !== 'behandelend-arts') return undefined;
  if (compareIsoDates(geboren, overleden) > 0) return undefined;
  return ageOn(geboren, overleden) < 18;
}

/** Whether the doctor's "via de GGD" route for the cause of death (`doodsoorzaak: 'ggd'`) is offered. */
export function doodsoorzaakViaGgdMogelijk(gegevens: unknown, config: Pick<OverlijdenConfigInput, 'aFormulierViaGgd'>): boolean {
  return at(gegevens, 'overlijden', 'natuurlijk') === true && viaGgd(gegevens, config);
}

/**
 * A funeral director declares as gemachtigde of a relative only "binnen de in artikel 16 van de Wet op
 * de lijkbezorging gestelde termijn voor de begraving of crematie" (BW 1:19h lid 2, stored text): once
 * today is after the 6th working day after the day of death, no more. An uitstel sets "een andere
 * termijn" under Wlb art. 17, not the art. 16 term, so a request for uitstel does not extend the
 * machtiging (issue 6 suggested it might; the law text does not say so). Then a person who knows of the
 * death first-hand declares (BW 1:19h lid 1): the form refers. Returns the last day of the term once it
 * has passed for a funeral director, otherwise null (also while the moment of death is unknown).
 */
export function machtigingTermijnVerstreken(gegevens: unknown, today: string, kalender: WerkdagenKalender | KalenderBeleid): string | null {
  if (at(gegevens, 'aangever', 'type') !== 'uitvaartondernemer') return null;
  const { venster } = uitvaartBeoordeling(at(gegevens, 'overlijden'), { wijze: 'begraven' }, kalender);
  return venster && compareIsoDates(today, venster.uiterlijkeDatum) > 0 ? venster.uiterlijkeDatum : null;
}

/**
 * Whether a date of the aangifte (death or funeral) lies after the last year the shipped declared days
 * cover (plus `extraFeestdagen`): the working-day count may then miss a declared day. For the receiver's
 * one-time warning; a year, never a person's data.
 */
export function buitenGedekteKalender(gegevens: unknown, config: Pick<OverlijdenConfigInput, 'extraFeestdagen'>): number | null {
  const laatste = laatstGedekteJaar(config.extraFeestdagen ?? []);
  for (const datum of [at(gegevens, 'overlijden', 'datum'), at(gegevens, 'lijkbezorging', 'datum')]) {
    if (isIsoDate(datum) && parseIsoDate(datum).year > laatste) return laatste;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// The cross-field rules
// ---------------------------------------------------------------------------------------------------

function soorten(bijlagen: unknown): string[] {
  return Array.isArray(bijlagen) ? bijlagen.map((b) => at(b, 'soort')).filter((s): s is string => typeof s === 'string') : [];
}

const present = (value: unknown) => !isBlank(value);

/**
 * The required fields of the groups a rule requires (the optional ones — vestigingsnummer unless
 * configured, huisletter, huisnummertoevoeging — are left out). A group left empty is reported at
 * each of these, as a single required field is, so the element marks every empty field and not only
 * the group's first. Keep in step with the objects in overlijden.schema.ts.
 */
const VERPLICHTE_VELDEN = {
  organisatie: ['naam', 'kvkNummer'],
  gemachtigdDoor: ['naam', 'relatie'],
  adres: ['postcode', 'huisnummer', 'straatnaam', 'woonplaats'],
  locatie: ['naam', 'plaats'],
} as const satisfies Record<string, readonly string[]>;

export interface OverlijdenRuleContext {
  /** Today's Amsterdam date. */
  today: string;
  now: Date;
  config: OverlijdenConfig;
  kalender: WerkdagenKalender;
}

/** All cross-field rules; issue paths are from the envelope root. */
export function overlijdenCrossCheck({ today, now, config, kalender }: OverlijdenRuleContext) {
  return (envelope: unknown, report: ReportFout): void => {
    const gegevens = at(envelope, 'gegevens');
    const g = (...path: (string | number)[]) => ['gegevens', ...path];
    const nietVanToepassing = (path: (string | number)[]) => report(g(...path), 'fout.niet-van-toepassing');
    /** A required group that is absent or empty: each of its required fields is missing. */
    const groepVerplicht = (path: (string | number)[], velden: readonly string[]) => {
      for (const veld of velden) report(g(...path, veld), 'fout.verplicht');
    };

    // --- Aangever (BW 1:19h): a funeral director authorised by a relative, or (config) a relative.
    const aangever = at(gegevens, 'aangever');
    const type = at(aangever, 'type');
    if (type === 'nabestaande' && !config.nabestaandeToegestaan) {
      report(g('aangever', 'type'), 'fout.aangever.nabestaande-niet-toegestaan');
    }
    const alleenOndernemer = ['organisatie', 'gemachtigdDoor', 'machtigingBevestigd'] as const;
    const alleenNabestaande = ['relatie', 'adres'] as const;
    if (type === 'uitvaartondernemer') {
      const organisatie = at(aangever, 'organisatie');
      if (organisatie === undefined) groepVerplicht(['aangever', 'organisatie'], VERPLICHTE_VELDEN.organisatie);
      // Also when the whole group is empty: the (configured) number is asked with the other two.
      if (config.vestigingsnummerVerplicht && isBlank(at(organisatie, 'vestigingsnummer'))) {
        report(g('aangever', 'organisatie', 'vestigingsnummer'), 'fout.verplicht');
      }
      if (at(aangever, 'gemachtigdDoor') === undefined) groepVerplicht(['aangever', 'gemachtigdDoor'], VERPLICHTE_VELDEN.gemachtigdDoor);
      if (at(aangever, 'machtigingBevestigd') !== true) report(g('aangever', 'machtigingBevestigd'), 'fout.aangever.machtiging');
      for (const key of alleenNabestaande) if (at(aangever, key) !== undefined) nietVanToepassing(['aangever', key]);
      // The natural person who declares for the company: the BSN only where the gemeente asks it
      // (data minimisation, AVG art. 5 lid 1 c; the law does not require it).
      const eigenBsn = at(aangever, 'burgerservicenummer');
      if (config.bsnAangever === 'uit' && eigenBsn !== undefined) nietVanToepassing(['aangever', 'burgerservicenummer']);
      if (config.bsnAangever === 'verplicht' && eigenBsn === undefined) report(g('aangever', 'burgerservicenummer'), 'fout.verplicht');
    } else if (type === 'nabestaande') {
      if (at(aangever, 'burgerservicenummer') === undefined) report(g('aangever', 'burgerservicenummer'), 'fout.verplicht');
      for (const key of alleenNabestaande) {
        if (at(aangever, key) !== undefined) continue;
        if (key === 'adres') groepVerplicht(['aangever', 'adres'], VERPLICHTE_VELDEN.adres);
        else report(g('aangever', key), 'fout.verplicht');
      }
      for (const key of alleenOndernemer) if (at(aangever, key) !== undefined) nietVanToepassing(['aangever', key]);
    }
    const eigen = at(aangever, 'burgerservicenummer');
    if (typeof eigen === 'string' && eigen === at(gegevens, 'overledene', 'burgerservicenummer')) {
      report(g('aangever', 'burgerservicenummer'), 'fout.bsn.overledene');
    }

    // --- Overledene: BSN or the "not registered in the BRP" path, which asks the parents for the akte.
    const overledene = at(gegevens, 'overledene');
    const bsnOnbekend = at(overledene, 'bsnOnbekend');
    const bsn = at(overledene, 'burgerservicenummer');
    if (bsnOnbekend === false) {
      if (bsn === null) report(g('overledene', 'burgerservicenummer'), 'fout.verplicht');
      if (at(overledene, 'laatsteAdres') === null) groepVerplicht(['overledene', 'laatsteAdres'], VERPLICHTE_VELDEN.adres);
      const ouders = at(overledene, 'ouders');
      if (ouders !== null && ouders !== undefined) nietVanToepassing(['overledene', 'ouders']);
    } else if (bsnOnbekend === true) {
      if (bsn !== null && bsn !== undefined) report(g('overledene', 'burgerservicenummer'), 'fout.overledene.bsn-bij-onbekend');
      if (at(overledene, 'ouders') === null) report(g('overledene', 'ouders'), 'fout.overledene.ouders');
    }
    const partnerNodig = partnerGevraagd(at(overledene, 'burgerlijkeStaat'));
    const partner = at(overledene, 'partner');
    if (partnerNodig === true && partner === null) report(g('overledene', 'partner'), 'fout.overledene.partner');
    if (partnerNodig === false && partner !== null && partner !== undefined) nietVanToepassing(['overledene', 'partner']);

    // --- Overlijden: not in the future, in this gemeente (BW 1:19f).
    const overlijden = at(gegevens, 'overlijden');
    const datumOverlijden = at(overlijden, 'datum');
    const tijdOverlijden = at(overlijden, 'tijd');
    const geboortedatum = at(overledene, 'geboorte', 'datum');
    // A date of birth in the future has its own message; this one is for two dates in the past.
    if (
      isIsoDate(geboortedatum) &&
      isIsoDate(datumOverlijden) &&
      compareIsoDates(geboortedatum, today) <= 0 &&
      compareIsoDates(geboortedatum, datumOverlijden) > 0
    ) {
      report(g('overledene', 'geboorte', 'datum'), 'fout.overledene.geboren-na-overlijden');
    }
    // The moment of death is known and not in the future: only then is the funeral window judged.
    const overlijdenBekend =
      isIsoDate(datumOverlijden) &&
      isHhMm(tijdOverlijden) &&
      amsterdamWallClockToInstant(datumOverlijden, tijdOverlijden).getTime() <= now.getTime();
    if (isIsoDate(datumOverlijden) && isHhMm(tijdOverlijden) && compareIsoDates(datumOverlijden, today) <= 0 && !overlijdenBekend) {
      report(g('overlijden', 'tijd'), 'fout.overlijden.tijd-toekomst');
    }
    const gemeentecode = at(overlijden, 'gemeentecode');
    if (typeof gemeentecode === 'string' && /^[0-9]{4}$/.test(gemeentecode) && gemeentecode !== config.gemeenteCode) {
      report(g('overlijden', 'gemeentecode'), 'fout.overlijden.andere-gemeente', { gemeentecode });
    }
    if (at(overlijden, 'locatie', 'soort') === 'elders' && isBlank(at(overlijden, 'locatie', 'omschrijving'))) {
      report(g('overlijden', 'locatie', 'omschrijving'), 'fout.verplicht');
    }

    // --- The examining doctor. A non-natural death — euthanasia and assisted suicide among them (Wlb
    // art. 7 lid 2) — is examined by the gemeentelijk lijkschouwer (art. 7 lid 3, art. 10), never by
    // the behandelend arts alone. A minor's behandelend arts: the overleg of art. 10a lid 1, confirmed.
    const natuurlijk = at(overlijden, 'natuurlijk');
    if (natuurlijk === false && at(overlijden, 'schouwendArts', 'soort') === 'behandelend-arts') {
      report(g('overlijden', 'schouwendArts', 'soort'), 'fout.overlijden.arts-niet-natuurlijk');
    }
    const overleg = overlegLijkschouwerGevraagd(gegevens);
    const overlegBevestigd = at(overlijden, 'overlegLijkschouwer');
    if (overleg === true && overlegBevestigd !== true) report(g('overlijden', 'overlegLijkschouwer'), 'fout.overlijden.overleg-lijkschouwer');
    if (overleg === false && overlegBevestigd !== undefined) nietVanToepassing(['overlijden', 'overlegLijkschouwer']);

    // --- Cause of death (Wlb art. 12a): the B-form choice for a natural death only; "via de GGD" only
    // where the GGD's lijkschouwer examined the body and the gemeente works that way.
    const doodsoorzaak = at(gegevens, 'doodsoorzaak');
    if (natuurlijk === true && doodsoorzaak === undefined) report(g('doodsoorzaak'), 'fout.verplicht');
    if (natuurlijk === false && doodsoorzaak !== undefined) nietVanToepassing(['doodsoorzaak']);
    // Versie 1 (a pending draft of the previous release) has no 'ggd' value.
    if (doodsoorzaak === 'ggd' && at(envelope, 'versie') === '1') report(g('doodsoorzaak'), 'fout.keuze');
    else if (natuurlijk === true && doodsoorzaak === 'ggd' && !doodsoorzaakViaGgdMogelijk(gegevens, config)) {
      report(g('doodsoorzaak'), 'fout.doodsoorzaak.ggd');
    }

    // --- Lijkbezorging: date, time and place for a burial or cremation; none for science.
    const lijkbezorging = at(gegevens, 'lijkbezorging');
    const wijze = at(lijkbezorging, 'wijze');
    if (wijze === 'begraven' || wijze === 'cremeren') {
      for (const key of ['datum', 'tijd']) if (at(lijkbezorging, key) === undefined) report(g('lijkbezorging', key), 'fout.verplicht');
      if (at(lijkbezorging, 'locatie') === undefined) groepVerplicht(['lijkbezorging', 'locatie'], VERPLICHTE_VELDEN.locatie);
    } else if (wijze === 'wetenschap') {
      for (const key of ['datum', 'tijd', 'locatie']) if (at(lijkbezorging, key) !== undefined) nietVanToepassing(['lijkbezorging', key]);
    }
    const buitenland = at(lijkbezorging, 'buitenland');
    const land = at(lijkbezorging, 'land');
    if (buitenland === true && land === undefined) report(g('lijkbezorging', 'land'), 'fout.verplicht');
    if (buitenland === false && land !== undefined) nietVanToepassing(['lijkbezorging', 'land']);
    const landNaam = at(lijkbezorging, 'landNaam');
    if (buitenland === true && land === 'anders' && landNaam === undefined) report(g('lijkbezorging', 'landNaam'), 'fout.verplicht');
    if (present(landNaam) && (buitenland === false || (land !== undefined && land !== 'anders'))) nietVanToepassing(['lijkbezorging', 'landNaam']);

    // --- The window (Wlb art. 16) and the request to the burgemeester outside it (Wlb art. 17).
    const beoordeling: UitvaartBeoordeling = overlijdenBekend
      ? uitvaartBeoordeling(overlijden, lijkbezorging, kalender)
      : { venster: null, status: 'onbekend', verschil: null };
    const verzoek = at(gegevens, 'verzoekUitstelOfBespoediging');
    const verzoekSoort = at(verzoek, 'soort');
    const verzoekPath = g('verzoekUitstelOfBespoediging');
    const eis = (nodig: 'uitstel' | 'bespoediging', key: 'fout.uitvaart.te-laat' | 'fout.uitvaart.te-vroeg', params: IssueParams) => {
      if (verzoek === null) report(verzoekPath, key, params);
      else if (typeof verzoekSoort === 'string' && verzoekSoort !== nodig) report([...verzoekPath, 'soort'], key, params);
    };
    const { status, venster, verschil } = beoordeling;
    if (status === 'voor-overlijden') {
      const sameDay = at(lijkbezorging, 'datum') === datumOverlijden;
      report(g('lijkbezorging', sameDay ? 'tijd' : 'datum'), 'fout.uitvaart.voor-overlijden');
    } else if (status === 'te-vroeg' && venster && verschil?.grens === 'vroegst') {
      eis('bespoediging', 'fout.uitvaart.te-vroeg', {
        datum: venster.vroegst.date,
        tijd: venster.vroegst.time,
        verschil: urenEnMinuten(verschil.minuten),
      });
    } else if (status === 'te-laat' && venster && verschil?.grens === 'uiterlijk') {
      eis('uitstel', 'fout.uitvaart.te-laat', { datum: venster.uiterlijkeDatum, dagen: verschil.dagen, werkdagen: verschil.werkdagen });
    } else if ((status === 'binnen' || wijze === 'wetenschap') && verzoek !== null && verzoek !== undefined) {
      report(verzoekPath, 'fout.verzoek.niet-nodig');
    }
    // Where the body is now: its burgemeester decides (Wlb art. 17 lid 1). A CBS code must be a
    // gemeente of the list and match the name; a name alone is free text (the form's fallback).
    const lichaam = at(verzoek, 'gemeenteLichaam');
    const lichaamCode = at(lichaam, 'code');
    const lichaamNaam = at(lichaam, 'naam');
    if (lichaamCode !== undefined && !isBlank(lichaamNaam)) {
      const bekend = gemeenteBijCode(lichaamCode);
      if (!bekend || gemeenteBijNaam(lichaamNaam)?.code !== bekend.code) {
        report([...verzoekPath, 'gemeenteLichaam', 'code'], 'fout.verzoek.gemeente-onbekend');
      }
    }

    // --- The funeral director's authority ends with the art. 16 term (BW 1:19h lid 2).
    const termijnEinde = overlijdenBekend ? machtigingTermijnVerstreken(gegevens, today, kalender) : null;
    if (termijnEinde) report(g('aangever', 'machtigingBevestigd'), 'fout.aangever.machtiging-termijn', { datum: termijnEinde });

    // --- Not over yet: the aangifte must precede the funeral (domain notes). A funeral before the death
    // already has its own message (a typing mistake). The time is wrong when the date is today.
    if (status !== 'voor-overlijden' && uitvaartVoorbij(lijkbezorging, now, today)) {
      report(g('lijkbezorging', at(lijkbezorging, 'datum') === today ? 'tijd' : 'datum'), 'fout.uitvaart.verleden');
    }

    // --- Attachments the answers require.
    const bijlageSoorten = soorten(at(envelope, 'bijlagen'));
    for (const { soort, verplicht, verzoek: voor } of vereisteBijlagen(gegevens, config, kalender)) {
      if (soort === 'verklaring-arts-geen-bezwaar' && !overlijdenBekend) continue;
      if (verplicht && soort !== 'overig' && !bijlageSoorten.includes(soort)) {
        report(['bijlagen'], voor === 'uitstel' ? 'fout.bijlage.ontbreekt.verklaring-arts-uitstel' : `fout.bijlage.ontbreekt.${soort}`, { soort });
      }
    }
  };
}
