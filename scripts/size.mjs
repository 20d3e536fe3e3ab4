// `npm run size`: how big is the one-file script, and what is it made of?
//
// Prints raw, gzip and brotli sizes (max quality) of dist/gemeente-formulieren.js, then attributes
// every byte of the minified file to the source it came from, using the source map: per library
// (node_modules package) and per module of ours (src/ folder and file). Exits 1 when brotli is over
// the budget (env SIZE_BUDGET_BROTLI_KIB, default 45), so CI can hold the "small and fast" line.
//
// The VLQ decoding is done here (30 lines) rather than with a source-map package, because such
// packages are only transitive dependencies here and could disappear with any upgrade.
//
// Usage: node scripts/size.mjs [path/to/bundle.js]   (the map is read from <bundle>.map)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const file = path.resolve(process.argv[2] ?? 'dist/gemeente-formulieren.js');
const budgetKiB = Number(process.env.SIZE_BUDGET_BROTLI_KIB ?? 45);
const root = process.cwd();

if (!existsSync(file) || !existsSync(`${file}.map`)) {
  console.error(`size: ${path.relative(root, file)} or its .map is missing; run \`npm run build\` first.`);
  process.exit(1);
}
if (!Number.isFinite(budgetKiB) || budgetKiB <= 0) {
  console.error(`size: SIZE_BUDGET_BROTLI_KIB must be a positive number, got "${process.env.SIZE_BUDGET_BROTLI_KIB}".`);
  process.exit(1);
}

const code = readFileSync(file);
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const raw = code.length;
const gzip = gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
const brotli = brotliCompressSync(code, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: raw,
  },
}).length;

// ---- source map: base64 VLQ (Source Map Revision 3) -------------------------------------------
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** One segment's fields: 1 (unmapped), 4 or 5 relative numbers. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`size: invalid VLQ character "${char}" in source map`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** → per generated line, segments `{ column, source }` (source = index or -1), sorted by column. */
function decodeMappings(mappings) {
  let source = 0; // source index is relative across the whole map; the column restarts per line
  return mappings.split(';').map((line) => {
    let column = 0;
    const segments = [];
    for (const text of line.split(',')) {
      if (text === '') continue;
      const [dColumn, dSource, , , ,] = decodeSegment(text);
      column += dColumn;
      if (dSource === undefined) {
        segments.push({ column, source: -1 });
      } else {
        source += dSource;
        segments.push({ column, source });
      }
      // Original line/column/name fields are relative too, but we do not need them.
    }
    return segments.sort((a, b) => a.column - b.column);
  });
}

// ---- attribution ----------------------------------------------------------------------------------
const UNMAPPED = '(not mapped: wrapper, helpers, newlines)';

/** A source path as written in the map → project-relative path. */
function sourcePath(index) {
  const name = map.sources[index];
  if (/^[a-z]+:|^\0/i.test(name)) return name; // virtual modules (e.g. bundler runtime)
  return path.relative(root, path.resolve(path.dirname(file), map.sourceRoot ?? '', name)).split(path.sep).join('/');
}

const text = code.toString('utf8');
const lines = text.split('\n');
const bySource = new Map();
const add = (key, bytes) => bytes > 0 && bySource.set(key, (bySource.get(key) ?? 0) + bytes);

decodeMappings(map.mappings).forEach((segments, lineIndex) => {
  const line = lines[lineIndex];
  if (line === undefined) return;
  // Columns are UTF-16 offsets; bytes are counted as UTF-8, like the file on disk.
  add(UNMAPPED, Buffer.byteLength(line.slice(0, segments[0]?.column ?? line.length)));
  segments.forEach((segment, i) => {
    const end = segments[i + 1]?.column ?? line.length;
    add(segment.source < 0 ? UNMAPPED : sourcePath(segment.source), Buffer.byteLength(line.slice(segment.column, end)));
  });
});
// Lines the map does not mention (e.g. the sourceMappingURL comment) and the newline characters.
lines.slice(map.mappings.split(';').length).forEach((line) => add(UNMAPPED, Buffer.byteLength(line)));
add(UNMAPPED, lines.length - 1);

const attributed = [...bySource.values()].reduce((a, b) => a + b, 0);
if (attributed !== raw) {
  console.error(`size: attribution error: ${attributed} bytes attributed, file has ${raw}`);
  process.exit(1);
}

/** `node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`; our files → null. */
function packageOf(source) {
  const at = source.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const parts = source.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

const groups = { packages: new Map(), folders: new Map(), files: new Map(), other: new Map() };
const bump = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
for (const [source, bytes] of bySource) {
  const pkg = packageOf(source);
  if (pkg) bump(groups.packages, pkg, bytes);
  else if (source.startsWith('src/')) {
    const parts = source.split('/');
    bump(groups.folders, parts.length > 2 ? `src/${parts[1]}/` : 'src/ (top level)', bytes);
    bump(groups.files, source, bytes);
  } else bump(groups.other, source, bytes);
}
const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);

// ---- report -----------------------------------------------------------------------------------------
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
const pct = (n) => `${((100 * n) / raw).toFixed(1).padStart(5)} %`;
const row = (label, bytes) => console.log(`  ${label.padEnd(52)} ${String(bytes).padStart(8)} B ${pct(bytes)}`);
const table = (title, m) => {
  if (m.size === 0) return;
  console.log(`\n${title} (${kib(sum(m))}, ${pct(sum(m)).trim()} of the minified file)`);
  [...m].sort((a, b) => b[1] - a[1]).forEach(([k, v]) => row(k, v));
};

console.log(`${path.relative(root, file)}`);
console.log(`  raw     ${String(raw).padStart(8)} B  ${kib(raw)}`);
console.log(`  gzip    ${String(gzip).padStart(8)} B  ${kib(gzip)}  (level 9)`);
console.log(`  brotli  ${String(brotli).padStart(8)} B  ${kib(brotli)}  (quality 11)`);
table('Libraries (node_modules)', groups.packages);
table('Our code by folder', groups.folders);
table('Our code by file', groups.files);
table('Other', new Map([...groups.other, ...(bySource.has(UNMAPPED) ? [[UNMAPPED, bySource.get(UNMAPPED)]] : [])]));
console.log('\nShares are of the minified bytes; compression shrinks each part differently.');

const over = brotli > budgetKiB * 1024;
console.log(`\nBudget: brotli ${kib(brotli)} of ${budgetKiB} KiB (SIZE_BUDGET_BROTLI_KIB) — ${over ? 'OVER BUDGET' : 'ok'}`);
if (over) {
  console.error(`size: brotli size ${brotli} B (${kib(brotli)}) exceeds the budget of ${budgetKiB} KiB (${budgetKiB * 1024} B) by ${brotli - budgetKiB * 1024} B.`);
  process.exit(1);
}
