// Size budgets in CI (issue 9, item 5): `npm test` builds first, then this fails when a classic
// script's brotli size exceeds its budget in size-budget.json, or when that file allows more than
// issue 9's ceilings for the per-form scripts without docs/performance.md saying why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CEILINGS_KIB, SCRIPTS, WRITE_BUDGET, measure, readBudget, roundUpHalfKiB } from '../../../scripts/size-budget.mjs';

const budget = readBudget() as Record<string, number>;

test('rounding up to 0.5 KiB', () => {
  assert.equal(roundUpHalfKiB(1), 0.5);
  assert.equal(roundUpHalfKiB(512), 0.5);
  assert.equal(roundUpHalfKiB(513), 1);
  assert.equal(roundUpHalfKiB(63457), 62);
});

test('size-budget.json has a budget, a multiple of 0.5 KiB, for every classic script', () => {
  assert.deepEqual(Object.keys(budget).sort(), [...SCRIPTS].sort());
  for (const [script, kib] of Object.entries(budget)) {
    assert.ok(Number.isFinite(kib) && kib > 0 && Number.isInteger(kib * 2), `${script}: ${kib}`);
  }
});

for (const script of SCRIPTS) {
  test(`${script} is within its brotli budget`, () => {
    assert.ok(existsSync(script), `${script} is missing: run \`npm run build\` (npm test does)`);
    const { brotli } = measure(script);
    const limit = budget[script]!;
    assert.ok(
      brotli <= limit * 1024,
      `${script} is ${brotli} B brotli (${(brotli / 1024).toFixed(2)} KiB), over its budget of ${limit} KiB by ${brotli - limit * 1024} B. ` +
        `Make the change smaller, or if the growth is intended, run \`${WRITE_BUDGET}\` and commit size-budget.json.`,
    );
  });
}

test('the budget allows no more than 52 KiB (verhuizing) / 56 KiB (overlijden) unless docs/performance.md says why', () => {
  const doc = existsSync('docs/performance.md') ? readFileSync('docs/performance.md', 'utf8') : '';
  for (const [script, ceiling] of Object.entries(CEILINGS_KIB)) {
    const limit = budget[script]!;
    if (limit <= ceiling) continue;
    const name = script.replace('dist/', '');
    const why = doc.split('\n').find((line) => line.includes(name) && line.includes(`${limit} KiB`) && /ceiling/i.test(line));
    assert.ok(
      why,
      `size-budget.json allows ${limit} KiB for ${script}, above the ${ceiling} KiB ceiling of issue 9. ` +
        `Only with a line in docs/performance.md naming ${name}, "${limit} KiB" and the word "ceiling" that says why.`,
    );
  }
});
