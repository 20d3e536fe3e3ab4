// Turns schema issues into problem+json `invalidParams` (NL API Design Rules / ZGW): `name` is the dot
// path from the envelope root, `code` the i18n key the schema used, `reason` its Dutch text.
import { formatIsoDate } from '../../src/i18n/format.js';
import { isIsoDate } from '../../src/schemas/amsterdam.js';

export interface FormIssue {
  path: readonly PropertyKey[];
  /** An i18n key such as `fout.bsn.elfproef`. */
  message: string;
  params?: Record<string, unknown>;
}

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/** A nested message catalogue in i18next shape: `{ fout: { bsn: { elfproef: '…{{veld}}…' } } }`. */
export type MessageCatalog = Record<string, unknown>;

export function toInvalidParams(issues: readonly FormIssue[], catalog: MessageCatalog): InvalidParam[] {
  return issues.map((issue) => ({
    name: issue.path.map(String).join('.'),
    code: issue.message,
    reason: describe(issue, catalog),
  }));
}

function describe(issue: FormIssue, catalog: MessageCatalog): string {
  const values: Record<string, unknown> = { veld: readableField(issue.path) };
  // Dates travel as ISO in params; like the element, say them as a reader would ("1 december 2026").
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    values[name] = isIsoDate(value) ? formatIsoDate(value, 'nl') : value;
  }
  const template = lookup(catalog, issue.message);
  // An unknown key still tells the back-office developer which rule fired.
  return template === undefined ? issue.message : nest(interpolate(template, values, catalog), catalog);
}

/** i18next plural keys (`_one` / `_other`, the Dutch and English rule: one is 1, the rest other). */
function plural(catalog: MessageCatalog, key: string, count: number): string | undefined {
  return lookup(catalog, `${key}_${count === 1 ? 'one' : 'other'}`) ?? lookup(catalog, key);
}

/** i18next nesting with a count, as the element's texts use it: `$t(eenheid.dag, {"count": 3 })` → "3 dagen". */
function nest(text: string, catalog: MessageCatalog): string {
  return text.replace(/\$t\(([\w.]+),\s*\{\s*"count":\s*(\d+)\s*\}\s*\)/g, (whole, key: string, n: string) => {
    const template = plural(catalog, key, Number(n));
    return template === undefined ? whole : template.replace(/\{\{\s*count\s*\}\}/g, n);
  });
}

/** The `duur` format (src/i18n/i18n.ts): hours as H:MM said as "10 uur", "30 minuten", "1 uur en 5 minuten". */
function duur(value: unknown, catalog: MessageCatalog): string {
  const hm = /^(\d+):([0-5]\d)$/.exec(String(value));
  if (!hm) return String(value);
  const [uren, minuten] = [Number(hm[1]), Number(hm[2])];
  const say = (key: string, count: number) => (plural(catalog, key, count) ?? `{{count}} ${key}`).replace(/\{\{\s*count\s*\}\}/g, String(count));
  const u = say('eenheid.uur', uren);
  const m = say('eenheid.minuut', minuten);
  if (!uren || !minuten) return uren ? u : m;
  return (lookup(catalog, 'eenheid.urenEnMinuten') ?? '{{uren}} {{minuten}}').replace('{{uren}}', u).replace('{{minuten}}', m);
}

/** The text under a dotted i18next key, if the catalogue has one. */
function lookup(catalog: MessageCatalog, key: string): string | undefined {
  let node: unknown = catalog;
  for (const segment of key.split('.')) node = isRecord(node) ? node[segment] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** i18next `{{name}}` interpolation; of the format suffixes only `{{verschil, duur}}` means something here. */
function interpolate(template: string, values: Record<string, unknown>, catalog: MessageCatalog): string {
  return template.replace(/\{\{\s*([\w.]+)\s*(?:,\s*([\w]+)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    const value = values[name];
    if (value === undefined || value === null) return whole;
    return format === 'duur' ? duur(value, catalog) : String(value);
  });
}

// Payload names that read badly as a field name in a sentence ("Vul {{veld}} in").
const FIELD_NAMES: Record<string, string> = {
  burgerservicenummer: 'burgerservicenummer (BSN)',
  geslachtsnaam: 'achternaam',
  huisnummertoevoeging: 'toevoeging',
  email: 'e-mailadres',
  nummeraanduidingIdentificatie: 'nummeraanduiding',
  adresseerbaarObjectIdentificatie: 'adresseerbaar object',
};

/**
 * A readable Dutch form of the last named path segment, for the `veld` interpolation value that the
 * element fills with the field's label: `nieuwAdres.postcode` → "postcode", `verhuisdatum` →
 * "verhuisdatum", `meeverhuizers.0` → "meeverhuizers", `aantalBewoners` → "aantal bewoners".
 */
export function readableField(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string' && !/^\d+$/.test(segment));
  if (typeof last !== 'string') return 'dit veld';
  return FIELD_NAMES[last] ?? last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
