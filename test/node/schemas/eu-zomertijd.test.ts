// The EU summer-time rule (Directive 2000/84/EC art. 2–3) against Intl's Europe/Amsterdam (tzdata),
// every hour from 1996 to 2037: the first render's "today" comes from the rule (issue 9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amsterdamDateByRule, amsterdamOffsetByRule, ruleSwitches } from '../../../src/schemas/eu-zomertijd.js';
import { instantToAmsterdamWallClock, todayInAmsterdam } from '../../../src/schemas/amsterdam.js';

const HOUR = 3600000;

function intlOffsetMinutes(ms: number): number {
  const { date, time } = instantToAmsterdamWallClock(new Date(ms));
  return Math.round((Date.parse(`${date}T${time}:00Z`) - Math.floor(ms / 60000) * 60000) / 60000);
}

test('the rule gives Intl’s Amsterdam date and offset for every hour of 1996–2037', () => {
  const end = Date.UTC(2038, 0, 1);
  let hours = 0;
  const wrong: string[] = [];
  for (let ms = Date.UTC(1996, 0, 1); ms < end; ms += HOUR) {
    hours++;
    const at = new Date(ms);
    if (amsterdamDateByRule(at) !== todayInAmsterdam(at) || amsterdamOffsetByRule(ms) !== intlOffsetMinutes(ms)) {
      wrong.push(at.toISOString());
      if (wrong.length > 5) break;
    }
  }
  assert.deepEqual(wrong, []);
  assert.equal(hours, 368_184); // 42 years, 11 of them leap years: (42 × 365 + 11) × 24
});

test('the switch is at 01:00 UTC on the last Sunday of March and of October, to the millisecond', () => {
  const [start, stop] = ruleSwitches(2026);
  assert.equal(new Date(start).toISOString(), '2026-03-29T01:00:00.000Z');
  assert.equal(new Date(stop).toISOString(), '2026-10-25T01:00:00.000Z');
  for (const year of [1996, 2000, 2024, 2037]) {
    for (const at of ruleSwitches(year)) {
      assert.equal(new Date(at).getUTCDay(), 0, `${new Date(at).toISOString()} is a Sunday`);
      assert.equal(amsterdamOffsetByRule(at - 1), intlOffsetMinutes(at - 60000));
      assert.equal(amsterdamOffsetByRule(at), intlOffsetMinutes(at));
    }
  }
  assert.equal(amsterdamOffsetByRule(start - 1), 60);
  assert.equal(amsterdamOffsetByRule(start), 120);
  assert.equal(amsterdamOffsetByRule(stop - 1), 120);
  assert.equal(amsterdamOffsetByRule(stop), 60);
});

test('the date turns at Amsterdam midnight, not UTC midnight', () => {
  // 22:30 UTC in summer is 00:30 the next day in Amsterdam; 23:30 UTC in winter is 00:30 too.
  assert.equal(amsterdamDateByRule(new Date('2026-07-14T22:30:00Z')), '2026-07-15');
  assert.equal(amsterdamDateByRule(new Date('2026-07-14T21:59:59Z')), '2026-07-14');
  assert.equal(amsterdamDateByRule(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
  assert.equal(amsterdamDateByRule(new Date('2026-12-31T22:59:59Z')), '2026-12-31');
});
