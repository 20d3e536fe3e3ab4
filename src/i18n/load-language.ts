// Languages other than Dutch, on demand (issue 9, product.md "Decided since the first release").
//
// Two ways in, one registry (this module's own state, never a global on `window`):
//  - the classic script (dist/gemeente-<form>.js): the build injects __GF_LANGUAGE_FILES__, each
//    language file's name and SHA-384 (vite.config.ts; the language files are built before the form
//    scripts, scripts/build.mjs). The file is inserted next to this script as every second file of a
//    classic script is (internal/script-part.ts: integrity, nonce, Trusted Types), and hands its texts
//    to that script element (LANGUAGE_EVENT), never through a global.
//  - the ES build and the sources (tests): the form's `languages` (FormDefinition), an `import()` the
//    host's bundler splits off and resolves from the module's URL; or the host imports
//    `gemeente-formulieren/<form>/en` up front (provideLanguage), and nothing loads later.
// A language that cannot load (404, integrity failure, CSP block) is tried once per page; the element
// then shows Dutch and says so in both languages (language-state.ts).
import { LANGUAGE_EVENT, type LanguagePack, type Texts } from './language-pack.js';
import { insertPart, type PartFile } from '../internal/script-part.js';

/** Per language: the file's name next to the classic script and its `sha384-…` integrity. */
type LanguageFiles = Record<string, PartFile>;
/** A form's languages as ES modules (FormDefinition.languages). */
export type LanguageImporters = Partial<Record<string, () => Promise<{ default: LanguagePack }>>>;

declare const __GF_LANGUAGE_FILES__: LanguageFiles | undefined;

/** Set only in the classic scripts (vite.config.ts `define`); undefined in the ES build and the sources. */
const FILES: LanguageFiles | undefined = typeof __GF_LANGUAGE_FILES__ === 'undefined' ? undefined : __GF_LANGUAGE_FILES__;

/** `form:lang` → the shared texts of that language with the form's own. */
const loaded = new Map<string, Texts>();
/** One attempt per language file (classic script: `lang`) or module (ES: `form:lang`). */
const attempts = new Map<string, Promise<void>>();

const key = (form: string, lang: string) => `${form}:${lang}`;

/** Registers a pack (the ES `…/<form>/en` entries call this when imported). */
export function provideLanguage(pack: LanguagePack): void {
  for (const [form, texts] of Object.entries(pack.forms)) {
    if (texts) loaded.set(key(form, pack.lang), { ...pack.shared, ...texts });
  }
}

/** The texts of a language that has arrived, or undefined. */
export function loadedLanguage(form: string, lang: string): Texts | undefined {
  return loaded.get(key(form, lang));
}

/** Languages this build can load for a form (besides Dutch, which every script carries). */
export function loadableLanguages(importers: LanguageImporters | undefined): readonly string[] {
  return FILES ? Object.keys(FILES) : Object.keys(importers ?? {});
}

/** The texts of `lang` for `form`: at once when already here, else from its file or module (once per page). */
export function loadLanguage(form: string, lang: string, importers: LanguageImporters | undefined): Promise<Texts> {
  const have = loaded.get(key(form, lang));
  if (have) return Promise.resolve(have);
  const attemptKey = FILES ? lang : key(form, lang);
  let attempt = attempts.get(attemptKey);
  if (!attempt) {
    attempt = FILES ? insertScript(FILES, lang) : importModule(importers, form, lang);
    attempts.set(attemptKey, attempt);
  }
  return attempt.then(() => loaded.get(key(form, lang)) ?? Promise.reject(new Error(`gemeente-formulieren: the ${lang} texts have no ${form} form`)));
}

async function importModule(importers: LanguageImporters | undefined, form: string, lang: string): Promise<void> {
  const importer = importers?.[lang];
  if (!importer) throw new Error(`gemeente-formulieren: no ${lang} texts for the ${form} form`);
  provideLanguage((await importer()).default);
}

function insertScript(files: LanguageFiles, lang: string): Promise<void> {
  const entry = files[lang];
  if (!entry) return Promise.reject(new Error(`gemeente-formulieren: this script has no ${lang} language file`));
  const accept = (detail: unknown) => {
    const pack = detail as LanguagePack | null;
    return pack && pack.lang === lang && typeof pack.shared === 'object' && typeof pack.forms === 'object' ? pack : undefined;
  };
  return insertPart(entry, LANGUAGE_EVENT, accept).then(provideLanguage);
}

