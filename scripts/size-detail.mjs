// `npm run size -- --detail [file]`: what one classic script is made of.
//
// Prints raw, gzip and brotli sizes (max quality) of the script (default dist/gemeente-formulieren.js),
// then attributes every byte of the minified file to the source it came from, using the source map:
// per library (node_modules package) and per module of ours (src/ folder and file). The budgets are
// checked by scripts/size.mjs (the table) and test/node/build/size-budget.test.ts, not here.
//
// Brotli shares: a part of a file has no brotli size of its own (compression works across parts),
// so each group's bytes are concatenated and compressed alone ("alone"), and the alone sizes are
// then scaled so that the parts of the file add up to its real brotli size ("≈ share"). That is
// proportional attribution: good for ranking and for "roughly how much would this save", not exact.
//
// The VLQ decoding is done here (30 lines) rather than with a source-map package, because such
// packages are only transitive dependencies here and could disappear with any upgrade.
//
// Usage: node scripts/size-detail.mjs [path/to/bundle.js]   (the map is read from <bundle>.map)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { brotliSize } from './size-budget.mjs';

const file = path.resolve(process.argv[2] ?? 'dist/gemeente-formulieren.js');
const root = process.cwd();

if (!existsSync(file) || !existsSync(`${file}.map`)) {
  console.error(`size: ${path.relative(root, file)} or its .map is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const code = readFileSync(file);
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const raw = code.length;
const gzip = gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length;
const brotli = brotliSize(code);

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
const textBySource = new Map(); // the attributed text itself, in file order, for the brotli shares
const add = (key, bytes, piece = '') => {
  if (bytes <= 0) return;
  bySource.set(key, (bySource.get(key) ?? 0) + bytes);
  if (!textBySource.has(key)) textBySource.set(key, []);
  textBySource.get(key).push(piece);
};

decodeMappings(map.mappings).forEach((segments, lineIndex) => {
  const line = lines[lineIndex];
  if (line === undefined) return;
  // Columns are UTF-16 offsets; bytes are counted as UTF-8, like the file on disk.
  const head = line.slice(0, segments[0]?.column ?? line.length);
  add(UNMAPPED, Buffer.byteLength(head), head);
  segments.forEach((segment, i) => {
    const piece = line.slice(segment.column, segments[i + 1]?.column ?? line.length);
    add(segment.source < 0 ? UNMAPPED : sourcePath(segment.source), Buffer.byteLength(piece), piece);
  });
});
// Lines the map does not mention (e.g. the sourceMappingURL comment) and the newline characters.
lines.slice(map.mappings.split(';').length).forEach((line) => add(UNMAPPED, Buffer.byteLength(line), line));
add(UNMAPPED, lines.length - 1, '\n'.repeat(lines.length - 1));

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
const groupText = new Map(); // group map → key → text pieces (in file order within each source)
const bump = (m, k, v, pieces) => {
  m.set(k, (m.get(k) ?? 0) + v);
  if (!groupText.has(m)) groupText.set(m, new Map());
  const texts = groupText.get(m);
  texts.set(k, [...(texts.get(k) ?? []), ...pieces]);
};
for (const [mapped, bytes] of bySource) {
  const pieces = textBySource.get(mapped);
  // A bundle built from a scratch copy (e.g. /tmp/try/src) still reports its files as src/….
  const ours = mapped.lastIndexOf('src/');
  const source = ours > 0 && mapped[ours - 1] === '/' && !mapped.includes('node_modules/') ? mapped.slice(ours) : mapped;
  const pkg = packageOf(source);
  if (pkg) bump(groups.packages, pkg, bytes, pieces);
  else if (source.startsWith('src/')) {
    const parts = source.split('/');
    bump(groups.folders, parts.length > 2 ? `src/${parts[1]}/` : 'src/ (top level)', bytes, pieces);
    bump(groups.files, source, bytes, pieces);
  } else bump(groups.other, source, bytes, pieces);
}
const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);

// Brotli of each group's bytes compressed alone, then one scale factor so that the partition
// libraries + our folders + other adds up to the real brotli size of the file.
const alone = new Map(); // group map → key → brotli bytes alone
for (const [m, texts] of groupText) {
  alone.set(m, new Map([...texts].map(([k, pieces]) => [k, brotliSize(Buffer.from(pieces.join(''), 'utf8'))])));
}
const aloneSum = (m) => [...(alone.get(m)?.values() ?? [])].reduce((a, b) => a + b, 0);
const scale = brotli / (aloneSum(groups.packages) + aloneSum(groups.folders) + aloneSum(groups.other));

// ---- report -----------------------------------------------------------------------------------------
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
const pct = (n) => `${((100 * n) / raw).toFixed(1).padStart(5)} %`;
const brPct = (n) => `${((100 * n) / brotli).toFixed(1).padStart(5)} %`;
const header = () =>
  console.log(`  ${''.padEnd(52)} ${'minified'.padStart(10)} ${'share'.padStart(7)} ${'br alone'.padStart(10)} ${'≈ br share'.padStart(10)} ${'of br'.padStart(7)}`);
const folderOf = (file) => {
  const parts = file.split('/');
  return parts.length > 2 ? `src/${parts[1]}/` : 'src/ (top level)';
};
/** Files are scaled within their folder, so that a folder's files add up to the folder's share. */
const fileScale = new Map();
for (const [file, brAlone] of alone.get(groups.files) ?? []) {
  bump(fileScale, folderOf(file), brAlone, []);
}
const shareOf = (m, k) => {
  const brAlone = alone.get(m).get(k);
  if (m !== groups.files) return Math.round(brAlone * scale);
  const folder = folderOf(k);
  return Math.round((brAlone * alone.get(groups.folders).get(folder) * scale) / fileScale.get(folder));
};
const row = (label, bytes, brAlone, share) => {
  console.log(
    `  ${label.padEnd(52)} ${String(bytes).padStart(8)} B ${pct(bytes)} ${String(brAlone).padStart(8)} B ${String(share).padStart(8)} B ${brPct(share)}`,
  );
};
const table = (title, m) => {
  if (m.size === 0) return;
  const brShare = [...m.keys()].reduce((a, k) => a + shareOf(m, k), 0);
  console.log(`\n${title} (${kib(sum(m))} minified, ${pct(sum(m)).trim()}; ≈ ${kib(brShare)} brotli, ${brPct(brShare).trim()})`);
  header();
  [...m].sort((a, b) => b[1] - a[1]).forEach(([k, v]) => row(k, v, alone.get(m).get(k), shareOf(m, k)));
};

console.log(`${path.relative(root, file)}`);
console.log(`  raw     ${String(raw).padStart(8)} B  ${kib(raw)}`);
console.log(`  gzip    ${String(gzip).padStart(8)} B  ${kib(gzip)}  (level 9)`);
console.log(`  brotli  ${String(brotli).padStart(8)} B  ${kib(brotli)}  (quality 11)`);
table('Libraries (node_modules)', groups.packages);
table('Our code by folder', groups.folders);
table('Our code by file', groups.files);
table('Other', groups.other);
console.log(
  `\n"share" is of the minified bytes. "br alone" = that part's bytes brotli-compressed on their own;` +
    `\n"≈ br share" = br alone × ${scale.toFixed(3)}, the factor that makes libraries + our folders + other` +
    `\nadd up to the file's real brotli size (proportional attribution, not exact: brotli compresses across parts).` +
    `\nFiles are scaled within their folder, so that they add up to the folder's ≈ br share.`,
);

