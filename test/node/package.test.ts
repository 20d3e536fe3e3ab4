// The published entry points must exist after `npm run build` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('every file named in package.json exports is built', () => {
  const targets: string[] = [];
  for (const value of Object.values<unknown>(pkg.exports)) {
    if (typeof value === 'string') targets.push(value);
    else targets.push(...Object.values(value as Record<string, string>));
  }
  for (const target of targets.filter((t) => !t.includes('*'))) {
    assert.ok(existsSync(target), `${target} is missing`);
  }
});

test('the one-file script is a classic script (no import/export statements)', () => {
  const code = readFileSync('dist/gemeente-formulieren.js', 'utf8');
  assert.doesNotMatch(code, /^\s*(import|export)\s/m);
});
