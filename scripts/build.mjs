// `npm run build`: ES modules, the classic scripts (IIFE: one with every form, one per form; one vite
// pass each), .d.ts files, custom-elements.json and the JSON Schemas of what gets posted.
//
// Order matters: the language files (gemeente-<script>.<lang>.js) are built BEFORE the classic
// scripts, because each classic script carries its language files' SHA-384 (vite.config.ts reads
// them from dist/ and injects them as __GF_LANGUAGE_FILES__). Rebuilding a language file without
// rebuilding its script afterwards makes the script refuse it (integrity) and show Dutch.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const step = (label, command, args, env = {}) => {
  const started = Date.now();
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  console.log(`build: ${label} (${Date.now() - started} ms)`);
};

step('vite es', bin('vite'), ['build', '--logLevel', 'warn'], { BUILD: 'es' });
// Keep in step with FORMS and LANGUAGES in vite.config.ts.
const SCRIPTS = { all: 'gemeente-formulieren', verhuizing: 'gemeente-verhuizing', overlijden: 'gemeente-overlijden' };
for (const script of Object.values(SCRIPTS)) {
  for (const lang of ['en']) {
    step(`vite language ${script}.${lang}`, bin('vite'), ['build', '--logLevel', 'warn'], { BUILD: 'language', FILE: `${script}.${lang}` });
  }
}
// The later part of each classic script (form/later.ts) before the script, which carries its SHA-384.
for (const form of Object.keys(SCRIPTS)) {
  step(`vite later ${form}`, bin('vite'), ['build', '--logLevel', 'warn'], { BUILD: 'later', FORM: form });
}
for (const form of Object.keys(SCRIPTS)) {
  step(`vite iife ${form}`, bin('vite'), ['build', '--logLevel', 'warn'], { BUILD: 'iife', FORM: form });
}
step('types', bin('tsc'), ['-p', 'tsconfig.build.json']);
step('custom-elements.json', bin('custom-elements-manifest'), [
  'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', 'dist', '--quiet',
]);
if (existsSync('scripts/emit-json-schema.ts')) {
  step('json schema', bin('tsx'), ['scripts/emit-json-schema.ts']);
}
