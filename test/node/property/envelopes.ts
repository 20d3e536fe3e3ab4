// Generated envelopes: a valid fixture envelope (test/fixtures/) with its leaves varied — every BSN,
// name, phone number, e-mail, postcode, huisnummer and KvK-nummer it holds, and its attachments'
// contents — so the structure stays one the rules accept and the generator needs no copy of them.
// BSNs are drawn from any nine digits (most valid, some mistyped), so a test can compare the schema
// with the 11-proef oracle: accepted exactly when every BSN passes and no two are the same.
import fc from 'fast-check';
import {
  bijlageVan,
  bsnMetTikfout,
  geldigeBsn,
  elfProef,
  getyptePostcode,
  getyptTelefoonnummer,
  huisnummer,
  metScheidingstekens,
  naam,
  negenCijfers,
  paden,
  vervang,
  vijandig,
} from './support.js';

export interface Variatie {
  input: Record<string, unknown>;
  /** The generated BSNs, as digits (without separators). */
  bsns: string[];
}

const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,15}[a-z0-9]$/), fc.stringMatching(/^[a-z0-9-]{1,12}[a-z0-9]$/), fc.constantFrom('nl', 'com', 'example'))
  .filter(([local]) => !local.includes('..'))
  .map(([l, d, t]) => `${l}@${d}.${t}`);

/** Mostly valid BSNs (so most envelopes are accepted), some mistyped, some any nine digits. */
const bsnInEnvelop = fc.oneof({ arbitrary: geldigeBsn, weight: 8 }, { arbitrary: bsnMetTikfout, weight: 1 }, { arbitrary: negenCijfers, weight: 1 });

const kvk = metScheidingstekens(fc.stringMatching(/^[0-9]{8}$/), [' ']);

type Site = { path: (string | number)[]; arb: fc.Arbitrary<unknown>; bsn?: true };

const filled = (v: unknown) => typeof v === 'string' ? v.trim() !== '' : typeof v === 'number';

/** The leaves of `value` this generator varies, each with the arbitrary of its kind. */
function sites(value: unknown, path: (string | number)[] = []): Site[] {
  if (value === null || typeof value !== 'object') return [];
  if (path.length === 1 && path[0] === 'bijlagen') return []; // attachments are regenerated as a whole
  const out: Site[] = [];
  for (const [key, child] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(key) : key];
    if (key === 'burgerservicenummer' && filled(child)) out.push({ path: here, arb: metScheidingstekens(bsnInEnvelop, [' ', '.']), bsn: true });
    else if (key === 'naam' && child && typeof child === 'object' && 'voornamen' in child) out.push({ path: here, arb: naam });
    else if (key === 'telefoonnummer' && filled(child)) out.push({ path: here, arb: getyptTelefoonnummer });
    else if (key === 'email' && filled(child)) out.push({ path: here, arb: email });
    else if (key === 'postcode' && filled(child)) out.push({ path: here, arb: getyptePostcode });
    else if (key === 'huisnummer' && filled(child)) out.push({ path: here, arb: huisnummer });
    else if (key === 'kvkNummer' && filled(child)) out.push({ path: here, arb: kvk });
    else out.push(...sites(child, here));
  }
  return out;
}

/** The same attachments kinds (1–4 files of each kind the fixture has), with generated PDF/PNG/JPEG contents and names. */
function bijlagen(input: Record<string, unknown>): fc.Arbitrary<unknown[]> {
  const soorten = [...new Set(((input['bijlagen'] as { soort: string }[] | undefined) ?? []).map((b) => b.soort))];
  return fc.tuple(...soorten.map((soort) => fc.array(bijlageVan(soort), { minLength: 1, maxLength: 4 }))).map((perSoort) => perSoort.flat());
}

/** Variations of one valid envelope. `extra` varies form-specific leaves (e.g. the move date). */
export function variaties(
  base: Record<string, unknown>,
  extra: fc.Arbitrary<(input: Record<string, unknown>) => void> = fc.constant(() => {}),
): fc.Arbitrary<Variatie> {
  const found = sites(base);
  return fc.tuple(fc.tuple(...found.map((s) => s.arb)), bijlagen(base), extra).map(([values, files, change]) => {
    let input = structuredClone(base);
    found.forEach((site, i) => (input = vervang(input, site.path, values[i]) as Record<string, unknown>));
    if (Array.isArray(base['bijlagen'])) input['bijlagen'] = files;
    change(input);
    const bsns = found.flatMap((s, i) => (s.bsn ? [String(values[i]).replace(/[\s.]/g, '')] : []));
    return { input, bsns };
  });
}

/**
 * The oracle for a variation's BSNs: every one passes the 11-proef and (`uniek`, the verhuizing's rule
 * for the people on one report) no two people share one.
 */
export function bsnsGeldig(bsns: readonly string[], { uniek }: { uniek: boolean }): boolean {
  return bsns.every(elfProef) && (!uniek || new Set(bsns).size === bsns.length);
}

/** A variation with one node replaced by something hostile, or removed. */
export function metVijandigBlad(variatie: fc.Arbitrary<Variatie>): fc.Arbitrary<unknown> {
  return variatie.chain(({ input }) => {
    const all = paden(input);
    return fc.tuple(fc.constantFrom(...all), vijandig, fc.boolean()).map(([path, value, remove]) => vervang(input, path, value, remove));
  });
}
