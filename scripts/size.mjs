// `npm run size`: raw, gzip and brotli size of every classic script against its budget in
// size-budget.json; exits 1 when one is over (npm test checks the same in
// test/node/build/size-budget.test.ts).
//
//   npm run size                         the table
//   npm run size -- --write-budget       re-measure and rewrite size-budget.json (after an intended growth)
//   npm run size -- --detail [file]      what one script is made of, by library and source file
//                                        (default dist/gemeente-formulieren.js; scripts/size-detail.mjs)
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { BUDGET_FILE, CEILINGS_KIB, SCRIPTS, WRITE_BUDGET, measure, readBudget, writeBudget } from './size-budget.mjs';

const args = process.argv.slice(2);
if (args[0] === '--detail' || (args[0] && !args[0].startsWith('--'))) {
  const file = args[0] === '--detail' ? args[1] : args[0];
  execFileSync(process.execPath, ['scripts/size-detail.mjs', ...(file ? [file] : [])], { stdio: 'inherit' });
  process.exit(0);
}

const missing = SCRIPTS.filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.error(`size: ${missing.join(', ')} missing; run \`npm run build\` first.`);
  process.exit(1);
}
const sizes = Object.fromEntries(SCRIPTS.map((f) => [f, measure(f)]));

if (args.includes('--write-budget')) {
  const written = writeBudget(sizes);
  console.log(`size: wrote ${BUDGET_FILE}:`);
  for (const [f, kib] of Object.entries(written)) console.log(`  ${f.padEnd(32)} ${kib} KiB`);
  for (const [f, ceiling] of Object.entries(CEILINGS_KIB)) {
    if (written[f] > ceiling) {
      console.log(
        `note: ${f} is above issue 9's ${ceiling} KiB ceiling: npm test then wants a line in docs/performance.md ` +
          `naming ${f.replace('dist/', '')}, "${written[f]} KiB" and the word "ceiling" that says why.`,
      );
    }
  }
  process.exit(0);
}

const budget = existsSync(BUDGET_FILE) ? readBudget() : {};
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
console.log(`${'script'.padEnd(32)} ${'raw'.padStart(11)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)} ${'budget'.padStart(10)}  `);
const over = [];
for (const [f, { raw, gzip, brotli }] of Object.entries(sizes)) {
  const limit = budget[f];
  const status = limit === undefined ? 'NO BUDGET' : brotli > limit * 1024 ? 'OVER' : 'ok';
  if (status !== 'ok') over.push(`${f}: brotli ${kib(brotli)}${limit === undefined ? ' has no budget' : ` > budget ${limit} KiB`}`);
  const ceiling = CEILINGS_KIB[f] ? ` (ceiling ${CEILINGS_KIB[f]} KiB)` : '';
  console.log(`${f.padEnd(32)} ${kib(raw).padStart(11)} ${kib(gzip).padStart(10)} ${kib(brotli).padStart(10)} ${(limit === undefined ? '—' : `${limit} KiB`).padStart(10)}  ${status}${ceiling}`);
}
console.log('\nbrotli quality 11, gzip level 9; budgets from size-budget.json (KiB, rounded up to 0.5). `npm run size -- --detail` shows what a script is made of.');
if (over.length > 0) {
  console.error(`\nsize: over budget:\n  ${over.join('\n  ')}\nMake the change smaller, or if the growth is intended, run \`${WRITE_BUDGET}\` and commit ${BUDGET_FILE}.`);
  process.exit(1);
}
