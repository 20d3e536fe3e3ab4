// The published entries after `npm run build` (npm test builds first): per-form ES entries that a
// Node server (SSR in Next.js or Nuxt) can import, and a host bundle of one form that carries none
// of the other form's code (issue 9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown>; sideEffects: string[] };

/** Runs `code` as an ES module in a fresh Node process in the package root (self-reference by name works there). */
function nodeModule(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }).trim();
}

const ES_ENTRIES = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target !== null && 'import' in target)
  .map(([name]) => (name === '.' ? 'gemeente-formulieren' : `gemeente-formulieren/${name.slice(2)}`));

test('every ES entry can be imported in Node without throwing (SSR)', () => {
  assert.ok(ES_ENTRIES.includes('gemeente-formulieren/verhuizing/define'), `entries: ${ES_ENTRIES.join(', ')}`);
  for (const entry of ES_ENTRIES) {
    assert.equal(nodeModule(`await import(${JSON.stringify(entry)}); console.log('ok')`), 'ok', entry);
  }
});

for (const [form, other] of [['verhuizing', 'overlijden'], ['overlijden', 'verhuizing']] as const) {
  const Class = `Gemeente${form[0]!.toUpperCase()}${form.slice(1)}`;

  test(`gemeente-formulieren/${form} exports the class and registers nothing; …/${form}/define registers only <gemeente-${form}>`, () => {
    const out = nodeModule(`
      const m = await import('gemeente-formulieren/${form}');
      const before = [customElements.get('gemeente-verhuizing'), customElements.get('gemeente-overlijden')].map(Boolean);
      await import('gemeente-formulieren/${form}/define');
      await import('gemeente-formulieren/${form}/define');
      const after = customElements.get('gemeente-${form}');
      console.log(JSON.stringify({ type: typeof m.${Class}, before, same: after === m.${Class}, other: Boolean(customElements.get('gemeente-${other}')) }));`);
    assert.deepEqual(JSON.parse(out), { type: 'function', before: [false, false], same: true, other: false });
  });

  test(`${form}/define is listed in sideEffects (a bundler must not drop its registration); the class entry is not`, () => {
    assert.ok(pkg.sideEffects.includes(`./dist/${form}-define.es.js`));
    assert.ok(pkg.sideEffects.includes(`./dist/gemeente-${form}.js`));
    assert.ok(!pkg.sideEffects.includes(`./dist/${form}.es.js`));
  });
}

// Strings and identifiers that exist only in one form's code: its tag, step id, texts (nl and en),
// an attribute, its rules and schema factory. (The error texts of both forms still share
// fouten.*.ts, so words such as "hoofdbewoner" are not on this list: docs/performance.md.)
const ONLY = {
  overlijden: ['gemeente-overlijden', 'lijkbezorging', 'Aangifte overlijden', 'Register a death', 'nabestaande-toegestaan', 'uitvaartBeoordeling', 'createOverlijdenSchema'],
  verhuizing: ['gemeente-verhuizing', 'Verhuizing doorgeven', 'Report a change of address', 'laat-melden', 'beoordeelMeeverhuizer', 'createVerhuizingSchema'],
};

/** The code without comments (an unminified bundle keeps doc comments that name both tags). */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

for (const [form, other] of [['verhuizing', 'overlijden'], ['overlijden', 'verhuizing']] as const) {
  test(`a host bundle of import 'gemeente-formulieren/${form}/define' (vite) has no ${other} code`, { timeout: 120000 }, async () => {
    const { build } = await import('vite');
    const dir = mkdtempSync(path.join(tmpdir(), `gf-bundle-${form}-`));
    try {
      // The package as a host installs it: node_modules/gemeente-formulieren → this checkout.
      mkdirSync(path.join(dir, 'node_modules'));
      symlinkSync(root, path.join(dir, 'node_modules', 'gemeente-formulieren'), 'dir');
      writeFileSync(path.join(dir, 'main.js'), `import 'gemeente-formulieren/${form}/define';\n`);
      await build({
        root: dir,
        configFile: false,
        logLevel: 'silent',
        build: {
          outDir: path.join(dir, 'out'),
          minify: false, // keep identifiers, so the test can look for them
          emptyOutDir: true,
          rolldownOptions: { input: path.join(dir, 'main.js') },
        },
      });
      const files = readdirSync(path.join(dir, 'out'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
      const code = withoutComments(files.map((f) => readFileSync(path.join(dir, 'out', f), 'utf8')).join('\n'));
      // It is this form (so the test can fail), with its tag registered …
      for (const s of ONLY[form]) assert.ok(code.includes(s), `the ${form} bundle lacks "${s}"`);
      // … and nothing of the other.
      for (const s of ONLY[other]) assert.ok(!code.includes(s), `the ${form} bundle contains ${other} code: "${s}"`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`dist/gemeente-${form}.js (the per-form classic script) and its English file have no ${other} code`, () => {
    const script = readFileSync(`dist/gemeente-${form}.js`, 'utf8');
    assert.doesNotMatch(script, /^\s*(import|export)\s/m);
    // The form's English texts are in its language file (English on demand), so both are read.
    const code = script + readFileSync(`dist/gemeente-${form}.en.js`, 'utf8');
    // Minified: identifiers are gone, texts, tags and attribute names stay.
    for (const s of ONLY[form].filter((x) => !/^[a-z]+[A-Z]/.test(x))) assert.ok(code.includes(s), `lacks "${s}"`);
    for (const s of ONLY[other].filter((x) => !/^[a-z]+[A-Z]/.test(x))) assert.ok(!code.includes(s), `contains ${other} code: "${s}"`);
  });
}

test('the per-form scripts exist next to the all-forms script', () => {
  for (const f of ['gemeente-formulieren.js', 'gemeente-verhuizing.js', 'gemeente-overlijden.js']) {
    assert.ok(existsSync(path.join('dist', f)), `dist/${f} is missing; run npm run build`);
  }
});
