// docs/domain-decisions.md stays true: every item row is well-formed and unique, the items done so far
// have a row, and every test a row names exists as a test title in test/ — so a renamed or deleted
// test cannot leave a decision without its proof.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The items that have a row so far. The goal is 4.1–4.16 (issue 6): each part adds its items here
 * when it adds their rows (4a: 4.1, 4.2, 4.3, 4.9, and its part of 4.5).
 */
const REQUIRED_ITEMS = ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8', '4.9', '4.10', '4.11', '4.12', '4.13', '4.14', '4.15', '4.16'];

const ROOT = new URL('../../../', import.meta.url).pathname;
const doc = readFileSync(join(ROOT, 'docs/domain-decisions.md'), 'utf8');

/** Splits a markdown table row on unescaped pipes (`\|` stays inside a cell). */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replaceAll('\\|', '|'));
}

interface Row {
  item: string;
  tests: string[];
  /** Names after the word "fixture(s)" in the tests cell: keys of test/fixtures, not test titles. */
  fixtures: string[];
  line: number;
}

function itemRows(markdown: string): Row[] {
  const rows: Row[] = [];
  let header: string[] | undefined;
  markdown.split('\n').forEach((line, i) => {
    if (!line.trim().startsWith('|')) {
      header = undefined;
      return;
    }
    const row = cells(line);
    if (!header) {
      header = row;
      return;
    }
    if (row.every((c) => /^-+$/.test(c))) return;
    const at = (name: string) => row[header!.indexOf(name)] ?? '';
    const [testPart = '', ...fixtureParts] = at('tests').split(/\bfixtures?\b/);
    const names = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    rows.push({ item: at('item'), tests: names(testPart), fixtures: fixtureParts.flatMap(names), line: i + 1 });
  });
  return rows;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.(ts|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** The string values of it(…), test(…) and describe(…) titles; template titles keep their `${…}`. */
function titlesIn(source: string): string[] {
  const titles: string[] = [];
  const pattern = /\b(?:it|test|describe)(?:\.only|\.skip)?\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`)/g;
  for (const m of source.matchAll(pattern)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    titles.push(raw.replace(/\\(.)/g, '$1'));
  }
  return titles;
}

const files = testFiles(join(ROOT, 'test'));
const sources = files.map((f) => readFileSync(f, 'utf8'));
const titles = sources.flatMap(titlesIn);
const fixtures = files.filter((f) => f.includes('/fixtures/')).map((f) => readFileSync(f, 'utf8')).join('\n');

/**
 * A named test exists: a literal title equals it, or a template title (`invalid: ${name}`) matches it
 * and the part filled in is a named fixture (a key in test/fixtures), so `invalid: typo` still fails.
 */
function exists(name: string): boolean {
  if (titles.includes(name)) return true;
  return titles
    .filter((t) => t.includes('${'))
    .some((template) => {
      const parts = template.split(/\$\{[^}]+\}/);
      const regex = new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+?)')}$`);
      const m = name.match(regex);
      return !!m && m.slice(1).every((filled) => new RegExp(`^\\s*['"]?${filled.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`, 'm').test(fixtures));
    });
}

/** A named example in test/fixtures. */
function isFixture(name: string): boolean {
  const key = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `name: …`, a shorthand `name,` in an exported object, or `const name = …`.
  return new RegExp(`^\\s*(?:['"]?${key}['"]?\\s*[:,]|const ${key}\\b)`, 'm').test(fixtures);
}

const rows = itemRows(doc);

test('the item numbers are well-formed (4.1–4.16) and each has one row', () => {
  assert.ok(rows.length > 0, 'no item rows found');
  const seen = new Set<string>();
  for (const row of rows) {
    assert.match(row.item, /^4\.([1-9]|1[0-6])$/, `line ${row.line}: item "${row.item}"`);
    assert.ok(!seen.has(row.item), `line ${row.line}: item ${row.item} appears twice`);
    seen.add(row.item);
  }
});

test('every required item has a row', () => {
  const present = new Set(rows.map((r) => r.item));
  for (const item of REQUIRED_ITEMS) assert.ok(present.has(item), `item ${item} has no row`);
});

test('every row names tests, and every named test exists as a test title in test/', () => {
  for (const row of rows) {
    assert.ok(row.tests.length > 0, `item ${row.item} names no tests`);
    for (const name of row.tests) assert.ok(exists(name), `item ${row.item}: no test titled "${name}"`);
    // After "fixtures" a row may also name the loop that runs them (a test title, or its start + "…").
    for (const name of row.fixtures) {
      const loop = exists(name) || (name.endsWith('…') && titles.some((t) => t.startsWith(name.slice(0, -1).trimEnd())));
      assert.ok(isFixture(name) || loop, `item ${row.item}: no fixture or test named "${name}"`);
    }
  }
});

test('the checker itself: a missing title, a bad number and a template with an unknown fixture are caught', () => {
  assert.equal(exists('no such test, surely'), false);
  assert.equal(exists('invalid: geenFixtureMetDezeNaam'), false);
  assert.equal(exists('invalid: nietMeeZonderVerhuizers'), true);
  const bad = itemRows('| item | rule | source | choice | tests |\n|---|---|---|---|---|\n| 4.17 | x | y | z | `a` |\n');
  assert.equal(bad[0]!.item, '4.17');
  assert.doesNotMatch(bad[0]!.item, /^4\.([1-9]|1[0-6])$/);
  assert.deepEqual(cells('| a `x\\|y` | b |'), ['a `x|y`', 'b']);
});
