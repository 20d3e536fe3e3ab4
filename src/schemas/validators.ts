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
 * A telephone number without spaces and dashes, or null. Allowed (domain notes, verhuizing step 2):
 * a Dutch number of 10 digits starting with 0, or an international number starting with + — here
 * 7 to 15 digits after the +, the E.164 maximum, the first not 0 (no country code starts with 0).
 */
export function normalizeTelefoon(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  const compact = raw.trim().replace(/[\s-]/g, '');
  return TELEFOON.test(compact) ? compact : null;
}

/** The normalised telephone format (also used as the JSON Schema pattern). */
export const TELEFOON = /^(?:0[0-9]{9}|\+[1-9][0-9]{6,14})$/;

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
