import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newIdempotencyKey, NoRandomSourceError, uuidV4FromBytes } from '../../../src/submit/idempotency.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('uses crypto.randomUUID when the context has it', () => {
  const source = {
    randomUUID() {
      assert.equal(this, source, 'called as a method, or browsers throw "Illegal invocation"');
      return '11111111-2222-4333-8444-555555555555';
    },
    getRandomValues: () => assert.fail('getRandomValues must not be used when randomUUID exists'),
  };
  assert.equal(newIdempotencyKey(source), '11111111-2222-4333-8444-555555555555');
});

test('falls back to getRandomValues where randomUUID is missing (non-secure context, older Safari)', () => {
  let calls = 0;
  const source = {
    getRandomValues(array: Uint8Array) {
      calls += 1;
      array.fill(0xff);
      return array;
    },
  };
  const key = newIdempotencyKey(source);
  assert.equal(calls, 1);
  assert.match(key, UUID_V4);
  // 0xff bytes with the version and variant bits forced.
  assert.equal(key, 'ffffffff-ffff-4fff-bfff-ffffffffffff');
});

test('the fallback sets version 4 and variant 10xx whatever the random bytes are', () => {
  assert.equal(uuidV4FromBytes(new Uint8Array(16)), '00000000-0000-4000-8000-000000000000');
  const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
  assert.equal(uuidV4FromBytes(bytes), '00112233-4455-4677-8899-aabbccddeeff');
  assert.throws(() => uuidV4FromBytes(new Uint8Array(15)), RangeError);
});

test('the fallback gives different keys with real randomness', () => {
  const source = { getRandomValues: (a: Uint8Array) => globalThis.crypto.getRandomValues(a) };
  const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey(source)));
  assert.equal(keys.size, 200);
  for (const key of keys) assert.match(key, UUID_V4);
});

test('the default source (Node\'s global crypto) gives a v4 UUID', () => {
  assert.match(newIdempotencyKey(), UUID_V4);
});

test('without any random source it refuses instead of inventing a weak key', () => {
  assert.throws(() => newIdempotencyKey({}), NoRandomSourceError);
  assert.throws(() => newIdempotencyKey(null), NoRandomSourceError);
});
