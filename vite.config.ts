// Two library builds from one config (vite builds one format set per pass):
//  - BUILD=es   : ES modules for CMS plugin authors; lit, zod and i18next stay external
//                 so a host app that already has them does not ship them twice.
//  - BUILD=iife : the one-file classic script a webmaster pastes (no module loader);
//                 bundles everything and registers both elements.
import { defineConfig } from 'vite';
import { litTemplateMinifier } from './scripts/vite-plugins/minify-lit-templates.js';

const target = process.env.BUILD ?? 'es';

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
        ? {
            entry: 'src/define.ts',
            name: 'GemeenteFormulieren',
            formats: ['iife'],
            fileName: () => 'gemeente-formulieren.js',
          }
        : {
            entry: {
              'gemeente-formulieren': 'src/index.ts',
              define: 'src/define.ts',
              schemas: 'src/schemas/index.ts',
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.es.js`,
          },
    rolldownOptions: {
      external: target === 'iife' ? [] : [/^lit/, /^zod/, /^i18next/, /^@lit\//],
    },
  },
});
