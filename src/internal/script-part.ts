// A second file of a classic script (issue 9): a language file (i18n/load-language.ts) or the later
// part of a form (form/later.ts). One way in for both, so every file a form script adds to the page
// is held to the same rules:
//  - its URL is next to the form script's own, read from `document.currentScript` while this script
//    runs its top level (after that it is null);
//  - `integrity` is the file's SHA-384 from the build, so a file changed on the server (or on the way)
//    does not run;
//  - the nonce of the form script is copied, so a nonce-based policy (with or without
//    'strict-dynamic') lets it run; `crossOrigin = 'anonymous'` when it is on another origin (SRI
//    on another origin needs a CORS fetch);
//  - with Trusted Types, its URL goes through the one policy `gemeente-formulieren`, which passes
//    only the URLs of this script's own files;
//  - the file hands its content to the script element that loaded it (an event with `detail`), never
//    through a global on `window`.
// The ES build and the sources never come here: there the bundler's `import()` or a static import
// brings the same modules.

/** A file next to the classic script: its name and `sha384-…` integrity (vite.config.ts). */
export interface PartFile {
  file: string;
  integrity: string;
}

declare const __GF_PART_FILES__: readonly PartFile[] | undefined;

/** Every file this classic script may insert; undefined in the ES build and the sources. */
const ALL_FILES: readonly PartFile[] | undefined = typeof __GF_PART_FILES__ === 'undefined' ? undefined : __GF_PART_FILES__;

// `document.currentScript` is this script only while it runs its top level: read it now.
const ownScript: HTMLScriptElement | null =
  ALL_FILES && typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

/** Whether this is a classic script that brings its other files itself. */
export const insertsScripts = (): boolean => ALL_FILES !== undefined;

/**
 * Inserts `entry` as a classic script and resolves with what it handed over on `event` (checked by
 * `accept`). Rejects when the file is missing, fails its integrity check, is blocked by the page's
 * Content-Security-Policy, or runs without handing over anything acceptable.
 */
export function insertPart<T>(entry: PartFile, event: string, accept: (detail: unknown) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    if (!ownScript?.src) {
      reject(new Error(`gemeente-formulieren: cannot find ${entry.file} (the form script's own URL is unknown)`));
      return;
    }
    const url = new URL(entry.file, ownScript.src);
    const script = document.createElement('script');
    let handed: T | undefined;
    script.addEventListener(event, (e) => {
      handed = accept((e as CustomEvent<unknown>).detail) ?? handed;
    });
    script.addEventListener('load', () => {
      script.remove();
      if (handed !== undefined) resolve(handed);
      else reject(new Error(`gemeente-formulieren: ${url.href} ran but handed over nothing`));
    });
    // A 404, a failed integrity check and a CSP block all end here (no `load`, nothing ran).
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error(`gemeente-formulieren: ${url.href} could not be loaded (missing, integrity mismatch or blocked by the page's Content-Security-Policy)`));
    });
    script.async = true;
    script.integrity = entry.integrity;
    if (url.origin !== location.origin) script.crossOrigin = 'anonymous';
    if (ownScript.nonce) script.nonce = ownScript.nonce;
    try {
      script.src = scriptURL(url.href) as string;
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
 * The file's URL as a TrustedScriptURL where the browser has Trusted Types (a page with
 * `require-trusted-types-for 'script'` refuses a plain string for `script.src`). The policy only
 * passes the URLs of this script's own files; anything else throws. A page with a `trusted-types`
 * allow-list names `gemeente-formulieren` in it.
 */
function scriptURL(href: string): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes || !ownScript || !ALL_FILES) return href;
  if (!policy) {
    const allowed = new Set(ALL_FILES.map((f) => new URL(f.file, ownScript.src).href));
    policy = trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL(url: string): string {
        if (!allowed.has(url)) throw new TypeError(`gemeente-formulieren: ${url} is not one of this script's files`);
        return url;
      },
    });
  }
  return policy.createScriptURL(href);
}
