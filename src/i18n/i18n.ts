// One i18next instance per element (never the global one: the host page may run its own i18next with
// other resources and language). Resources are bundled, so `initAsync: false` makes init synchronous
// and the first render is already translated.
//
// No shared state between elements (product.md: "no global state"): i18next keeps the resource
// objects it is given and deep-merges later bundles INTO them (ResourceStore.addResourceBundle with
// `deep`), so handing it the module-level locale objects would let one element's `translations`
// rewrite the texts of every other form on the page. Each instance therefore gets its own copy.
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

/**
 * The bundled texts each instance was created with (shared texts + its form's): module-level objects,
 * shared by every element of that form, never to be mutated — only copied.
 */
const bundledOf = new WeakMap<I18n, FormTexts>();

/** A fresh deep copy of the bundled texts of `lang` for this instance (plain strings and objects only). */
function bundledCopy(instance: I18n, lang: (typeof BUNDLED_LANGUAGES)[number]): Record<string, unknown> {
  return structuredClone(bundledOf.get(instance)![lang]) as Record<string, unknown>;
}

export function createI18n(form: FormTexts): I18n {
  const instance = i18next.createInstance();
  bundledOf.set(instance, {
    nl: { ...commonNl, ...foutenNl, ...configNl, ...form.nl },
    en: { ...commonEn, ...foutenEn, ...configEn, ...form.en },
  });
  void instance.init({
    initAsync: false,
    lng: 'nl',
    fallbackLng: 'nl',
    resources: Object.fromEntries(BUNDLED_LANGUAGES.map((lang) => [lang, { translation: bundledCopy(instance, lang) }])),
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

/**
 * Puts host overrides (`{ en: { navigatie: { volgende: 'Continue' } }, de: { … } }`) over this
 * instance's own copy of the bundled texts. A new `translations` value replaces the previous one
 * (the texts start again from the bundled copy, languages only the previous value added are
 * removed), so what the element shows depends on its current property only. Neither the bundled
 * locale objects nor the host's object are changed: i18next copies the added bundle (JSON) before
 * merging, and merges into this instance's copy.
 */
export function setTranslations(instance: I18n, translations: Record<string, Record<string, unknown>> | undefined): void {
  const bundled = BUNDLED_LANGUAGES as readonly string[];
  for (const lang of Object.keys(instance.store.data)) {
    if (!bundled.includes(lang)) instance.removeResourceBundle(lang, 'translation');
  }
  for (const lang of BUNDLED_LANGUAGES) {
    instance.removeResourceBundle(lang, 'translation');
    instance.addResourceBundle(lang, 'translation', bundledCopy(instance, lang), false, true, { silent: true, skipCopy: true });
  }
  for (const [lang, resources] of Object.entries(translations ?? {})) {
    instance.addResourceBundle(lang, 'translation', resources, true, true);
  }
}
