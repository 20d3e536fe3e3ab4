// Europe/Amsterdam's UTC offset from the EU summer-time rule, without Intl. Pure arithmetic, so the
// browser can know "today in Amsterdam" on its first render without building an
// Intl.DateTimeFormat with a timeZone (tens of milliseconds on a slow phone, issue 9).
//
// The rule: Directive 2000/84/EC art. 2 and 3 — summer time begins at 01:00 UTC on the last Sunday
// of March and ends at 01:00 UTC on the last Sunday of October, in every Member State at the same
// moment. The Netherlands keep CET (UTC+1) and CEST (UTC+2) in summer. The October end date holds
// for the whole EU since 1996 (the earlier directives ended summer time in September on the
// continent), so the rule is only claimed from 1996 on: `RULE_VALID_FROM_MS`.
//
// The rule can change (the EU has debated ending the clock change). The element therefore checks it
// against Intl once after first paint and uses Intl from then on if they differ (form/amsterdam-today.ts);
// the server side (schemas, receiver) keeps using Intl (amsterdam.ts).

const HOUR_MS = 60 * 60 * 1000;

/** 1996-01-01T00:00:00Z: the first instant the rule is claimed for. */
export const RULE_VALID_FROM_MS = Date.UTC(1996, 0, 1);

/** The instant 01:00 UTC on the last Sunday of `month` (1–12, a 31-day month) of `year`. */
function lastSunday0100Utc(year: number, month: 3 | 10): number {
  const last = new Date(Date.UTC(year, month - 1, 31, 1));
  return last.getTime() - last.getUTCDay() * 24 * HOUR_MS;
}

/** Minutes Amsterdam is ahead of UTC at this instant by the EU rule: 120 in summer, else 60. */
export function amsterdamOffsetByRule(instantMs: number): 60 | 120 {
  const year = new Date(instantMs).getUTCFullYear();
  return instantMs >= lastSunday0100Utc(year, 3) && instantMs < lastSunday0100Utc(year, 10) ? 120 : 60;
}

/** Amsterdam's calendar date (`YYYY-MM-DD`) at this instant by the EU rule. */
export function amsterdamDateByRule(instant: Date): string {
  const local = new Date(instant.getTime() + amsterdamOffsetByRule(instant.getTime()) * 60000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** The two switch instants of a year by the rule (ms): summer time starts, summer time ends. */
export function ruleSwitches(year: number): [number, number] {
  return [lastSunday0100Utc(year, 3), lastSunday0100Utc(year, 10)];
}
