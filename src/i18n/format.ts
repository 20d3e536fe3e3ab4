// Dates and sizes in the reader's language. An ISO date is a calendar date (no time zone): format it
// at UTC noon so no machine time zone can shift it to the previous or next day.
export function formatIsoDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A moment as Europe/Amsterdam wall-clock date and time (the gemeente's time, whatever the device says). */
export function formatDateTime(moment: Date, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
  }).format(moment);
}

export function formatBytes(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024);
  const nf = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });
  return mb >= 0.1 ? `${nf.format(mb)} MB` : `${nf.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

function locale(lang: string): string {
  return lang === 'nl' ? 'nl-NL' : lang === 'en' ? 'en-GB' : lang;
}
