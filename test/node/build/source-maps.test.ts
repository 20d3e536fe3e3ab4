// The source maps of the classic scripts and their later files: a position in the built code maps
// back to the source line that has that code (the later file's wrapper puts a line in front and
// shifts its map, scripts/vite-plugins/shift-source-maps.ts). And no built file carries V8's explicit
// compile hint: it was taken out on 2026-12-07 after it measured slower with every browser thread
// slowed (docs/performance.md, "The compile hint"), so bringing it back is a choice to measure first
// (`npm run bench` has a row with it). `npm test` builds first.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { COMPILE_HINT } from '../../../scripts/compile-hint.mjs';

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

describe('the classic scripts: source maps, and no compile hint', () => {
  for (const script of SCRIPTS) {
    test(`${script}.js, its later and its English file carry no compile hint`, () => {
      assert.ok(!readFileSync(`dist/${script}.js`, 'utf8').includes(COMPILE_HINT));
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
