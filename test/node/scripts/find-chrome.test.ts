// How `npm test` finds a browser: CHROME_PATH first, then the usual names on PATH. (The
// @puppeteer/browsers download is only tried when neither exists, so it is not exercised here:
// this machine's network would refuse it, and the test must not dial out.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findChrome(env: Record<string, string>): { stdout: string; error?: string } {
  try {
    const stdout = execFileSync(process.execPath, ['scripts/find-chrome.mjs'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { stdout: stdout.trim() };
  } catch (error) {
    return { stdout: '', error: String((error as { stderr?: string }).stderr ?? error) };
  }
}

test('CHROME_PATH wins over the PATH', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gf-chrome-'));
  try {
    const chrome = join(dir, 'my-chrome');
    writeFileSync(chrome, '#!/bin/sh\n');
    chmodSync(chrome, 0o755);
    assert.equal(findChrome({ CHROME_PATH: chrome, PATH: process.env.PATH ?? '' }).stdout, chrome);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a CHROME_PATH that does not exist is an error naming it', () => {
  const result = findChrome({ CHROME_PATH: '/nonexistent/chrome', PATH: process.env.PATH ?? '' });
  assert.match(result.error ?? '', /CHROME_PATH points to \/nonexistent\/chrome/);
});

test('without CHROME_PATH, chromium on the PATH is found', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gf-chrome-'));
  try {
    const chromium = join(dir, 'chromium');
    writeFileSync(chromium, '#!/bin/sh\n');
    chmodSync(chromium, 0o755);
    assert.equal(findChrome({ PATH: dir }).stdout, chromium);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
