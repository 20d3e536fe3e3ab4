// The element's "today": the EU rule first, Intl from the idle check on if they ever differ.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  amsterdamToday, checkRuleWhenIdle, resetRuleCheck, ruleAgreesWithIntl, todaySource,
} from '../../../src/form/amsterdam-today.js';

const now = () => new Date('2026-07-14T22:30:00Z');
const idleNow = (callback: () => void) => callback();

beforeEach(() => resetRuleCheck());

test('the rule and Intl agree today and around this year’s and next year’s switches', () => {
  assert.equal(ruleAgreesWithIntl(now().getTime()), true);
  assert.equal(ruleAgreesWithIntl(Date.now()), true);
});

test('today comes from the rule, and stays with it when the idle check agrees', async () => {
  assert.equal(amsterdamToday(now()), '2026-07-15');
  assert.equal(todaySource(), 'rule');
  assert.equal(await checkRuleWhenIdle(now, idleNow), false);
  assert.equal(todaySource(), 'rule');
});

test('when the check finds a difference, Intl is used from then on and the callers re-render', async () => {
  let asked = 0;
  const disagree = () => (asked++, false);
  const first = checkRuleWhenIdle(now, idleNow, disagree);
  // A second element on the page gets the same check, not a second one.
  const second = checkRuleWhenIdle(now, idleNow, disagree);
  assert.equal(await first, true);
  assert.equal(await second, true);
  assert.equal(asked, 1);
  assert.equal(todaySource(), 'intl');
  assert.equal(amsterdamToday(now()), '2026-07-15');
});

test('the check waits for the idle callback (it is not startup work)', async () => {
  let run: (() => void) | undefined;
  let settled = false;
  const check = checkRuleWhenIdle(now, (callback) => (run = callback), () => false).then((v) => ((settled = true), v));
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(settled, false);
  assert.equal(todaySource(), 'rule');
  run!();
  assert.equal(await check, true);
});

test('a clock before 1996 (the rule is not claimed there) reads Intl', () => {
  assert.equal(amsterdamToday(new Date('1995-09-30T22:30:00Z')), '1995-09-30'); // CET: summer time had ended on 24 Sept 1995
});
