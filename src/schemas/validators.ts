// Dutch field validators as small pure functions: shared by the zod schemas, the element and a
// server. No zod, no DOM: each takes what a citizen typed and says whether (and how) it is valid.

/** Characters people type inside numbers that carry no meaning: spaces, dots and dashes. */
const SEPARATORS = /[\s.\-]/g;

/**
 * The BSN as 9 digits, or null. Spaces, dots and dashes are dropped; an 8-digit number gets a leading
 * zero, because older documents print BSNs (formerly sofinummers) without it (RvIG, "Burgerservicenummer").
 */
export function normalizeBsn(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  const digits = raw.replace(SEPARATORS, '');
  if (/^\d{9}$/.test(digits)) return digits;
  if (/^\d{8}$/.test(digits)) return `0${digits}`;
  return null;
}

/**
 * The 11-proef for the burgerservicenummer (Wet algemene bepalingen burgerservicenummer; RvIG
 * "Logisch ontwerp BSN"): weights 9, 8, …, 2 and −1 over the nine digits; the sum must be divisible by
 * 11. 000000000 passes that arithmetic but is never issued, so it is rejected.
 */
export function isValidBsn(raw: string): boolean {
  const bsn = normalizeBsn(raw);
  if (bsn === null || bsn === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

/**
 * The postcode as `1234AB`, or null. PostNL postcodes: four digits not starting with 0, two capitals;
 * the combinations SA, SD and SS are not issued (PostNL, "Postcodes"). Any case and spacing is accepted.
 */
export function normalizePostcode(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  const compact = raw.replace(/\s/g, '').toUpperCase();
  return POSTCODE.test(compact) ? compact : null;
}

/** The normalised postcode format (also used as the JSON Schema pattern). */
export const POSTCODE = /^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$/;

/**
 * A telephone number as people type it, in E.164 (`+31301234567`), or null (issue 6 item 8). The one
 * home of the rule: the verhuizing's and the overlijden's fields both use it through fields.telefoon().
 * - Spaces (also no-break), dots, dashes and parentheses carry no meaning and are dropped.
 * - `00` is the international prefix dialled from the Netherlands: `0031 30 …` is `+31 30 …`.
 * - The trunk zero after a country code, written `+31 (0)30 …` (or `+31 030 …` by mistake), is
 *   dropped: the trunk prefix is a national dialling digit (ITU-T E.164), it is
 *   not part of the international number.
 * - A Dutch national number has 10 digits starting with 0 (the Dutch Nummerplan): `030 123 4567` is
 *   `+31301234567`; after +31 exactly 9 digits follow.
 * - Any other country: the + and 7 to 15 digits, the E.164 maximum, the first not 0.
 */
export function normalizeTelefoon(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  let nummer = raw.trim();
  const internationaal = /^(?:\+|00)/.test(nummer);
  // Only after a country code is "(0)" the trunk zero; in "(030) 123 4567" the parentheses just group.
  if (internationaal) nummer = nummer.replace(/\(\s*0\s*\)/, '');
  nummer = nummer.replace(/[\s.\-()]/g, '');
  if (nummer.startsWith('00')) nummer = `+${nummer.slice(2)}`;
  else if (/^0[1-9]/.test(nummer)) nummer = `+31${nummer.slice(1)}`;
  if (nummer.startsWith('+310')) nummer = `+31${nummer.slice(4)}`;
  return TELEFOON.test(nummer) ? nummer : null;
}

/**
 * The normalised telephone format, E.164 (also used as the JSON Schema pattern): +31 and the 9 digits
 * of a Dutch number, or another country code and at most 15 digits in all.
 */
export const TELEFOON = /^(?:\+31[1-9][0-9]{8}|\+(?!31)[1-9][0-9]{6,14})$/;

/** A time as typed (9:05, 09.05, 0905) as `HH:MM`; anything else comes back trimmed, for the check. */
export function normaliseerTijd(raw: string): string {
  const c = raw.trim();
  const match = /^([0-9]{1,2})[:.]?([0-9]{2})$/.exec(c);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : c;
}

export function isValidTelefoon(raw: string): boolean {
  return normalizeTelefoon(raw) !== null;
}

/** KvK-nummer: exactly 8 digits (Handelsregisterbesluit 2008 art. 9; KvK API documentation). */
export function isValidKvkNummer(raw: string): boolean {
  return typeof raw === 'string' && /^[0-9]{8}$/.test(raw.trim());
}

/** Vestigingsnummer: exactly 12 digits (KvK Handelsregister, "vestigingsnummer"). */
export function isValidVestigingsnummer(raw: string): boolean {
  return typeof raw === 'string' && /^[0-9]{12}$/.test(raw.trim());
}

/**
 * Pragmatic e-mail check: one @, no spaces, a dot in the domain, at most 254 characters (RFC 5321
 * path limit). Deliverability is the mail server's job; this only catches typing mistakes.
 */
export const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function isValidEmail(raw: string): boolean {
  if (typeof raw !== 'string') return false;
  const value = raw.trim();
  return value.length <= 254 && EMAIL.test(value);
}
