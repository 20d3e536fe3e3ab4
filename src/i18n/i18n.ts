// One i18next instance per element (never the global one: the host page may run its own i18next with
// other resources and language). Resources are bundled, so `initAsync: false` makes init synchronous
// and the first render is already translated.
//
// No shared state between elements (product.md: "no global state"): i18next keeps the resource
// objects it is given and deep-merges later bundles INTO them (ResourceStore.addResourceBundle with
// `deep`), so handing it the module-level locale objects would let one element's `translations`
// rewrite the texts of every other form on the page. Each instance therefore gets its own copy.
//
// The Dutch texts come from bundled-texts.ts (each form brings its own, FormDefinition.texts, so the
// script of one form does not carry the other form's texts). Other languages arrive on demand
// (load-language.ts) and are added with addLanguage. The locales/nl.ts and en.ts index files merge
// everything for the type check (en typed against nl) and for tests.
//
// In a classic script this file and i18next come with the later part (later/engine.ts, issue 9):
// the first view's Dutch texts need neither (plain-text.ts), and a Dutch visitor who only looks at
// the first step never loads them.
import i18next, { type i18n as I18n } from 'i18next';
import type { Texts } from './language-pack.js';
import { dutchTexts, primarySubtag, requestedLanguage, type FormTexts } from './bundled-texts.js';

/**
 * The complete languages of each instance (shared texts + its form's): Dutch from the start, others
 * once loaded. Module-level objects shared by every element of that form, never to be mutated —
 * only copied.
 */
const bundledOf = new WeakMap<I18n, Record<string, Texts>>();
/**
 * The texts already looked up without options, per instance, keyed by language and key. A step with
 * 10 co-movers asks for a few hundred labels and hints per render, and i18next's `t()` resolves each
 * through its fallback chain again (≈ 25 ms of a 4× step change, issue 9). Emptied whenever the
 * instance's resources change (setTranslations, which every other change goes through).
 */
const lookedUp = new WeakMap<I18n, Map<string, string>>();
/** The host's last `translations`, put again over a language that arrives later. */
const overridesOf = new WeakMap<I18n, Record<string, Record<string, unknown>> | undefined>();

/** A fresh deep copy of the texts of `lang` for this instance (plain strings and objects only). */
function bundledCopy(instance: I18n, lang: string): Record<string, unknown> {
  return structuredClone(bundledOf.get(instance)![lang]) as Record<string, unknown>;
}

export function createI18n(form: FormTexts): I18n {
  const instance = i18next.createInstance();
  bundledOf.set(instance, { nl: dutchTexts(form) });
  void instance.init({
    initAsync: false,
    lng: 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: bundledCopy(instance, 'nl') } },
    // Lit escapes every interpolated value when it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance.services.formatter?.add('duur', (value, lng) => duur(instance, value, lng));
  return instance;
}

/**
 * `{{verschil, duur}}`: minutes, or hours as `H:MM` (the schema's language-neutral param), said with
 * the plural keys of `eenheid` — "10 uur", "30 minuten", "1 uur en 5 minuten" — instead of "10:00 uur".
 */
function duur(instance: I18n, value: unknown, lng: string | undefined): string {
  const hm = /^(\d+):([0-5]\d)$/.exec(String(value));
  const total = hm ? Number(hm[1]) * 60 + Number(hm[2]) : Number(value);
  if (!Number.isFinite(total)) return String(value);
  const uren = Math.floor(total / 60);
  const minuten = Math.round(total % 60);
  const u = instance.t('eenheid.uur', { count: uren, lng });
  const m = instance.t('eenheid.minuut', { count: minuten, lng });
  return uren && minuten ? instance.t('eenheid.urenEnMinuten', { uren: u, minuten: m, lng }) : uren ? u : m;
}

/** Adds a complete language that arrived (load-language.ts), with the host's overrides over it. */
export function addLanguage(instance: I18n, lang: string, texts: Texts): void {
  bundledOf.get(instance)![lang] = texts;
  setTranslations(instance, overridesOf.get(instance));
}

/**
 * Adds the Dutch texts of the later part when its file arrives (a classic script; form/later.ts):
 * the validation messages, with the host's overrides over them again.
 */
export function addLaterTexts(instance: I18n, texts: Texts): void {
  const bundled = bundledOf.get(instance)!;
  bundled.nl = { ...bundled.nl, ...texts };
  setTranslations(instance, overridesOf.get(instance));
}

/** Whether `lang` is complete on this instance (Dutch, or a language that has arrived). */
export function hasLanguage(instance: I18n, lang: string): boolean {
  return lang in bundledOf.get(instance)!;
}

/**
 * The element's language: its own `lang`, else the nearest ancestor's (the page's), as HTML does.
 * A language this build can load (`loadable`) but that has not arrived yet gives Dutch for now and
 * names it as `missing`; a language only the host's `translations` bring is used as it is; anything
 * else falls back to Dutch, the language of the law this form implements.
 */
export function resolveLanguage(element: HTMLElement, instance: I18n, loadable: readonly string[] = []): { lang: string; missing?: string } {
  const own = requestedLanguage(element);
  for (const candidate of [own.toLowerCase(), primarySubtag(own)]) {
    if (hasLanguage(instance, candidate)) return { lang: candidate };
    if (loadable.includes(candidate)) return { lang: 'nl', missing: candidate };
    if (instance.hasResourceBundle(candidate, 'translation')) return { lang: candidate };
  }
  return { lang: 'nl' };
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
  lookedUp.get(instance)?.clear();
  overridesOf.set(instance, translations);
  const bundled = Object.keys(bundledOf.get(instance)!);
  for (const lang of Object.keys(instance.store.data)) {
    if (!bundled.includes(lang)) instance.removeResourceBundle(lang, 'translation');
  }
  for (const lang of bundled) {
    instance.removeResourceBundle(lang, 'translation');
    instance.addResourceBundle(lang, 'translation', bundledCopy(instance, lang), false, true, { silent: true, skipCopy: true });
  }
  for (const [lang, resources] of Object.entries(translations ?? {})) {
    instance.addResourceBundle(lang, 'translation', resources, true, true);
  }
}

/** A text in the instance's language: with options (interpolation, plurals) from i18next each time, without from `lookedUp`. */
export function text(instance: I18n, key: string, options?: Record<string, unknown>): string {
  if (options) return instance.t(key, options) as string;
  let memo = lookedUp.get(instance);
  if (!memo) lookedUp.set(instance, (memo = new Map()));
  const id = `${instance.language}\u0000${key}`;
  let value = memo.get(id);
  if (value === undefined) memo.set(id, (value = instance.t(key) as string));
  return value;
}

/** What the element uses of this file; in a classic script it arrives with the later part (form/later.ts). */
export const i18nKit = { createI18n, addLanguage, addLaterTexts, setTranslations, resolveLanguage, text };
export type I18nKit = typeof i18nKit;
