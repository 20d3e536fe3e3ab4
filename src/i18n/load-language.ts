// Languages other than Dutch, on demand (issue 9, product.md "Decided since the first release").
//
// Two ways in, one registry (this module's own state, never a global on `window`):
//  - the classic script (dist/gemeente-<form>.js): the build injects __GF_LANGUAGE_FILES__, each
//    language file's name and SHA-384 (vite.config.ts; the language files are built before the form
//    scripts, scripts/build.mjs). The file is inserted as a classic script next to this script (its
//    URL from `document.currentScript`, read when this script starts), with `integrity`, the nonce of
//    this script, `crossOrigin = 'anonymous'` when it is on another origin, and its URL through the
//    Trusted Types policy `gemeente-formulieren` where the browser has Trusted Types. The file hands
//    its texts to that script element (LANGUAGE_EVENT), never through a global.
//  - the ES build and the sources (tests): the form's `languages` (FormDefinition), an `import()` the
//    host's bundler splits off and resolves from the module's URL; or the host imports
//    `gemeente-formulieren/<form>/en` up front (provideLanguage), and nothing loads later.
// A language that cannot load (404, integrity failure, CSP block) is tried once per page; the element
// then shows Dutch and says so in both languages (language-state.ts).
import { LANGUAGE_EVENT, type LanguagePack, type Texts } from './language-pack.js';

/** Per language: the file's name next to the classic script and its `sha384-…` integrity. */
type LanguageFiles = Record<string, { file: string; integrity: string }>;
/** A form's languages as ES modules (FormDefinition.languages). */
export type LanguageImporters = Partial<Record<string, () => Promise<{ default: LanguagePack }>>>;

declare const __GF_LANGUAGE_FILES__: LanguageFiles | undefined;

/** Set only in the classic scripts (vite.config.ts `define`); undefined in the ES build and the sources. */
const FILES: LanguageFiles | undefined = typeof __GF_LANGUAGE_FILES__ === 'undefined' ? undefined : __GF_LANGUAGE_FILES__;

// `document.currentScript` is this script only while it runs its top level: read it now.
const ownScript: HTMLScriptElement | null =
  FILES && typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

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
  return new Promise((resolve, reject) => {
    const entry = files[lang];
    if (!entry || !ownScript?.src) {
      reject(new Error(`gemeente-formulieren: cannot find the ${lang} language file (the form script's own URL is unknown)`));
      return;
    }
    const url = new URL(entry.file, ownScript.src);
    const script = document.createElement('script');
    let handed = false;
    script.addEventListener(LANGUAGE_EVENT, (event) => {
      const pack = (event as CustomEvent<LanguagePack>).detail;
      if (pack && pack.lang === lang && typeof pack.shared === 'object' && typeof pack.forms === 'object') {
        provideLanguage(pack);
        handed = true;
      }
    });
    script.addEventListener('load', () => {
      script.remove();
      if (handed) resolve();
      else reject(new Error(`gemeente-formulieren: ${url.href} ran but handed over no ${lang} texts`));
    });
    // A 404, a failed integrity check and a CSP block all end here (no `load`, nothing ran).
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error(`gemeente-formulieren: ${url.href} could not be loaded (missing, integrity mismatch or blocked by the page's Content-Security-Policy)`));
    });
    script.async = true;
    script.integrity = entry.integrity;
    // SRI on another origin needs a CORS fetch; same-origin needs nothing (and sends cookies as usual).
    if (url.origin !== location.origin) script.crossOrigin = 'anonymous';
    // A nonce-based policy (with or without 'strict-dynamic') allows what carries the page's nonce.
    if (ownScript.nonce) script.nonce = ownScript.nonce;
    try {
      script.src = scriptURL(url.href, files) as string;
    } catch (error) {
      reject(error);
      return;
    }
    document.head.append(script);
  });
}

// ---------------------------------------------------------------- Trusted Types

interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike;
}

export const TRUSTED_TYPES_POLICY = 'gemeente-formulieren';
let policy: TrustedTypePolicyLike | undefined;

/**
 * The language file's URL as a TrustedScriptURL where the browser has Trusted Types (a page with
 * `require-trusted-types-for 'script'` refuses a plain string for `script.src`). The policy only
 * passes the language files' URLs this script computed itself; anything else throws. A page with a
 * `trusted-types` allow-list names `gemeente-formulieren` in it.
 */
function scriptURL(href: string, files: LanguageFiles): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes || !ownScript) return href;
  if (!policy) {
    const allowed = new Set(Object.values(files).map((f) => new URL(f.file, ownScript.src).href));
    policy = trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL(url: string): string {
        if (!allowed.has(url)) throw new TypeError(`gemeente-formulieren: ${url} is not one of this script's language files`);
        return url;
      },
    });
  }
  return policy.createScriptURL(href);
}
