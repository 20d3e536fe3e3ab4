// What a language file (or the ES module of a language) hands over: the shared texts of that
// language once, and each form's own. One shape for the per-form file (one form), the all-forms
// file (every form) and the ES modules, so the loader has one path (load-language.ts).

/** Texts of one language, nested as in the locale files. */
export type Texts = Record<string, unknown>;

export interface LanguagePack {
  lang: string;
  /** common, fouten, config in that language. */
  shared: Texts;
  /** Each form's own texts, keyed by FormDefinition.formulier. */
  forms: Partial<Record<string, Texts>>;
}

/**
 * The event a language file dispatches on `document.currentScript` (the script element the form
 * script inserted and listens on), with the pack as `detail`. Never a global: another script on
 * the page cannot read or replace the texts through `window` (product.md).
 */
export const LANGUAGE_EVENT = 'gemeente-formulieren-taal';
