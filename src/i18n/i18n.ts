// One i18next instance per element (never the global one: the host page may run its own i18next with
// other resources and language). Resources are bundled, so `initAsync: false` makes init synchronous
// and the first render is already translated.
import i18next, { type i18n as I18n } from 'i18next';
import { nl } from './locales/nl.js';
import { en } from './locales/en.js';

export const BUNDLED_LANGUAGES = ['nl', 'en'] as const;

export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    lng: 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
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
