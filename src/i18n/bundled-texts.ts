// The Dutch texts a form script carries, and which language an element asks for: without i18next,
// so the first view of a classic script loads without it (issue 9). i18next arrives with the later
// part (later/engine.ts, i18n/i18n.ts) and is created at the first text that needs it.
import { commonNl } from './locales/common.nl.js';
import bundledLaterTexts from '../later/texts.js';
import { configNl } from './locales/config.nl.js';
import type { Texts } from './language-pack.js';

/** A form's own Dutch texts (the shared ones come with the engine). */
export type FormTexts = { nl: Texts };

const dutchOf = new WeakMap<FormTexts, Texts>();
/**
 * The complete Dutch bundle of a form (shared texts + its own), one object per form: read by
 * plain-text.ts before an element has an instance, copied into each instance. Never to be mutated.
 */
export function dutchTexts(form: FormTexts): Texts {
  let texts = dutchOf.get(form);
  if (!texts) dutchOf.set(form, (texts = { ...commonNl, ...bundledLaterTexts, ...configNl, ...form.nl }));
  return texts;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `texts` with the host's overrides for that language over it, as i18next merges them
 * (addResourceBundle with deep and overwrite: objects merge, anything else replaces). A new object;
 * neither argument is changed.
 */
export function withOverrides(texts: Texts, overrides: unknown): Texts {
  if (!isPlainObject(overrides)) return texts;
  const merged: Texts = { ...texts };
  for (const [key, value] of Object.entries(overrides)) {
    const own = merged[key];
    merged[key] = isPlainObject(own) && isPlainObject(value) ? withOverrides(own, value) : value;
  }
  return merged;
}

/** The language `lang` asks for: the element's own, else the nearest ancestor's (the page's), else Dutch. */
export function requestedLanguage(element: HTMLElement): string {
  return element.getAttribute('lang') || element.parentElement?.closest('[lang]')?.getAttribute('lang') || 'nl';
}

/** `nl` of `nl-BE`, lower case. */
export function primarySubtag(lang: string): string {
  return lang.toLowerCase().split('-')[0]!;
}
