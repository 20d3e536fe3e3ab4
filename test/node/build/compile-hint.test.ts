// The built classic scripts start with V8's explicit compile hint (scripts/vite-plugins/compile-hint.ts,
// issue 9), as their very first line, where V8 looks for it; the later and language files do not; and
// both first lines that a plugin puts in front (the hint, the later file's wrapper) leave the source
// maps right: a position in the built code maps back to the source line that has that code.
// `npm test` builds first.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { COMPILE_HINT } from '../../../scripts/vite-plugins/compile-hint.js';

const SCRIPTS = ['gemeente-verhuizing', 'gemeente-overlijden', 'gemeente-formulieren'];

/** Where `needle` is in the built file, and the source line that the map gives for it. */
function sourceLineOf(file: string, needle: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} is in ${file}`);
  const payload = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0] & { sources: string[]; sourcesContent: string[] };
  const entry = new SourceMap(payload).findEntry(line, lines[line]!.indexOf(needle)) as { originalSource?: string; originalLine?: number };
  assert.ok(entry.originalSource, `${needle} in ${file} has a mapping`);
  const content = payload.sourcesContent[payload.sources.indexOf(entry.originalSource)] ?? '';
  return content.split('\n')[entry.originalLine!] ?? '';
}

describe('the compile hint of the classic scripts', () => {
  for (const script of SCRIPTS) {
    test(`${script}.js starts with it; its later and English files do not`, () => {
      assert.equal(readFileSync(`dist/${script}.js`, 'utf8').split('\n')[0], COMPILE_HINT);
      assert.ok(!readFileSync(`dist/${script}.later.js`, 'utf8').includes(COMPILE_HINT));
      assert.ok(!readFileSync(`dist/${script}.en.js`, 'utf8').includes(COMPILE_HINT));
    });

    test(`${script}.js and ${script}.later.js: the source maps point at the right source lines`, () => {
      // Calls that the minifier keeps by name, one in each file; a map one line off points elsewhere.
      assert.match(sourceLineOf(`dist/${script}.js`, 'customElements.get('), /customElements\.get\(/);
      assert.match(sourceLineOf(`dist/${script}.js`, '.formatToParts('), /\.formatToParts\(/);
      assert.match(sourceLineOf(`dist/${script}.later.js`, '.digest(`SHA-256`'), /\.digest\('SHA-256'/);
    });
  }
});
