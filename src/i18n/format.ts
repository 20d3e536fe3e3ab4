// Dates and sizes in the reader's language. An ISO date is a calendar date (no time zone): format it
// at UTC noon so no machine time zone can shift it to the previous or next day.
//
// Each Intl formatter is built on first use and kept per language: building one costs milliseconds
// on a slow phone (more with a timeZone), formatting with a kept one costs microseconds, and a module
// load must not build what the first step may never show (issue 9).

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => F): F {
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) {
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * "dinsdag 1 december 2026" — or, with `weekday: false`, "3 maart 1980": the weekday helps with a day
 * that is planned or counted from (a move, a death, a funeral, a deadline), and is noise on a birth
 * date (issue 7 item 9; docs/steps-and-check-page.md).
 */
export function formatIsoDate(iso: string, lang: string, options: { weekday?: boolean } = {}): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const weekday = options.weekday ?? true;
  return cached(`date${weekday ? '+weekday' : ''}:${lang}`, () =>
    new Intl.DateTimeFormat(locale(lang), {
      ...(weekday ? { weekday: 'long' as const } : {}), day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
    }),
  ).format(date);
}

/**
 * A date inside an error message: "30 september 2026", without the weekday. GOV.UK writes dates in
 * errors that way, and an error-summary entry has 60 characters (2 lines at 360 px, issue 7 item 4):
 * "woensdag" alone would take 9 of them. The field or hint next to it still shows the weekday.
 */
export function formatErrorDate(iso: string, lang: string): string {
  return formatIsoDate(iso, lang, { weekday: false });
}

/** A moment as Europe/Amsterdam wall-clock date and time (the gemeente's time, whatever the device says). */
export function formatDateTime(moment: Date, lang: string): string {
  return cached(`datetime:${lang}`, () =>
    new Intl.DateTimeFormat(locale(lang), {
      day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
    }),
  ).format(moment);
}

export function formatBytes(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024);
  const nf = cached(`bytes:${lang}`, () => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }));
  return mb >= 0.1 ? `${nf.format(mb)} MB` : `${nf.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

function locale(lang: string): string {
  return lang === 'nl' ? 'nl-NL' : lang === 'en' ? 'en-GB' : lang;
}
