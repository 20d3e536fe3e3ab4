// The soak's fault schedule (scripts/soak/faults.ts) is reproducible: `--seed` names a run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faultFor, mulberry32, seededKey } from '../../../scripts/soak/faults.js';

const schedule = (seed: number) => {
  const r = mulberry32(seed);
  const keys = Array.from({ length: 200 }, () => seededKey(r));
  return keys.map((key) => [key, [1, 2, 3, 4].map((n) => faultFor(seed, key, n))] as const);
};

describe('soak fault schedule', () => {
  it('is the same for the same seed, key and attempt', () => {
    assert.deepEqual(schedule(8), schedule(8));
  });

  it('differs for another seed', () => {
    assert.notDeepEqual(schedule(8), schedule(9));
  });

  it('does not depend on the order in which keys arrive', () => {
    const forward = schedule(8);
    const reversed = [...forward].reverse().map(([key]) => [key, [1, 2, 3, 4].map((n) => faultFor(8, key, n))] as const);
    assert.deepEqual(reversed.reverse(), forward);
  });

  it('uses every kind of fault, and both with and without Retry-After', () => {
    const faults = schedule(8).flatMap(([, f]) => f);
    const kinds = new Set(faults.map((f) => f.kind));
    assert.deepEqual([...kinds].sort(), ['cut-201', 'drop-after', 'drop-before', 'hang', 'pass', 'slow', 'status']);
    const statuses = new Set(faults.flatMap((f) => (f.kind === 'status' ? [`${f.status}${f.retryAfter ? '+RA' : ''}`] : [])));
    for (const s of ['500', '502', '503', '429', '500+RA', '502+RA', '503+RA', '429+RA']) assert.ok(statuses.has(s), s);
  });

  it('makes UUID v4-shaped keys', () => {
    const r = mulberry32(1);
    for (let i = 0; i < 50; i++) assert.match(seededKey(r), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
