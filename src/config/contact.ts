// The gemeente's contact route (product.md "Contact route"; issue 6 item 16): the shared attributes
// `contact-url`, `contact-telefoon` and `contact-tekst`. Every referral, stop page and failure message
// shows it in the same place (WCAG 2.2 SC 3.2.6 Consistent Help). Framework-free: the telephone rule
// is tested in Node.

/** The attributes that make up the route, named in the console warning when none is set. */
export const CONTACT_ATTRIBUTES = ['contact-url', 'contact-telefoon', 'contact-tekst'] as const;

/** A telephone number as the gemeente writes it (`14 030`) and as a `tel:` link (`tel:14030`). */
export interface ContactTelefoon {
  tekst: string;
  href: string;
}

/** The parsed contact attributes (null = absent). */
export interface ContactConfig {
  contactUrl: URL | null;
  contactTelefoon: ContactTelefoon | null;
  contactTekst: string | null;
}

/**
 * Reads a telephone number as people write it: digits with spaces, dashes, dots, parentheses and a
 * leading `+`. The link carries the digits only (RFC 3966 `tel:` URI; a dialler ignores visual
 * separators anyway, and some break on them), with the `+` of an international number and without
 * the Dutch trunk zero written as `(0)` after the country code (`+31 (0)30 …` → `tel:+3130…`).
 * 5 to 15 digits: the shortest gemeente number is `14` + a 3-digit netnummer (`14 030`); E.164
 * allows 15. Anything else (letters, `tel:` itself, an e-mail address) is null: a configuration error.
 */
export function parseTelefoon(value: string): ContactTelefoon | null {
  const tekst = value.trim().replace(/\s+/g, ' ');
  if (!/^\+?[\d ().-]+$/.test(tekst)) return null;
  const international = tekst.startsWith('+');
  const digits = (international ? tekst.replace(/\(0\)/, '') : tekst).replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 15) return null;
  return { tekst, href: `tel:${international ? '+' : ''}${digits}` };
}

/** True when the gemeente gave any part of its route; otherwise the texts name only the gemeente. */
export function hasContactRoute(config: ContactConfig): boolean {
  return config.contactUrl !== null || config.contactTelefoon !== null || config.contactTekst !== null;
}
