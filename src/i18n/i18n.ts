// One i18next instance per element (never the global one: the host page may run its own i18next with
// other resources and language). Resources are bundled, so `initAsync: false` makes init synchronous
// and the first render is already translated.
//
// Only the shared texts are imported here; each form brings its own (FormDefinition.texts), so the
// script of one form does not carry the other form's texts (issue 9). The locales/nl.ts and en.ts
// index files merge everything for the type check (en typed against nl) and for tests.
import i18next, { type i18n as I18n } from 'i18next';
import { commonNl } from './locales/common.nl.js';
import { foutenNl } from './locales/fouten.nl.js';
import { configNl } from './locales/config.nl.js';
import { commonEn } from './locales/common.en.js';
import { foutenEn } from './locales/fouten.en.js';
import { configEn } from './locales/config.en.js';

export const BUNDLED_LANGUAGES = ['nl', 'en'] as const;

/** A form's own texts per bundled language (e.g. `{ nl: verhuizingNl, en: verhuizingEn }`). */
export type FormTexts = Record<(typeof BUNDLED_LANGUAGES)[number], Record<string, unknown>>;

export function createI18n(form: FormTexts): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    lng: 'nl',
    fallbackLng: 'nl',
    resources: {
      nl: { translation: { ...commonNl, ...foutenNl, ...configNl, ...form.nl } },
      en: { translation: { ...commonEn, ...foutenEn, ...configEn, ...form.en } },
    },
    // Lit escapes every interpolated value when it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/**
 * The element's language: its own `lang`, else the nearest ancestor's (the page's), as HTML does.
 * Only languages with texts are used (bundled nl/en, or added through `translations`); anything
 * else falls back to Dutch, the language of the law this form implements.
 */
export function resolveLanguage(element: HTMLElement, instance: I18n): string {
  const own = element.getAttribute('lang') || element.parentElement?.closest('[lang]')?.getAttribute('lang') || 'nl';
  for (const candidate of [own.toLowerCase(), own.toLowerCase().split('-')[0]]) {
    if (instance.hasResourceBundle(candidate, 'translation')) return candidate;
  }
  return 'nl';
}

/** Merges host overrides (`{ en: { navigatie: { volgende: 'Continue' } } }`) over the bundled texts. */
export function setTranslations(instance: I18n, translations: Record<string, Record<string, unknown>>): void {
  for (const [lang, resources] of Object.entries(translations)) {
    instance.addResourceBundle(lang, 'translation', resources, true, true);
  }
}
