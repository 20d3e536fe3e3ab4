// Working days under the Algemene Termijnenwet (Atw) and the two legal windows built on them:
// the verhuizing reporting window (Wet BRP art. 2.39) and the funeral window (Wet op de lijkbezorging
// art. 16). Dates are Europe/Amsterdam calendar dates as ISO strings.
import {
  addDays,
  amsterdamWallClockToInstant,
  compareIsoDates,
  dayOfWeek,
  formatIsoDate,
  instantToAmsterdamWallClock,
  isIsoDate,
  parseIsoDate,
} from './amsterdam.js';

/** A day declared equal to an algemeen erkende feestdag (Atw art. 3 lid 3), with its decree. */
export interface GelijkgesteldeDag {
  datum: string;
  bron: string;
}

const BESLUIT_2023_2025 =
  'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag';
const BESLUIT_2026_2028 =
  'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag';

/**
 * Declared days shipped as dated default data (as quoted by sterfgeval.nl question 70745). The decree
 * is renewed every three years: a gemeente adds later days through `extraFeestdagen`.
 */
export const DEFAULT_GELIJKGESTELDE_DAGEN: readonly GelijkgesteldeDag[] = Object.freeze([
  { datum: '2023-04-28', bron: BESLUIT_2023_2025 },
  { datum: '2023-05-19', bron: BESLUIT_2023_2025 },
  { datum: '2024-05-10', bron: BESLUIT_2023_2025 },
  { datum: '2024-12-27', bron: BESLUIT_2023_2025 },
  { datum: '2025-05-30', bron: BESLUIT_2023_2025 },
  { datum: '2026-01-02', bron: BESLUIT_2026_2028 },
  { datum: '2026-05-15', bron: BESLUIT_2026_2028 },
  { datum: '2027-05-07', bron: BESLUIT_2026_2028 },
  { datum: '2028-04-28', bron: BESLUIT_2026_2028 },
  { datum: '2028-05-26', bron: BESLUIT_2026_2028 },
]);

/** Easter Sunday of a Gregorian year: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

/**
 * The algemeen erkende feestdagen of Atw art. 3 lid 1 in a year (Sundays among them — Eerste Paas- en
 * Pinksterdag — are non-working days anyway and are left out). Koningsdag is 27 April, or 26 April
 * when the 27th is a Sunday (art. 3 lid 1 as amended for King Willem-Alexander's birthday).
 */
export function atwFeestdagen(year: number): string[] {
  const easter = easterSunday(year);
  const koningsdag = dayOfWeek(formatIsoDate(year, 4, 27)) === 0 ? formatIsoDate(year, 4, 26) : formatIsoDate(year, 4, 27);
  return [
    formatIsoDate(year, 1, 1), // Nieuwjaarsdag
    addDays(easter, -2), // Goede Vrijdag
    addDays(easter, 1), // Tweede Paasdag
    koningsdag,
    formatIsoDate(year, 5, 5), // de vijfde mei
    addDays(easter, 39), // Hemelvaartsdag
    addDays(easter, 50), // Tweede Pinksterdag
    formatIsoDate(year, 12, 25), // Eerste Kerstdag
    formatIsoDate(year, 12, 26), // Tweede Kerstdag
  ];
}

export interface WerkdagenKalender {
  /** Not a Saturday, Sunday, Atw holiday or declared day. */
  isWerkdag(date: string): boolean;
  /** The first working day strictly after `date`. */
  volgendeWerkdag(date: string): string;
  /** The n-th working day after `date` (n ≥ 1; `date` itself never counts). */
  nthWerkdagNa(date: string, n: number): string;
}

export interface WerkdagenKalenderOptions {
  /** Extra declared days (`YYYY-MM-DD`), e.g. from a later "Besluit gelijkstelling". */
  extraFeestdagen?: readonly string[];
  /**
   * Count the declared days (shipped and extra) as working days: one reading of "werkdag" in Wlb art. 16
   * (uitvaart.nl Q 50535, 2017). Default false: they are not (sterfgeval.nl Q 70745, 2025; and the Atw
   * itself, art. 3 lid 3, for the terms it governs). See docs/domain-decisions.md 4.14.
   */
  gelijkgesteldeDagenZijnWerkdagen?: boolean;
}

export function createWerkdagenKalender(options: WerkdagenKalenderOptions = {}): WerkdagenKalender {
  const extra = options.extraFeestdagen ?? [];
  for (const date of extra) {
    if (!isIsoDate(date)) throw new RangeError(`extraFeestdagen: not an ISO date: ${String(date)}`);
  }
  const declared = new Set(options.gelijkgesteldeDagenZijnWerkdagen ? [] : [...DEFAULT_GELIJKGESTELDE_DAGEN.map((d) => d.datum), ...extra]);
  const perYear = new Map<number, Set<string>>();
  const feestdagen = (year: number) => {
    let set = perYear.get(year);
    if (!set) perYear.set(year, (set = new Set(atwFeestdagen(year))));
    return set;
  };

  const isWerkdag = (date: string): boolean => {
    const weekday = dayOfWeek(date);
    if (weekday === 0 || weekday === 6) return false;
    return !feestdagen(parseIsoDate(date).year).has(date) && !declared.has(date);
  };
  const volgendeWerkdag = (date: string): string => {
    let next = addDays(date, 1);
    while (!isWerkdag(next)) next = addDays(next, 1);
    return next;
  };
  const nthWerkdagNa = (date: string, n: number): string => {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
    let current = date;
    for (let i = 0; i < n; i++) current = volgendeWerkdag(current);
    return current;
  };
  return { isWerkdag, volgendeWerkdag, nthWerkdagNa };
}

export type MeldStatus = 'te-vroeg' | 'op-tijd' | 'te-laat';

export interface VerhuisVenster {
  /** First day the move may be reported: 4 weeks (28 calendar days) before it, never extended. */
  vroegsteMelddatum: string;
  /** Last day the report is on time: the 5-day term extended per Atw art. 2, then art. 1. */
  uiterlijkeMelddatum: string;
  status: MeldStatus;
}

/**
 * The reporting window of Wet BRP art. 2.39 lid 2: from 4 weeks before the move to 5 days after it.
 * The end is extended by the Algemene Termijnenwet: art. 2 — a term of three or more days contains at
 * least two working days (days d+1 … end) — and then art. 1 — a term ending on a non-working day ends
 * on the next working day.
 */
export function verhuisVenster(verhuisdatum: string, today: string, kalender: WerkdagenKalender): VerhuisVenster {
  const vroegsteMelddatum = addDays(verhuisdatum, -28);
  let end = addDays(verhuisdatum, 5);
  const werkdagenTot = (last: string) => {
    let count = 0;
    for (let day = addDays(verhuisdatum, 1); compareIsoDates(day, last) <= 0; day = addDays(day, 1)) {
      if (kalender.isWerkdag(day)) count++;
    }
    return count;
  };
  while (werkdagenTot(end) < 2) end = addDays(end, 1); // Atw art. 2
  if (!kalender.isWerkdag(end)) end = kalender.volgendeWerkdag(end); // Atw art. 1
  const status: MeldStatus =
    compareIsoDates(today, vroegsteMelddatum) < 0 ? 'te-vroeg' : compareIsoDates(today, end) > 0 ? 'te-laat' : 'op-tijd';
  return { vroegsteMelddatum, uiterlijkeMelddatum: end, status };
}

export interface UitvaartVenster {
  /** Not sooner than 36 elapsed hours after death, as Amsterdam wall-clock date and time. */
  vroegst: { date: string; time: string };
  /** At the latest on the 6th working day after the day of death. */
  uiterlijkeDatum: string;
}

const HOURS_36_MS = 36 * 60 * 60 * 1000;

/**
 * The funeral window of the Wet op de lijkbezorging art. 16: not before 36 hours after death and at
 * the latest on the sixth working day after the day of death. 36 hours is elapsed time, so across a
 * daylight-saving switch the wall-clock time moves by an hour.
 */
export function uitvaartVenster(datumOverlijden: string, tijdOverlijden: string, kalender: WerkdagenKalender): UitvaartVenster {
  const death = amsterdamWallClockToInstant(datumOverlijden, tijdOverlijden);
  return {
    vroegst: instantToAmsterdamWallClock(new Date(death.getTime() + HOURS_36_MS)),
    uiterlijkeDatum: kalender.nthWerkdagNa(datumOverlijden, 6),
  };
}

/**
 * The last calendar year the declared days are known for: the shipped decrees (2028) or a later year
 * among `extraFeestdagen`. A "Besluit gelijkstelling" is issued for three years at a time; past this
 * year the calendar may miss a declared day (README "De volgende gelijkgestelde dagen toevoegen").
 */
export function laatstGedekteJaar(extraFeestdagen: readonly string[] = []): number {
  return Math.max(...[...DEFAULT_GELIJKGESTELDE_DAGEN.map((d) => d.datum), ...extraFeestdagen].filter(isIsoDate).map((d) => parseIsoDate(d).year));
}

/**
 * The hour a wall-clock time falls in around a daylight-saving switch in Amsterdam: `dubbel` — the
 * repeated autumn hour (last Sunday of October, 02:00–02:59 happens twice), `overgeslagen` — the
 * skipped spring hour (last Sunday of March, 02:00–02:59 does not exist), otherwise null. Either way
 * amsterdamWallClockToInstant reads it as the later instant, the safe reading of a legal minimum.
 */
export function zomertijdUur(date: string, time: string): 'dubbel' | 'overgeslagen' | null {
  if (!isIsoDate(date)) return null;
  let instant: Date;
  try {
    instant = amsterdamWallClockToInstant(date, time);
  } catch {
    return null;
  }
  const shown = instantToAmsterdamWallClock(instant);
  if (shown.date !== date || shown.time !== time) return 'overgeslagen';
  const hourEarlier = instantToAmsterdamWallClock(new Date(instant.getTime() - 60 * 60 * 1000));
  return hourEarlier.date === date && hourEarlier.time === time ? 'dubbel' : null;
}
