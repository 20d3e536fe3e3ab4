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
  return template === undefined ? issue.message : interpolate(template, values);
}

/** The text under a dotted i18next key, if the catalogue has one. */
function lookup(catalog: MessageCatalog, key: string): string | undefined {
  let node: unknown = catalog;
  for (const segment of key.split('.')) node = isRecord(node) ? node[segment] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** i18next `{{name}}` interpolation (a format suffix such as `{{datum, datetime}}` is ignored). */
function interpolate(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? whole : String(value);
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
