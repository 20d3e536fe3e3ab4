// Calendar dates and wall-clock times in Europe/Amsterdam, whatever the machine's time zone (CI runs
// in UTC; a citizen's laptop may be abroad). Dates are ISO strings `YYYY-MM-DD`; arithmetic on them is
// done in UTC where no daylight saving exists, the time zone only enters through `Intl`.

export const TIME_ZONE = 'Europe/Amsterdam';

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const HH_MM = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;
const DAY_MS = 24 * 60 * 60 * 1000;

let formatter: Intl.DateTimeFormat | undefined;
/** Created on first use, so importing this module has no side effects. */
function amsterdamFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return formatter;
}

interface WallClockParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockParts(instant: Date): WallClockParts {
  const parts: Record<string, number> = {};
  for (const part of amsterdamFormatter().formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  // setUTCFullYear, because Date.UTC maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Minutes Amsterdam is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetMinutes(instantMs: number): number {
  const p = wallClockParts(new Date(instantMs));
  return Math.round((utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - Math.floor(instantMs / 1000) * 1000) / 60000);
}

/** Today's calendar date in Amsterdam for the given instant (inject `now` so tests can pin it). */
export function todayInAmsterdam(now: Date): string {
  return instantToAmsterdamWallClock(now).date;
}

/** True for a `YYYY-MM-DD` string that names a real Gregorian calendar date (no 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(utcMs(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses an ISO date into its parts; throws on anything that is not a real calendar date. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO calendar date: ${String(value)}`);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The calendar date `days` later (negative: earlier). Calendar days, no time zone involved. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseIsoDate(date);
  return fromUtcMs(utcMs(year, month, day) + days * DAY_MS);
}

/** Day of the week: 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export function dayOfWeek(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return new Date(utcMs(year, month, day)).getUTCDay();
}

/** Negative, 0 or positive, like a sort comparator. ISO dates of four-digit years sort as strings. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Age in whole years on `today`. Someone born on 29 February turns a year older on 1 March in a
 * common year (the birthday has not been reached while today's month-day sorts before 02-29).
 */
export function ageOn(geboortedatum: string, today: string): number {
  const born = parseIsoDate(geboortedatum);
  const now = parseIsoDate(today);
  const hadBirthday = today.slice(5) >= geboortedatum.slice(5);
  return now.year - born.year - (hadBirthday ? 0 : 1);
}

/**
 * The instant at which Amsterdam clocks show `date` `time` (HH:MM). Around the daylight-saving
 * switches a wall-clock time can be ambiguous (the last Sunday of October, 02:00–02:59 happens twice:
 * the later, winter-time instant is returned) or missing (the last Sunday of March, 02:00–02:59 does
 * not exist: it is read with the winter offset, so 02:30 becomes 03:30 summer time — also the later of
 * the two readings). The later instant is the safe reading of a legal minimum counted from a time of
 * death (Wlb art. 16: not sooner than 36 hours), issue 6 item 13.
 */
export function amsterdamWallClockToInstant(date: string, time: string): Date {
  const { year, month, day } = parseIsoDate(date);
  const match = HH_MM.exec(time);
  if (!match) throw new RangeError(`Not an HH:MM time: ${String(time)}`);
  const local = utcMs(year, month, day, Number(match[1]), Number(match[2]));
  // The offsets a day before and a day after bracket at most one switch.
  const before = offsetMinutes(local - DAY_MS);
  const after = offsetMinutes(local + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset * 60000)
    .filter((instant) => offsetMinutes(instant) * 60000 === local - instant)
    .sort((a, b) => b - a);
  return new Date(candidates[0] ?? local - before * 60000);
}

/** Amsterdam's calendar date and HH:MM wall-clock time at an instant. */
export function instantToAmsterdamWallClock(instant: Date): { date: string; time: string } {
  const p = wallClockParts(instant);
  return { date: formatIsoDate(p.year, p.month, p.day), time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** True for a valid `HH:MM` 24-hour time. */
export function isHhMm(value: unknown): value is string {
  return typeof value === 'string' && HH_MM.test(value);
}
