// The library builds from one config (vite builds one format set, and for an IIFE one entry, per pass):
//  - BUILD=es   : ES modules for CMS plugin authors; lit, zod and i18next stay external
//                 so a host app that already has them does not ship them twice. Entries: the main
//                 entry, ./define, ./schemas, and per form ./<form> (class and types, no side
//                 effects) and ./<form>/define (registers that form's tag).
//  - BUILD=iife : a classic script a webmaster pastes (no module loader); bundles everything.
//                 FORM=all (default) → gemeente-formulieren.js with every form; FORM=<form> →
//                 gemeente-<form>.js with that form only (issue 9: one script per form).
import { defineConfig } from 'vite';
import { litTemplateMinifier } from './scripts/vite-plugins/minify-lit-templates.js';

const target = process.env.BUILD ?? 'es';

/** Every form with its own script and ES entries. A later form is added here (and in package.json). */
export const FORMS = ['verhuizing', 'overlijden'] as const;

const form = process.env.FORM ?? 'all';
if (form !== 'all' && !(FORMS as readonly string[]).includes(form)) {
  throw new Error(`vite.config.ts: FORM must be "all" or one of ${FORMS.join(', ')}; got "${form}".`);
}

const iife = {
  entry: form === 'all' ? 'src/define.ts' : `src/${form}-define.ts`,
  name: 'GemeenteFormulieren',
  formats: ['iife' as const],
  fileName: () => (form === 'all' ? 'gemeente-formulieren.js' : `gemeente-${form}.js`),
};

const esEntries: Record<string, string> = {
  'gemeente-formulieren': 'src/index.ts',
  define: 'src/define.ts',
  schemas: 'src/schemas/index.ts',
};
for (const name of FORMS) {
  esEntries[name] = `src/${name}.ts`;
  esEntries[`${name}-define`] = `src/${name}-define.ts`;
}

export default defineConfig({
  // The demo folder is served by our own server, not by vite.
  publicDir: false,
  // Minify the CSS in css`…` and the whitespace in html`…` of our sources (the JS minifier leaves
  // template text alone). See scripts/vite-plugins/minify-lit-templates.ts.
  plugins: [litTemplateMinifier()],
  esbuild: { legalComments: 'none' },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: target === 'es',
    sourcemap: true,
    minify: target === 'iife',
    reportCompressedSize: false,
    lib:
      target === 'iife'
        ? iife
        : { entry: esEntries, formats: ['es'], fileName: (_format, name) => `${name}.es.js` },
    rolldownOptions: {
      external: target === 'iife' ? [] : [/^lit/, /^zod/, /^i18next/, /^@lit\//],
    },
  },
});
