import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  ageOn,
  amsterdamWallClockToInstant,
  compareIsoDates,
  dayOfWeek,
  instantToAmsterdamWallClock,
  isIsoDate,
  todayInAmsterdam,
} from '../../../src/schemas/amsterdam.js';

test('today is the Amsterdam calendar date, not the machine one', () => {
  // 23:30 UTC on 24 November is already 00:30 on the 25th in Amsterdam (CET, UTC+1).
  assert.equal(todayInAmsterdam(new Date('2026-11-24T23:30:00Z')), '2026-11-25');
  assert.equal(todayInAmsterdam(new Date('2026-11-24T22:59:00Z')), '2026-11-24');
  // In summer (CEST, UTC+2) the date changes at 22:00 UTC.
  assert.equal(todayInAmsterdam(new Date('2026-07-01T22:00:00Z')), '2026-07-02');
});

test('an ISO date must be a real calendar date', () => {
  assert.ok(isIsoDate('2028-02-29'));
  assert.ok(!isIsoDate('2026-02-29'));
  assert.ok(!isIsoDate('2026-13-01'));
  assert.ok(!isIsoDate('2026-1-01'));
  assert.ok(!isIsoDate('26-11-2026'));
  assert.ok(!isIsoDate(20261125));
});

test('date arithmetic crosses months, years and DST without drift', () => {
  assert.equal(addDays('2026-12-30', 3), '2027-01-02');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  assert.equal(addDays('2026-03-28', 2), '2026-03-30');
  assert.equal(dayOfWeek('2026-11-23'), 1);
  assert.equal(dayOfWeek('2026-11-29'), 0);
  assert.equal(compareIsoDates('2026-11-25', '2026-11-26'), -1);
  assert.equal(compareIsoDates('2026-11-25', '2026-11-25'), 0);
});

test('age counts whole years; the birthday itself counts', () => {
  assert.equal(ageOn('2010-11-25', '2026-11-25'), 16);
  assert.equal(ageOn('2010-11-26', '2026-11-25'), 15);
  assert.equal(ageOn('2008-02-29', '2026-02-28'), 17);
  assert.equal(ageOn('2008-02-29', '2026-03-01'), 18);
});

test('wall clock ↔ instant, in winter and summer', () => {
  assert.equal(amsterdamWallClockToInstant('2026-11-27', '23:30').toISOString(), '2026-11-27T22:30:00.000Z');
  assert.equal(amsterdamWallClockToInstant('2026-07-01', '12:00').toISOString(), '2026-07-01T10:00:00.000Z');
  assert.deepEqual(instantToAmsterdamWallClock(new Date('2026-07-01T22:15:00Z')), { date: '2026-07-02', time: '00:15' });
});

test('wall clock around the DST switches: missing and repeated hours', () => {
  // 29 March 2026 02:30 does not exist; read with the winter offset it is 03:30 summer time.
  assert.equal(amsterdamWallClockToInstant('2026-03-29', '02:30').toISOString(), '2026-03-29T01:30:00.000Z');
  // 25 October 2026 02:30 happens twice; the later (winter time) instant is used (issue 6 item 13).
  assert.equal(amsterdamWallClockToInstant('2026-10-25', '02:30').toISOString(), '2026-10-25T01:30:00.000Z');
  assert.equal(amsterdamWallClockToInstant('2026-10-25', '03:30').toISOString(), '2026-10-25T02:30:00.000Z');
  assert.throws(() => amsterdamWallClockToInstant('2026-10-25', '24:00'), RangeError);
});
