// Client for the PDOK Locatieserver v3.1 `free` endpoint (or a gemeente's proxy with the same
// interface), to fill in street and town from postcode + huisnummer (BAG).
//
// Privacy: the request carries only the postcode and huisnummer the citizen typed — no name, BSN,
// huisletter or anything else — sent without cookies (`credentials: 'omit'`) and without the page
// address as Referer (`referrerPolicy: 'no-referrer'`). PDOK is a public government service; a
// gemeente that prefers not to send even this to a third party points `address-lookup` at its own
// proxy, or sets it to `off` for manual entry.
//
// Failure is never a dead end: every outcome is a value (found / none / unreachable), so the form
// can fall back to manual entry. Nothing here throws.

/** One BAG address, with Haal Centraal / BAG field names as used in the payload. */
export interface Adres {
  straatnaam: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode: string;
  woonplaats: string;
  gemeentenaam: string;
  /** CBS gemeentecode, 4 digits, e.g. "0344". */
  gemeentecode: string;
  /** 16 digits */
  nummeraanduidingIdentificatie: string;
  /** 16 digits */
  adresseerbaarObjectIdentificatie: string;
  weergavenaam: string;
}

export type LookupResult =
  | { kind: 'found'; adressen: Adres[] }
  | { kind: 'none' }
  | { kind: 'unreachable'; reason: 'timeout' | 'network' | 'http' | 'invalid-response' | 'aborted'; status?: number };

export interface LookupOptions {
  fetch?: typeof globalThis.fetch;
  /** Aborts the request, e.g. when the citizen changes the postcode again. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The `fl` list: only what we map, because v3.1 otherwise returns every field it has. */
export const LOOKUP_FIELDS = [
  'straatnaam',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'woonplaatsnaam',
  'gemeentenaam',
  'gemeentecode',
  'nummeraanduiding_id',
  'adresseerbaarobject_id',
  'weergavenaam',
] as const;

/** `1234 ab` → `1234AB`; null if it is not a Dutch postcode (first digit 1–9, no SA/SD/SS). */
export function normalisePostcode(value: string): string | null {
  const text = value.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}(?!SA|SD|SS)[A-Z]{2}$/.test(text) ? text : null;
}

function normaliseHuisnummer(value: string | number): number | null {
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  // BAG huisnummers are 1–99999.
  return Number.isInteger(n) && n >= 1 && n <= 99999 ? n : null;
}

/**
 * `{base}?fq=postcode:1234AB&fq=huisnummer:12&fq=type:adres&rows=20&fl=…`. v3.1 rejects unknown
 * parameters, so only these are sent; a query string already in `base` (a proxy's key) is kept.
 * The `:` in `fq` stays literal, as in PDOK's own documentation. Throws RangeError for input that
 * is not a postcode/huisnummer (callers check completeness first; `lookupAddress` does).
 */
export function buildLookupUrl(base: string | URL, postcode: string, huisnummer: string | number): string {
  const pc = normalisePostcode(postcode);
  const nr = normaliseHuisnummer(huisnummer);
  if (pc === null || nr === null) throw new RangeError('postcode or huisnummer is not valid');
  const [withoutHash] = String(base).split('#');
  const query = `fq=postcode:${pc}&fq=huisnummer:${nr}&fq=type:adres&rows=20&fl=${encodeURIComponent(LOOKUP_FIELDS.join(' '))}`;
  const separator = !withoutHash!.includes('?') ? '?' : /[?&]$/.test(withoutHash!) ? '' : '&';
  return withoutHash + separator + query;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

function toAdres(doc: unknown): Adres | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const d = doc as Record<string, unknown>;
  const straatnaam = text(d.straatnaam);
  const huisnummer = typeof d.huisnummer === 'number' ? d.huisnummer : normaliseHuisnummer(text(d.huisnummer) ?? '');
  const postcode = normalisePostcode(text(d.postcode) ?? '');
  const woonplaats = text(d.woonplaatsnaam);
  const gemeentenaam = text(d.gemeentenaam);
  const gemeentecode = text(d.gemeentecode);
  const nummeraanduiding = text(d.nummeraanduiding_id);
  const object = text(d.adresseerbaarobject_id);
  if (
    !straatnaam || huisnummer === null || !Number.isInteger(huisnummer) || huisnummer < 1 || !postcode ||
    !woonplaats || !gemeentenaam || !gemeentecode || !/^\d{4}$/.test(gemeentecode) ||
    !nummeraanduiding || !/^\d{16}$/.test(nummeraanduiding) || !object || !/^\d{16}$/.test(object)
  ) {
    return null;
  }
  const huisletter = text(d.huisletter);
  const toevoeging = text(d.huisnummertoevoeging);
  const adres: Adres = {
    straatnaam,
    huisnummer,
    postcode,
    woonplaats,
    gemeentenaam,
    gemeentecode,
    nummeraanduidingIdentificatie: nummeraanduiding,
    adresseerbaarObjectIdentificatie: object,
    weergavenaam:
      text(d.weergavenaam) ??
      `${straatnaam} ${huisnummer}${huisletter ?? ''}${toevoeging ? `-${toevoeging}` : ''}, ${postcode} ${woonplaats}`,
  };
  if (huisletter) adres.huisletter = huisletter;
  if (toevoeging) adres.huisnummertoevoeging = toevoeging;
  return adres;
}

// Built on first use, not when the module loads: an Intl.Collator costs tens of milliseconds on a
// slow phone, and a form with `address-lookup="off"` (or one that never gets to the address) never
// sorts an address list at all (issue 9).
let collator: Intl.Collator | undefined;
const compare = (a: string, b: string): number => (collator ??= new Intl.Collator('nl', { numeric: true })).compare(a, b);

/**
 * `{ response: { numFound, start, docs: [...] } }` → addresses. Malformed docs are skipped, the same
 * nummeraanduiding is listed once, and the list is sorted by huisnummer, huisletter, toevoeging
 * (numerically: "2" before "10") so the citizen picks from a predictable list.
 */
export function parseLookupResponse(json: unknown): Adres[] {
  const docs = (json as { response?: { docs?: unknown } } | null)?.response?.docs;
  if (!Array.isArray(docs)) return [];
  const seen = new Map<string, Adres>();
  for (const doc of docs) {
    const adres = toAdres(doc);
    if (adres && !seen.has(adres.nummeraanduidingIdentificatie)) seen.set(adres.nummeraanduidingIdentificatie, adres);
  }
  return [...seen.values()].sort(
    (a, b) =>
      a.huisnummer - b.huisnummer ||
      compare(a.huisletter ?? '', b.huisletter ?? '') ||
      compare(a.huisnummertoevoeging ?? '', b.huisnummertoevoeging ?? ''),
  );
}

function isResponseShape(json: unknown): boolean {
  return Array.isArray((json as { response?: { docs?: unknown } } | null)?.response?.docs);
}

/**
 * Looks up the addresses at postcode + huisnummer. Input that cannot be a Dutch address gives
 * `none` without any request. Only addresses matching the asked postcode and huisnummer are
 * returned, in case a proxy answers more broadly.
 */
export async function lookupAddress(
  base: string | URL,
  postcode: string,
  huisnummer: string | number,
  { fetch = globalThis.fetch, signal, timeoutMs = 8000 }: LookupOptions = {},
): Promise<LookupResult> {
  const pc = normalisePostcode(postcode);
  const nr = normaliseHuisnummer(huisnummer);
  if (pc === null || nr === null) return { kind: 'none' };
  if (signal?.aborted) return { kind: 'unreachable', reason: 'aborted' };

  const url = buildLookupUrl(base, pc, nr); // cannot throw: both were validated above

  // One controller for both the caller's signal and our timeout (AbortSignal.any is too new for
  // the browsers gemeenten still have to support). It stays armed while the body is read.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    const response = await fetch(url, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (!response.ok) return { kind: 'unreachable', reason: 'http', status: response.status };
    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      if (controller.signal.aborted) throw error;
      return { kind: 'unreachable', reason: 'invalid-response', status: response.status };
    }
    if (!isResponseShape(json)) return { kind: 'unreachable', reason: 'invalid-response', status: response.status };
    const adressen = parseLookupResponse(json).filter((a) => a.postcode === pc && a.huisnummer === nr);
    return adressen.length > 0 ? { kind: 'found', adressen } : { kind: 'none' };
  } catch {
    if (timedOut) return { kind: 'unreachable', reason: 'timeout' };
    if (signal?.aborted) return { kind: 'unreachable', reason: 'aborted' };
    return { kind: 'unreachable', reason: 'network' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
