// The library builds from one config (vite builds one format set, and for an IIFE one entry, per pass):
//  - BUILD=es   : ES modules for CMS plugin authors; lit, zod and i18next stay external
//                 so a host app that already has them does not ship them twice. Entries: the main
//                 entry, ./define, ./schemas, and per form ./<form> (class and types, no side
//                 effects) and ./<form>/define (registers that form's tag).
//  - BUILD=iife : a classic script a webmaster pastes (no module loader); bundles everything.
//                 FORM=all (default) → gemeente-formulieren.js with every form; FORM=<form> →
//                 gemeente-<form>.js with that form only (issue 9: one script per form).
//                 Each carries the name and SHA-384 of its language files (__GF_LANGUAGE_FILES__),
//                 read here from dist/, so the language files are built first (scripts/build.mjs).
//  - BUILD=language: a language file next to a classic script, e.g. FILE=gemeente-verhuizing.en →
//                 dist/gemeente-verhuizing.en.js from src/i18n/files/gemeente-verhuizing.en.ts: a
//                 classic script that hands its texts to the script element that loaded it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { litTemplateMinifier } from './scripts/vite-plugins/minify-lit-templates.js';

const target = process.env.BUILD ?? 'es';

/** Every form with its own script and ES entries. A later form is added here (and in package.json). */
export const FORMS = ['verhuizing', 'overlijden'] as const;

/** Languages besides Dutch, each a file per classic script (gemeente-<form>.<lang>.js). */
export const LANGUAGES = ['en'] as const;

const form = process.env.FORM ?? 'all';
if (form !== 'all' && !(FORMS as readonly string[]).includes(form)) {
  throw new Error(`vite.config.ts: FORM must be "all" or one of ${FORMS.join(', ')}; got "${form}".`);
}

const scriptName = form === 'all' ? 'gemeente-formulieren' : `gemeente-${form}`;

/** `{ en: { file, integrity } }` of this classic script's language files, from the files already in dist/. */
function languageFiles(): Record<string, { file: string; integrity: string }> {
  return Object.fromEntries(
    LANGUAGES.map((lang) => {
      const file = `${scriptName}.${lang}.js`;
      if (!existsSync(`dist/${file}`)) {
        throw new Error(`vite.config.ts: dist/${file} is missing; build the language files before the classic scripts (scripts/build.mjs).`);
      }
      const integrity = `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
      return [lang, { file, integrity }];
    }),
  );
}

/**
 * In a classic script the forms' language modules (FormDefinition.languages → src/i18n/packs/*) are
 * left out: the script loads its language file instead (i18n/load-language.ts), and bundling the
 * `import()` would put every language back into the Dutch script.
 */
function withoutLanguageModules(): Plugin {
  return {
    name: 'gemeente-without-language-modules',
    enforce: 'pre',
    load(id) {
      if (/[\\/]src[\\/]i18n[\\/]packs[\\/]/.test(id)) return 'export default undefined;';
      return null;
    },
  };
}

const languageFile = process.env.FILE ?? '';
if (target === 'language' && !/^gemeente-[a-z]+\.[a-z]+$/.test(languageFile)) {
  throw new Error(`vite.config.ts: BUILD=language needs FILE=gemeente-<form>.<lang>; got "${languageFile}".`);
}

const iife = {
  entry: form === 'all' ? 'src/define.ts' : `src/${form}-define.ts`,
  name: 'GemeenteFormulieren',
  formats: ['iife' as const],
  fileName: () => `${scriptName}.js`,
};

const language = {
  entry: `src/i18n/files/${languageFile}.ts`,
  name: 'GemeenteFormulieren',
  formats: ['iife' as const],
  fileName: () => `${languageFile}.js`,
};

const esEntries: Record<string, string> = {
  'gemeente-formulieren': 'src/index.ts',
  define: 'src/define.ts',
  schemas: 'src/schemas/index.ts',
};
for (const name of FORMS) {
  esEntries[name] = `src/${name}.ts`;
  esEntries[`${name}-define`] = `src/${name}-define.ts`;
  for (const lang of LANGUAGES) esEntries[`${name}-${lang}`] = `src/${name}-${lang}.ts`;
}

export default defineConfig({
  // The demo folder is served by our own server, not by vite.
  publicDir: false,
  // Minify the CSS in css`…` and the whitespace in html`…` of our sources (the JS minifier leaves
  // template text alone). See scripts/vite-plugins/minify-lit-templates.ts.
  plugins: [litTemplateMinifier(), ...(target === 'iife' ? [withoutLanguageModules()] : [])],
  define: target === 'iife' ? { __GF_LANGUAGE_FILES__: JSON.stringify(languageFiles()) } : {},
  esbuild: { legalComments: 'none' },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: target === 'es',
    sourcemap: true,
    minify: target !== 'es',
    reportCompressedSize: false,
    lib:
      target === 'iife'
        ? iife
        : target === 'language'
          ? language
          : { entry: esEntries, formats: ['es'], fileName: (_format, name) => `${name}.es.js` },
    rolldownOptions: {
      external: target === 'es' ? [/^lit/, /^zod/, /^i18next/, /^@lit\//] : [],
    },
  },
});
