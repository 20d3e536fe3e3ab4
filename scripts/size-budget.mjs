// Sizes of the classic scripts and their budgets (size-budget.json), shared by `npm run size` and
// the Node test that makes `npm test` fail when a script grows past its budget (issue 9, item 5).
//
// Brotli at quality 11 (what a CDN serves for static files); a budget is that size rounded UP to the
// next 0.5 KiB, so a budget written today passes today and any real growth beyond the rounding fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET_FILE = 'size-budget.json';
/** The command that re-measures and rewrites the budget file (said in every failure message). */
export const WRITE_BUDGET = 'npm run build && npm run size -- --write-budget';

/** The scripts a webmaster loads (the all-forms script and one per form), then the English file each
 *  of them loads only when `lang` asks for English (issue 9: English on demand), then the later part
 *  each loads on the first interaction (issue 9: the first-view split, form/later.ts). */
export const SCRIPTS = [
  'dist/gemeente-formulieren.js',
  'dist/gemeente-verhuizing.js',
  'dist/gemeente-overlijden.js',
  'dist/gemeente-formulieren.en.js',
  'dist/gemeente-verhuizing.en.js',
  'dist/gemeente-overlijden.en.js',
  'dist/gemeente-formulieren.later.js',
  'dist/gemeente-verhuizing.later.js',
  'dist/gemeente-overlijden.later.js',
];

/** Issue 9's ceilings for the Dutch per-form scripts (KiB brotli): the budget file may not allow more
 *  unless docs/performance.md says why (a line naming the script, its budget and "ceiling"). */
export const CEILINGS_KIB = { 'dist/gemeente-verhuizing.js': 52, 'dist/gemeente-overlijden.js': 56 };

export function brotliSize(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

/** `{ raw, gzip, brotli }` in bytes. */
export function measure(file) {
  const code = readFileSync(file);
  return { raw: code.length, gzip: gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length, brotli: brotliSize(code) };
}

/** Bytes → KiB rounded up to the next 0.5 KiB. */
export function roundUpHalfKiB(bytes) {
  return Math.ceil(bytes / 512) / 2;
}

/** `{ "dist/…js": KiB }` from size-budget.json. */
export function readBudget(file = BUDGET_FILE) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return json.brotliKiB;
}

export function writeBudget(sizes, file = BUDGET_FILE) {
  const brotliKiB = Object.fromEntries(Object.entries(sizes).map(([script, { brotli }]) => [script, roundUpHalfKiB(brotli)]));
  const json = {
    $comment:
      'Brotli (quality 11) size of each classic script, rounded up to 0.5 KiB. npm test fails above it. ' +
      `After an intended growth (e.g. after merging), re-measure with \`${WRITE_BUDGET}\` and commit this file. ` +
      'The per-form ceilings (52 / 56 KiB, issue 9) are checked by test/node/build/size-budget.test.ts.',
    brotliKiB,
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return brotliKiB;
}
