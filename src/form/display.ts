// How the check page shows an answer: as the gemeente will receive it, not as it was typed ("3512 zz",
// "12.00"), so what the citizen confirms is what is sent (issue 7 item 9). Each function reuses the
// schema's own normaliser (src/schemas/validators.ts) and falls back to the typed text when that
// normaliser refuses it — the step has then already said what is wrong. docs/steps-and-check-page.md.
import { normalizePostcode, normalizeTelefoon, normaliseerTijd } from '../schemas/validators.js';

/** "3512zz" → "3512 ZZ": PostNL writes the four digits and the two letters apart. */
export function showPostcode(typed: string): string {
  const postcode = normalizePostcode(typed);
  return postcode ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : typed;
}

/** "06-12345678" → "+31612345678": the E.164 number the schema sends, one form for every country. */
export function showTelefoon(typed: string): string {
  return normalizeTelefoon(typed) ?? typed;
}

/** "12.00" or "1200" → "12:00". */
export function showTijd(typed: string): string {
  const tijd = normaliseerTijd(typed);
  return /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/.test(tijd) ? tijd : typed;
}
