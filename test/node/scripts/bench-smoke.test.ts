// `npm run bench` is not part of `npm test`, so it rotted unseen once: a new question on the start
// step made its setup wait for a heading that never came. This runs its smoke mode (the whole flow
// once: the first views, the draft with 10 co-movers, one round of every page with the verhuizing's
// interactions; unthrottled, without SurveyJS) on the built scripts, so a changed label or step
// fails here. Needs dist/ (npm test builds first) and Chromium (scripts/find-chrome.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function runSmoke(out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/bench.mjs', '--smoke', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    // The bench stops itself after 3 minutes in the smoke mode; this is the test's own bound.
    const timer = setTimeout(() => child.kill('SIGTERM'), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('the bench smoke run passes setup and one round against the built product', { timeout: 150_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'gf-bench-smoke-'));
  try {
    const { code, output } = await runSmoke(out);
    assert.equal(code, 0, `bench --smoke failed (exit ${code}):\n${output.slice(-3000)}`);
    const [file] = readdirSync(out).filter((f) => f.endsWith('.json'));
    assert.ok(file, `no result file in ${out}:\n${output.slice(-2000)}`);
    const result = JSON.parse(readFileSync(join(out, file), 'utf8'));
    assert.equal(result.smoke, true);
    for (const page of ['verhuizing', 'floor-verhuizing', 'js-verhuizing', 'lit-verhuizing', 'overlijden', 'floor-overlijden']) {
      const runs = result.raw.variants[page].runs;
      assert.equal(runs.length, 1, `${page}: one counted round`);
      assert.ok(Number.isFinite(runs[0].firstField) && runs[0].firstField > 0, `${page}: a first usable field`);
    }
    const [verhuizing] = result.raw.variants.verhuizing.runs;
    assert.equal(verhuizing.keystroke.length, 6, 'six postcode keys measured');
    assert.ok(Number.isFinite(verhuizing.errorSummary), 'the error summary after an empty "Volgende"');
    const [coMovers] = result.raw.coMovers;
    assert.ok(Number.isFinite(coMovers?.stepChange), 'the step change with 10 co-movers');
    assert.equal(coMovers.nextStep, 'Bijlagen', 'after 10 co-movers ("Iemand anders") the attachments step follows');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
