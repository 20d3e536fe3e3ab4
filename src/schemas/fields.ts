// Building blocks for the form schemas: one zod/mini schema per kind of Dutch field. Each accepts what
// a citizen typed (any spacing, any case, numbers as digit strings, '' for "not filled in") and outputs
// the normalised value, so parsing the output again gives the same output. Every issue message is an
// i18n key under `fout.` (see src/i18n/locales/fouten.nl.ts).
//
// Normalising happens in a transform *before* the typed schema (zod's preprocess pattern), so the
// JSON Schema of the output still shows the target type and pattern.
import * as z from 'zod/mini';
import { isIsoDate } from './amsterdam.js';
import { EMAIL, normalizeBsn, normalizePostcode, normalizeTelefoon, isValidBsn, POSTCODE, TELEFOON } from './validators.js';

export { isBlank, type FoutKey, type IssueParams } from './rule-helpers.js';
import { isBlank, type FoutKey, type IssueParams } from './rule-helpers.js';

/**
 * The `error` parameter for a schema: a missing or empty value gives `fout.verplicht`, anything else
 * the field's own key. Zod calls this for type and format issues of that schema.
 */
export function fout(key: FoutKey) {
  return { error: (issue: { input?: unknown }) => (isBlank(issue.input) ? 'fout.verplicht' : key) };
}

/** Strings are trimmed and '' becomes undefined; other values pass unchanged for the schema to judge. */
function clean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Drops keys whose value is undefined, so an optional field left empty is absent from the payload. */
export const compact = z.overwrite(<T>(value: T): T => {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) if (v === undefined) delete (value as Record<string, unknown>)[key];
  }
  return value;
});

/** Text of at most `max` characters; the limit travels in the issue params for the message. */
function maxChars(max: number) {
  return z.refine<string>((s) => s.length <= max, { error: 'fout.tekst.te-lang', params: { maximum: max } });
}

function preprocessed<S extends z.ZodMiniType>(normalize: (value: unknown) => unknown, schema: S) {
  return z.pipe(z.transform((value: string) => normalize(value)), schema);
}

/** Required text, trimmed. */
export function tekst(max: number) {
  return preprocessed(clean, z.string(fout('fout.ongeldig')).check(maxChars(max)));
}

/** Optional text: '' or absent is left out of the output. */
export function optioneleTekst(max: number, pattern?: { regex: RegExp; key: FoutKey }) {
  // With a pattern the pattern's own message says what fits, so the length check is left out.
  const schema = pattern
    ? z.string(fout(pattern.key)).check(z.regex(pattern.regex, { error: pattern.key }))
    : z.string(fout('fout.ongeldig')).check(maxChars(max));
  return z.optional(preprocessed(clean, z.optional(schema)));
}

/** Postcode in, `1234AB` out (PostNL format; see validators.normalizePostcode). */
export function postcode() {
  return preprocessed(
    (v) => (typeof v === 'string' ? (normalizePostcode(v) ?? clean(v)) : v),
    z.string(fout('fout.postcode.ongeldig')).check(z.regex(POSTCODE, { error: 'fout.postcode.ongeldig' })),
  );
}

/** Huisnummer as digits or number in, integer 1–99999 out (BAG: huisnummer is 1 to 5 digits). */
export function huisnummer() {
  const key = 'fout.huisnummer.ongeldig';
  return preprocessed(
    (v) => {
      const c = clean(v);
      return typeof c === 'string' && /^[0-9]{1,6}$/.test(c) ? Number(c) : c;
    },
    z.int(fout(key)).check(z.gte(1, { error: key }), z.lte(99999, { error: key })),
  );
}

/** BAG huisletter: one letter, case kept as the BAG has it. */
export const huisletter = () =>
  optioneleTekst(1, { regex: /^[A-Za-z]$/, key: 'fout.huisletter.ongeldig' });

/** BAG huisnummertoevoeging: at most 4 letters or digits. */
export const huisnummertoevoeging = () =>
  optioneleTekst(4, { regex: /^[A-Za-z0-9]{1,4}$/, key: 'fout.huisnummertoevoeging.ongeldig' });

/** BSN in with spaces, dots, dashes or as 8 digits; 9 digits out; 11-proef checked. */
export function bsn() {
  return preprocessed(
    (v) => (typeof v === 'string' ? (normalizeBsn(v) ?? clean(v)) : v),
    z
      .string(fout('fout.bsn.ongeldig'))
      .check(
        z.regex(/^[0-9]{9}$/, { error: 'fout.bsn.ongeldig', abort: true }),
        z.refine((s: string) => isValidBsn(s), { error: 'fout.bsn.elfproef' }),
      ),
  );
}

/**
 * An ISO calendar date `YYYY-MM-DD` (the element joins the three date fields into one). Zod's ISO date
 * pattern rejects impossible dates such as 2026-02-30. Its format issue does not abort, so `checks`
 * (rules against today) must ignore a value that is not a date — `datumCheck` does that.
 */
export function datum(...checks: z.core.$ZodCheck<string>[]) {
  return preprocessed(clean, z.iso.date(fout('fout.datum.ongeldig')).check(...checks));
}

/** A date rule that only runs on a real date; it returns the issue to report, or nothing. */
export function datumCheck(rule: (date: string) => { message: FoutKey; params?: IssueParams } | undefined) {
  return z.superRefine((value: string, ctx) => {
    if (!isIsoDate(value)) return;
    const issue = rule(value);
    if (issue) addFout(ctx, [], issue.message, issue.params);
  });
}

export function email() {
  return preprocessed(
    clean,
    z
      .string(fout('fout.email.ongeldig'))
      .check(z.maxLength(254, { error: 'fout.email.ongeldig' }), z.regex(EMAIL, { error: 'fout.email.ongeldig' })),
  );
}

export const optioneleEmail = () => z.optional(preprocessed(clean, z.optional(email())));

/** Telephone in as typed (spaces, dots, dashes, parentheses, 0031, (0)); E.164 out (validators.normalizeTelefoon). */
export function telefoon() {
  return preprocessed(
    (v) => (typeof v === 'string' ? (normalizeTelefoon(v) ?? clean(v)) : v),
    z.string(fout('fout.telefoon.ongeldig')).check(z.regex(TELEFOON, { error: 'fout.telefoon.ongeldig' })),
  );
}

export const optioneleTelefoon = () => z.optional(preprocessed(clean, z.optional(telefoon())));

/** A code of digits that may be null (BAG ids, gemeentecode); absent or '' becomes null. */
export function nullableCode(digits: number, key: FoutKey) {
  const pattern = new RegExp(`^[0-9]{${digits}}$`);
  return preprocessed(
    (v) => (isBlank(v) ? null : clean(v)),
    z.nullable(z.string(fout(key)).check(z.regex(pattern, { error: key }))),
  );
}

/** Yes/no: booleans, or the strings 'ja'/'nee'/'true'/'false' a radio group may hold. */
function toBoolean(value: unknown): unknown {
  const c = clean(value);
  if (c === 'ja' || c === 'true') return true;
  if (c === 'nee' || c === 'false') return false;
  return c;
}

export function janee() {
  return z.pipe(z.transform((v: boolean | string) => toBoolean(v)), z.boolean(fout('fout.keuze')));
}

export function optioneelJanee() {
  return z.optional(z.pipe(z.transform((v: boolean | string) => toBoolean(v)), z.optional(z.boolean(fout('fout.keuze')))));
}

export function keuze<const T extends readonly [string, ...string[]]>(values: T) {
  return preprocessed(clean, z.enum(values, fout('fout.keuze')));
}

/** A choice that may be absent (a question asked only for some answers); '' counts as absent. */
export function optioneleKeuze<const T extends readonly [string, ...string[]]>(values: T) {
  return z.optional(preprocessed(clean, z.optional(z.enum(values, fout('fout.keuze')))));
}

/** A whole number ≥ min, typed as digits or given as number. */
export function aantal(min: number, key: FoutKey) {
  return preprocessed(
    (v) => {
      const c = clean(v);
      return typeof c === 'string' && /^[0-9]{1,9}$/.test(c) ? Number(c) : c;
    },
    z.int(fout(key)).check(z.gte(min, { error: key })),
  );
}

/** Naam after Haal Centraal BRP: voornamen, voorvoegsel, geslachtsnaam (BRP field lengths). */
export function naam() {
  return z
    .object(
      {
        voornamen: tekst(200),
        voorvoegsel: optioneleTekst(10),
        geslachtsnaam: tekst(200),
      },
      fout('fout.ongeldig'),
    )
    .check(compact);
}

/**
 * The fields of one person, as the engine's person block (src/form/person-block.ts) asks them:
 * burgerservicenummer, naam { voornamen, voorvoegsel, geslachtsnaam } and geboortedatum (Haal Centraal
 * BRP names). `geboortedatum` is the form's own date schema (its rules against today differ per
 * person: an aangever of 16 or older, a newborn co-mover); `bsn: false` leaves the BSN out (a main
 * occupant, whose BSN the gemeente does not need).
 */
export function persoonVelden<G extends z.ZodMiniType>(options: { geboortedatum: G; bsn?: true }): {
  burgerservicenummer: ReturnType<typeof bsn>;
  naam: ReturnType<typeof naam>;
  geboortedatum: G;
};
export function persoonVelden<G extends z.ZodMiniType>(options: { geboortedatum: G; bsn: false }): {
  naam: ReturnType<typeof naam>;
  geboortedatum: G;
};
export function persoonVelden<G extends z.ZodMiniType>({ geboortedatum, bsn: metBsn = true }: { geboortedatum: G; bsn?: boolean }) {
  return metBsn ? { burgerservicenummer: bsn(), naam: naam(), geboortedatum } : { naam: naam(), geboortedatum };
}

/** Adds a custom issue with a message key and params at a path relative to the refined value. */
export function addFout(
  ctx: { addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[]; params?: IssueParams; input?: unknown }): void },
  path: (string | number)[],
  message: FoutKey,
  params?: IssueParams,
): void {
  ctx.addIssue({ code: 'custom', message, path, ...(params ? { params } : {}), input: undefined });
}

/** The fields of a Dutch address (BAG names; street and town 80 characters as in the BAG). */
export const adresVelden = () => ({
  postcode: postcode(),
  huisnummer: huisnummer(),
  huisletter: huisletter(),
  huisnummertoevoeging: huisnummertoevoeging(),
  straatnaam: tekst(80),
  woonplaats: tekst(80),
});
