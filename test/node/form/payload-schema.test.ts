// One payload schema per day and configuration for a form whose schema does not read the time
// (src/form/payload-schema.ts), and a fresh one per press for a form that does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { payloadSchema, preparePayloadSchema } from '../../../src/form/payload-schema.js';
import type { FormLater } from '../../../src/form/later.js';
import type { EnvelopeSchema } from '../../../src/form/definition.js';
import verhuizingLater from '../../../src/elements/verhuizing/later.js';
import overlijdenLater from '../../../src/elements/overlijden/later.js';

/** A form whose createSchema counts its calls and returns a new object each time. */
function counting(schemaReadsNow?: boolean) {
  const calls: { today: string; now: Date; config: unknown }[] = [];
  const form: FormLater<{ id: number }> = {
    createSchema: (args) => (calls.push(args), { built: calls.length } as unknown as EnvelopeSchema),
    steps: [],
    ...(schemaReadsNow === undefined ? {} : { schemaReadsNow }),
  };
  return { form, calls };
}
const now = new Date('2026-11-25T10:00:00Z');

test('a schema that does not read the time is built once per day and configuration', () => {
  const { form, calls } = counting(false);
  const config = { id: 1 };
  const first = payloadSchema(form, { today: '2026-11-25', now, config });
  assert.equal(payloadSchema(form, { today: '2026-11-25', now: new Date(now.getTime() + 60_000), config }), first);
  assert.equal(calls.length, 1);
  // A new day (the page left open past midnight) builds it again, with that day.
  const nextDay = payloadSchema(form, { today: '2026-11-26', now, config });
  assert.notEqual(nextDay, first);
  assert.equal(calls.at(-1)!.today, '2026-11-26');
  // A changed attribute gives the element a new config object: built again, from that config.
  const other = { id: 2 };
  assert.notEqual(payloadSchema(form, { today: '2026-11-26', now, config: other }), nextDay);
  assert.equal(calls.at(-1)!.config, other);
  assert.equal(calls.length, 3);
  // Two elements (two config objects) each keep their own.
  assert.equal(payloadSchema(form, { today: '2026-11-26', now, config: other }), payloadSchema(form, { today: '2026-11-26', now, config: other }));
  assert.equal(calls.length, 3);
});

test('a schema that reads the time, or says nothing, is built at every press with that press\'s now', () => {
  for (const reads of [true, undefined]) {
    const { form, calls } = counting(reads);
    const config = { id: 1 };
    const later = new Date(now.getTime() + 1000);
    assert.notEqual(payloadSchema(form, { today: '2026-11-25', now, config }), payloadSchema(form, { today: '2026-11-25', now: later, config }));
    assert.equal(calls.length, 2, String(reads));
    assert.equal(calls[1]!.now, later);
  }
});

test('the verhuizing keeps its schema (deadlines in days); the overlijden builds one per press (the funeral\'s time)', () => {
  assert.equal(verhuizingLater!.schemaReadsNow, false);
  assert.equal(overlijdenLater!.schemaReadsNow, true);
});

test('prepared when idle: the first press after the later part arrived builds nothing', () => {
  const idle: (() => void)[] = [];
  const g = globalThis as { requestIdleCallback?: unknown };
  const saved = g.requestIdleCallback;
  g.requestIdleCallback = (cb: () => void) => (idle.push(cb), idle.length);
  try {
    const { form, calls } = counting(false);
    const config = { id: 1 };
    preparePayloadSchema(form, () => ({ today: '2026-11-25', now, config }));
    assert.equal(calls.length, 0, 'nothing is built before the browser is idle');
    idle.shift()!();
    assert.equal(calls.length, 1);
    payloadSchema(form, { today: '2026-11-25', now, config });
    assert.equal(calls.length, 1, 'the press finds it built');
    // A form that reads the time has nothing to prepare.
    const reads = counting(true);
    preparePayloadSchema(reads.form, () => ({ today: '2026-11-25', now, config }));
    assert.equal(idle.length, 0);
  } finally {
    g.requestIdleCallback = saved;
  }
});
