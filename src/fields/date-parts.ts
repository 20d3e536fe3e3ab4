// A date is asked as three fields (dag, maand, jaar), as GOV.UK and NL Design System advise: it avoids
// date pickers that screen readers and phones handle badly. The month may be typed as a number or a
// name ("maart", "mrt", "March"), so people can type what is on the document in front of them.
export interface DateParts {
  dag: string;
  maand: string;
  jaar: string;
}

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb'],
  ['maart', 'march', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['augustus', 'august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

export function parseMonth(raw: string): number | null {
  const value = raw.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(value)) {
    const n = Number(value);
    return n >= 1 && n <= 12 ? n : null;
  }
  return MONTHS[value] ?? null;
}

export function isEmptyDate(parts: Partial<DateParts> | undefined): boolean {
  return !parts || [parts.dag, parts.maand, parts.jaar].every((p) => !p || !p.trim());
}

/**
 * The ISO date the parts describe, '' when all three are empty (the schema then says the date is
 * required), or a string the schema rejects as an invalid date ("ongeldig") when they do not form one.
 */
export function partsToIso(parts: Partial<DateParts> | undefined): string {
  if (isEmptyDate(parts)) return '';
  const dag = (parts?.dag ?? '').trim();
  const jaar = (parts?.jaar ?? '').trim();
  const maand = parseMonth(parts?.maand ?? '');
  if (!/^\d{1,2}$/.test(dag) || !/^\d{4}$/.test(jaar) || maand === null) return 'ongeldig';
  const iso = `${jaar}-${String(maand).padStart(2, '0')}-${dag.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? 'ongeldig' : iso;
}

export function isoToParts(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { dag: String(Number(m[3])), maand: String(Number(m[2])), jaar: m[1] } : { dag: '', maand: '', jaar: '' };
}
