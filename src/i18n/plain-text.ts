// The Dutch texts of the first view without i18next (issue 9). Creating an i18next instance and its
// first t() calls cost 40–110 ms before the first usable field at CPU 4× (most of it compiling
// i18next's code paths on the main thread), while the first view only shows plain strings and a few
// `{{name}}` values. So until something needs i18next (another language, the host's `translations`,
// a plural, a nested `$t()`, a format), the element reads those strings itself; for anything else
// `plainText` gives `undefined` and the element creates its i18next instance and asks it. The rule:
// where `plainText` answers, i18next would answer the same (test/node/i18n/plain-text.test.ts checks
// every Dutch key of every form against i18next itself).
//
// No Lit, DOM or i18next here: plain data in, a string (or undefined) out.

/**
 * Options that make i18next pick another key or language (a plural, a context, `lng`) even when the
 * text names them as a placeholder. Any other option i18next reads itself (`defaultValue`,
 * `returnObjects`, …) is no placeholder of the text, which `plainText` refuses too.
 */
const PICKS_ANOTHER_TEXT = ['count', 'context', 'lng', 'ordinal'];

/** `{{ name }}` (i18next trims the name); `{{- name}}`, `{{a.b}}` and `{{x, format}}` are not plain. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * What i18next's `t(key, options)` gives for a Dutch text that needs none of its features, else
 * undefined. `texts` is the complete Dutch bundle (nested objects, keys separated by dots).
 */
export function plainText(texts: Record<string, unknown>, key: string, options?: Record<string, unknown>): string | undefined {
  // i18next reads `ns:key` as a namespace.
  if (key.includes(':')) return undefined;
  const value = textAt(texts, key);
  // Nesting is resolved after interpolation, so a value that brings `$t(` or `{{` is not plain either.
  if (typeof value !== 'string' || value.includes('$t(')) return undefined;
  const given = options ?? {};
  const names = Object.keys(given);
  for (const name of names) {
    const v = given[name];
    if (PICKS_ANOTHER_TEXT.includes(name)) return undefined;
    if (typeof v === 'string' ? v.includes('$t(') || v.includes('{{') : typeof v !== 'number') return undefined;
  }
  // Plain: every placeholder has a value and every value is a placeholder (anything else given is
  // an option for i18next).
  let plain = true;
  const used = new Set<string>();
  const text = value.replace(PLACEHOLDER, (whole, inner: string) => {
    const name = inner.trim();
    if (!NAME.test(name) || !Object.hasOwn(given, name)) {
      plain = false;
      return whole;
    }
    used.add(name);
    return String(given[name]);
  });
  return plain && used.size === names.length ? text : undefined;
}

/** The value at a dotted key (a string, an object of texts, or undefined). */
export function textAt(texts: Record<string, unknown>, key: string): unknown {
  let value: unknown = texts;
  for (const part of key.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}
