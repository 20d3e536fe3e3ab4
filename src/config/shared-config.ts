// Attribute parsing for both elements: one record of small attribute parsers per element (the
// shared ones plus the form's own). Every problem becomes `{ attribute, key, params }` where `key`
// is an i18n key under `config.` (texts in src/i18n/locales/config.nl.ts), so the element can show
// the webmaster a visible configuration error instead of a half-working form (product brief: "a
// clear message on the page when the configuration is wrong").
//
// Hand-written, without zod (issue 9, docs/first-view-split.md): the attributes are checked before
// the first field is shown, and the first view of the classic script loads without zod; zod comes
// with the later part, for the payload schemas (src/schemas/). A parser is one function, so there
// is nothing a schema library would add here.
import { checkEndpoint } from './endpoint.js';
import { parseTelefoon, type ContactTelefoon } from './contact.js';

/** Default `address-lookup`: the public PDOK Locatieserver v3.1 `free` endpoint (domain notes, BAG). */
export const DEFAULT_ADDRESS_LOOKUP = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

export type ConfigParams = Record<string, string>;

/** One wrong attribute. `params` always holds `attribuut` (the attribute name) for interpolation. */
export interface ConfigError {
  attribute: string;
  key: string;
  params: ConfigParams;
}

export type ConfigResult<T> = { ok: true; config: T } | { ok: false; errors: ConfigError[] };

/** What an attribute parser returns: the typed value, or the i18n key of what is wrong. */
export type AttributeResult<T> = { ok: true; value: T } | { ok: false; key: string; params?: ConfigParams };

const valid = <T>(value: T): AttributeResult<T> => ({ ok: true, value });
const wrong = (key: string, params?: ConfigParams): AttributeResult<never> => ({ ok: false, key, params });

/** One attribute's parser. `value` is what `getAttribute` gives: `null` when the attribute is absent. */
export interface AttributeParser<T> {
  parse(value: string | null): AttributeResult<T>;
}

/**
 * Wraps a plain `(value) => AttributeResult` function as an `AttributeParser`. Attribute maps come
 * from the DOM and from JavaScript callers (a missing key means absent too), so anything that is not
 * a string counts as absent.
 */
export function attribute<T>(parse: (value: string | null) => AttributeResult<T>): AttributeParser<T> {
  return { parse: (value: unknown) => parse(typeof value === 'string' ? value : null) };
}

// ---------------------------------------------------------------------------------------------
// Generic attribute parsers, for the shared attributes and for form-specific ones
// (e.g. verhuizing's `hoofdbewoner`, `laat-melden`, `telefoon-verplicht`, `extra-feestdagen`).
// ---------------------------------------------------------------------------------------------

/**
 * An enumerated attribute. Absent or empty → `fallback`. Matching ignores case and surrounding
 * spaces, like HTML's own enumerated attributes; any other value is an error (not silently the
 * default), so a typo such as `persist="sesion"` is shown to the webmaster.
 */
export function enumAttribute<const V extends string>(values: readonly V[], fallback: V, key = 'config.keuze') {
  return attribute((value): AttributeResult<V> => {
    const text = value?.trim().toLowerCase() ?? '';
    if (text === '') return valid(fallback);
    const match = values.find((v) => v.toLowerCase() === text);
    return match === undefined ? wrong(key, { waarden: values.map((v) => `"${v}"`).join(', ') }) : valid(match);
  });
}

/**
 * A boolean attribute: present → true, absent → false, as in HTML (`<x telefoon-verplicht>`).
 * Unlike HTML, `="false"` also means false, because CMS templates often render booleans as text.
 */
export function booleanAttribute() {
  return attribute((value) => valid(value !== null && value.trim().toLowerCase() !== 'false'));
}

/** A positive whole number (digits only, no sign, no decimals). Absent or empty → `fallback`. */
export function positiveIntegerAttribute(fallback: number, key = 'config.positiefGetal') {
  return attribute((value): AttributeResult<number> => {
    const text = value?.trim() ?? '';
    if (text === '') return valid(fallback);
    const n = Number(text);
    return /^\d+$/.test(text) && Number.isSafeInteger(n) && n > 0 ? valid(n) : wrong(key);
  });
}

/**
 * Space-separated ISO dates (`extra-feestdagen="2026-12-24 2026-12-31"`); commas are tolerated.
 * Each must be a real calendar date. Returns them sorted and without duplicates.
 */
export function isoDateListAttribute(key = 'config.datumlijst') {
  return attribute((value): AttributeResult<string[]> => {
    const dates = new Set<string>();
    for (const token of (value ?? '').split(/[\s,]+/)) {
      if (token === '') continue;
      if (!isIsoDate(token)) return wrong(key, { waarde: token });
      dates.add(token);
    }
    return valid([...dates].sort());
  });
}

/** True for `YYYY-MM-DD` that exists in the (proleptic Gregorian) calendar. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Required free text (trimmed, non-empty). */
export function textAttribute(key = 'config.tekst') {
  return attribute((value): AttributeResult<string> => {
    const text = value?.trim() ?? '';
    return text === '' ? wrong(key) : valid(text);
  });
}

/** Text that must match `pattern` entirely (after trimming). */
export function patternAttribute(pattern: RegExp, key: string) {
  return attribute((value): AttributeResult<string> => {
    const text = value?.trim() ?? '';
    return pattern.test(text) ? valid(text) : wrong(key);
  });
}

/**
 * An optional link shown to the citizen (e.g. `privacy-url`): http(s) only, relative values resolve
 * against the page. Absent or empty → null. Rejecting `javascript:` here matters: the value ends up
 * in an `href`.
 */
export function linkAttribute(pageUrl: string, key = 'config.url') {
  return attribute((value): AttributeResult<URL | null> => {
    const text = value?.trim() ?? '';
    if (text === '') return valid(null);
    try {
      const url = new URL(text, pageUrl);
      return url.protocol === 'https:' || url.protocol === 'http:' ? valid(url) : wrong(key);
    } catch {
      return wrong(key);
    }
  });
}

/**
 * A URL the element sends data to, under the endpoint policy (https:, same origin, or http: on
 * loopback; see endpoint.ts). `keys` names the message per failure reason.
 */
export function endpointAttribute(
  pageUrl: string,
  keys: { missing: string; invalid: string; notAllowed: string },
) {
  return attribute((value): AttributeResult<URL> => {
    const check = checkEndpoint(value, pageUrl);
    if (check.ok) return valid(check.url);
    return wrong(check.reason === 'missing' ? keys.missing : check.reason === 'invalid' ? keys.invalid : keys.notAllowed);
  });
}

/**
 * An optional URL under the endpoint policy (https:, same origin, or http: on loopback; see
 * endpoint.ts), e.g. `theme-href` and `contact-url`. Absent or empty → null.
 */
export function policyUrlAttribute(pageUrl: string, keys: { invalid: string; notAllowed: string }) {
  return attribute((value): AttributeResult<URL | null> => {
    const check = checkEndpoint(value, pageUrl);
    if (check.ok) return valid(check.url);
    return check.reason === 'missing' ? valid(null) : wrong(check.reason === 'invalid' ? keys.invalid : keys.notAllowed);
  });
}

/** Optional free text (trimmed; absent or blank → null), e.g. `contact-tekst`. */
export function optionalTextAttribute() {
  return attribute((value): AttributeResult<string | null> => {
    const text = value?.trim() ?? '';
    return valid(text === '' ? null : text);
  });
}

/** `contact-telefoon`: a telephone number shown as written and linked as `tel:` (contact.ts). */
export function telefoonAttribute(key = 'config.contactTelefoon') {
  return attribute((value): AttributeResult<ContactTelefoon | null> => {
    const text = value?.trim() ?? '';
    if (text === '') return valid(null);
    const telefoon = parseTelefoon(text);
    return telefoon ? valid(telefoon) : wrong(key);
  });
}

/**
 * `address-lookup`: absent/empty → the public PDOK service; `off` → null (manual entry only);
 * otherwise a URL under the endpoint policy, because postcode + huisnummer are sent there.
 */
export function addressLookupAttribute(pageUrl: string) {
  return attribute((value): AttributeResult<URL | null> => {
    const text = value?.trim() ?? '';
    if (text.toLowerCase() === 'off') return valid(null);
    const check = checkEndpoint(text === '' ? DEFAULT_ADDRESS_LOOKUP : text, pageUrl);
    if (check.ok) return valid(check.url);
    return wrong(check.reason === 'not-allowed' ? 'config.addressLookup.nietToegestaan' : 'config.addressLookup.ongeldig');
  });
}

// ---------------------------------------------------------------------------------------------
// The shared schema
// ---------------------------------------------------------------------------------------------

/** The attribute parsers both elements share, keyed by attribute name. */
export function sharedConfigShape(pageUrl: string) {
  return {
    endpoint: endpointAttribute(pageUrl, {
      missing: 'config.endpoint.ontbreekt',
      invalid: 'config.endpoint.ongeldig',
      notAllowed: 'config.endpoint.nietToegestaan',
    }),
    // CBS gemeentecode: always 4 digits with leading zeros ("0344" Utrecht, "0363" Amsterdam).
    'gemeente-code': patternAttribute(/^\d{4}$/, 'config.gemeenteCode'),
    'gemeente-naam': textAttribute('config.gemeenteNaam'),
    'privacy-url': linkAttribute(pageUrl, 'config.privacyUrl'),
    'address-lookup': addressLookupAttribute(pageUrl),
    persist: enumAttribute(['session', 'none'], 'session', 'config.persist'),
    'persist-minutes': positiveIntegerAttribute(60, 'config.persistMinutes'),
    credentials: enumAttribute(['same-origin', 'include', 'omit'], 'same-origin', 'config.credentials'),
    // An NL Design System token stylesheet: from a server only, never data:/blob:/javascript:.
    'theme-href': policyUrlAttribute(pageUrl, { invalid: 'config.themeHref.ongeldig', notAllowed: 'config.themeHref.nietToegestaan' }),
    // The gemeente's contact route (contact.ts), shown on every referral, stop page and failure message.
    'contact-url': policyUrlAttribute(pageUrl, { invalid: 'config.contactUrl.ongeldig', notAllowed: 'config.contactUrl.nietToegestaan' }),
    'contact-telefoon': telefoonAttribute(),
    'contact-tekst': optionalTextAttribute(),
  };
}

type AttributeShape = Record<string, AttributeParser<unknown>>;
type SharedShape = ReturnType<typeof sharedConfigShape>;

/** The parsed value per attribute name, from each parser's `T`. */
type ShapeOutput<S> = { [K in keyof S]: S[K] extends AttributeParser<infer T> ? T : never };

/** An element's attribute parsers, keyed by attribute name; `shape` keeps the order errors are reported in. */
export interface ConfigSchema<S extends AttributeShape> {
  shape: S;
}

/**
 * The one schema for an element's attributes: the shared ones plus `extra` form-specific ones,
 * e.g. `createConfigSchema(location.href, { hoofdbewoner: enumAttribute(['verplicht', …], 'verplicht') })`.
 */
export function createConfigSchema<E extends AttributeShape = Record<never, never>>(
  pageUrl: string,
  extra?: E,
): ConfigSchema<SharedShape & E> {
  return { shape: { ...sharedConfigShape(pageUrl), ...(extra as E) } };
}

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
/** Attribute names (kebab-case) → property names (camelCase), as the product brief fixes them. */
export type CamelKeys<T> = { [K in keyof T as K extends string ? Camel<K> : K]: T[K] };

/** "max-bestand-mb" → "maxBestandMb": the property Lit keeps an attribute in, and the config's key. */
export const propertyName = (attribute: string): string => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Parses an attribute map with a schema from `createConfigSchema`; never throws. Every attribute is
 * checked, so the webmaster sees all wrong attributes at once, in the schema's order.
 */
export function parseConfig<S extends AttributeShape>(
  schema: ConfigSchema<S>,
  attrs: Record<string, string | null | undefined>,
): ConfigResult<CamelKeys<ShapeOutput<S>>> {
  const errors: ConfigError[] = [];
  const config: Record<string, unknown> = {};
  for (const [attribute, parser] of Object.entries(schema.shape)) {
    const value = attrs[attribute];
    const result = parser.parse(typeof value === 'string' ? value : null);
    if (result.ok) config[propertyName(attribute)] = result.value;
    else errors.push({ attribute, key: result.key, params: { ...result.params, attribuut: attribute } });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config: config as CamelKeys<ShapeOutput<S>> };
}

// From the shared shape itself: `ReturnType<typeof createConfigSchema>` instantiates its `extra` at the
// constraint (a string index signature), which erased every property type to `any`.
export type SharedConfig = CamelKeys<ShapeOutput<SharedShape>>;

/** Parses the attributes both elements share. `pageUrl` is normally `document.baseURI`. */
export function parseSharedConfig(
  attrs: Record<string, string | null | undefined>,
  pageUrl: string,
): ConfigResult<SharedConfig> {
  return parseConfig(createConfigSchema(pageUrl), attrs);
}
