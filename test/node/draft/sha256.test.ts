// The fallback SHA-256 (for pages without crypto.subtle) against node:crypto, and the WebCrypto path.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { sha256, sha256Hex } from '../../../src/draft/sha256.js';

const expected = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  test('the fallback equals node:crypto at every padding boundary and for a larger file', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 300_000]) {
      const bytes = new Uint8Array(randomBytes(length));
      assert.equal(Buffer.from(sha256(bytes)).toString('hex'), expected(bytes), `length ${length}`);
    }
  });

  test('the known answer of FIPS 180-4 for "abc"', () => {
    assert.equal(Buffer.from(sha256(new TextEncoder().encode('abc'))).toString('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('sha256Hex uses WebCrypto, and falls back when it is missing or refuses', async () => {
    const bytes = new Uint8Array(randomBytes(5000));
    assert.equal(await sha256Hex(bytes), expected(bytes));
    assert.equal(await sha256Hex(bytes, null), expected(bytes));
    assert.equal(await sha256Hex(bytes, { digest: () => Promise.reject(new Error('NotSupportedError')) }), expected(bytes));
  });
});
