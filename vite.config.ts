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
//  - BUILD=later: the later part next to a classic script (form/later.ts), e.g. FORM=verhuizing →
//                 dist/gemeente-verhuizing.later.js from src/later/files/gemeente-verhuizing.ts: zod,
//                 the schemas and the submit client, handed to the script element that loaded it.
//                 Built before the classic script, which carries its SHA-384 (__GF_LATER_FILE__) and
//                 leaves those modules out (withoutLaterModules).
//  - BUILD=language: a language file next to a classic script, e.g. FILE=gemeente-verhuizing.en →
//                 dist/gemeente-verhuizing.en.js from src/i18n/files/gemeente-verhuizing.en.ts: a
//                 classic script that hands its texts to the script element that loaded it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { litTemplateMinifier } from './scripts/vite-plugins/minify-lit-templates.js';
import { shiftSourceMapsOneLine } from './scripts/vite-plugins/shift-source-maps.js';
import { LATER_EVENT } from './src/form/later-event.js';

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

/** `{ file, integrity }` of a file already in dist/ (built before the classic script that names it). */
function partFile(file: string): { file: string; integrity: string } {
  if (!existsSync(`dist/${file}`)) {
    throw new Error(`vite.config.ts: dist/${file} is missing; build it before the classic scripts (scripts/build.mjs).`);
  }
  return { file, integrity: `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}` };
}

/** `{ en: { file, integrity } }` of this classic script's language files, from the files already in dist/. */
function languageFiles(): Record<string, { file: string; integrity: string }> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, partFile(`${scriptName}.${lang}.js`)]));
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

/** What a classic script knows of its other files: each one's name and SHA-384 (internal/script-part.ts). */
function classicDefines(): Record<string, string> {
  const languages = languageFiles();
  const laterFile = partFile(`${scriptName}.later.js`);
  return {
    __GF_LANGUAGE_FILES__: JSON.stringify(languages),
    __GF_LATER_FILE__: JSON.stringify(laterFile),
    __GF_PART_FILES__: JSON.stringify([...Object.values(languages), laterFile]),
  };
}

const languageFile = process.env.FILE ?? '';
if (target === 'language' && !/^gemeente-[a-z]+\.[a-z]+$/.test(languageFile)) {
  throw new Error(`vite.config.ts: BUILD=language needs FILE=gemeente-<form>.<lang>; got "${languageFile}".`);
}


/**
 * In a classic script the later modules (the engine's and each form's, form/later.ts) are left out:
 * the script loads its later file on the first interaction instead (issue 9, the first-view split).
 */
function withoutLaterModules(): Plugin {
  return {
    name: 'gemeente-without-later-modules',
    enforce: 'pre',
    load(id) {
      if (/[\\/]src[\\/](later[\\/][a-z-]+|elements[\\/][a-z]+[\\/]later)\.ts$/.test(id)) return 'export default undefined;';
      return null;
    },
  };
}

/**
 * The later file's wrapper: its IIFE becomes the body of a function that the form script calls with
 * its own lit (so lit exists once on the page and the later part's templates render with it),
 * handed to the script element that loaded the file — never a global. On its own first line, so the
 * source map only moves down one line.
 */
function laterWrapper(): Plugin {
  return {
    name: 'gemeente-later-wrapper',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const match = /^var GemeenteFormulieren\s*=\s*/.exec(chunk.code);
        if (!match) throw new Error(`vite.config.ts: ${chunk.fileName} does not start as an IIFE named GemeenteFormulieren`);
        const tail = /;?\s*(\/\/# sourceMappingURL=\S*)?\s*$/.exec(chunk.code)!;
        const body = chunk.code.slice(match[0].length, tail.index);
        chunk.code =
          `(function(){var s=document.currentScript;s&&s.dispatchEvent(new CustomEvent(${JSON.stringify(LATER_EVENT)},{detail:function(__gf){return(\n` +
          `${body})}}))})();\n${tail[1] ?? ''}`;
      }
    },
    // The wrapper's first line moves the code down one line.
    writeBundle: shiftSourceMapsOneLine,
  };
}

const later = {
  entry: `src/later/files/${scriptName}.ts`,
  name: 'GemeenteFormulieren',
  formats: ['iife' as const],
  fileName: () => `${scriptName}.later.js`,
};

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
  plugins: [
    litTemplateMinifier(),
    ...(target === 'iife' ? [withoutLanguageModules(), withoutLaterModules()] : []),
    ...(target === 'later' ? [laterWrapper()] : []),
  ],
  define: target === 'iife' ? classicDefines() : {},
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
          : target === 'later'
          ? later
          : { entry: esEntries, formats: ['es'], fileName: (_format, name) => `${name}.es.js` },
    rolldownOptions: {
      // The later file takes lit from the form script (laterWrapper); the ES build leaves it, zod and
      // i18next to the host's bundler.
      external: target === 'es' ? [/^lit/, /^zod/, /^i18next/, /^@lit\//] : target === 'later' ? ['lit'] : [],
      // A default export only: the IIFE returns the part itself.
      ...(target === 'later' ? { output: { globals: { lit: '__gf.lit' }, exports: 'default' as const } } : {}),
    },
  },
});
