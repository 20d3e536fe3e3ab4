// `npm test`: the Node tests (schemas, validators, receiver) and then the browser tests
// (web-test-runner in headless Chromium). Streams each runner's output and ends with one plain
// `N passed, N failed` line whose counts are read from the runners' own summaries.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(dir, suffix) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...testFiles(path, suffix));
    else if (path.endsWith(suffix)) out.push(path);
  }
  return out.sort();
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const only = process.argv[2]; // optional: "node" or "browser"
const results = [];

if (!only || only === 'node') {
  const files = testFiles('test/node', '.test.ts');
  const { code, output } = await run(process.execPath, [
    '--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files,
  ]);
  const passed = Number(/ℹ pass (\d+)/.exec(output)?.[1] ?? NaN);
  const failed = Number(/ℹ fail (\d+)/.exec(output)?.[1] ?? NaN);
  results.push({ name: 'node', code, passed, failed });
}

if (!only || only === 'browser') {
  const { code, output } = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js']);
  const matches = [...output.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = matches.at(-1);
  results.push({ name: 'browser', code, passed: Number(last?.[1] ?? NaN), failed: Number(last?.[2] ?? NaN) });
}

let passed = 0;
let failed = 0;
let exitCode = 0;
for (const r of results) {
  if (Number.isNaN(r.passed) || Number.isNaN(r.failed)) {
    console.error(`\n${r.name} tests: no summary found in the runner's output (exit code ${r.code}).`);
    exitCode = 1;
    continue;
  }
  console.log(`${r.name} tests: ${r.passed} passed, ${r.failed} failed (exit code ${r.code})`);
  passed += r.passed;
  failed += r.failed;
  if (r.code !== 0) exitCode = r.code;
}
if (failed > 0 && exitCode === 0) exitCode = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
