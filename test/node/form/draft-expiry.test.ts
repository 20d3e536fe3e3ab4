// Issue 7 item 8 (docs/drafts.md, "Time"): the draft's expiry warns two minutes ahead — WCAG 2.2.1
// asks for at least 20 s and a simple action ("Ik ben er nog") — and at half the time when the limit
// itself is two minutes or less. The browser suite runs the one-minute case with fake timers
// (test/browser/shared/pending-behaviour.ts); this pins the rule for every other setting.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { warningLeadMs } from '../../../src/form/draft-expiry.js';

const MINUTE = 60_000;

describe('draft expiry warning lead', () => {
  it('is two minutes for the default 60 minutes and any limit above two minutes', () => {
    for (const minutes of [60, 30, 5, 3]) assert.equal(warningLeadMs(minutes * MINUTE), 2 * MINUTE, `${minutes} min`);
  });

  it('is half the time for a limit of two minutes or less, and never under the 20 s of WCAG 2.2.1 at the smallest setting', () => {
    assert.equal(warningLeadMs(2 * MINUTE), MINUTE);
    assert.equal(warningLeadMs(1 * MINUTE), 30_000);
    assert.ok(warningLeadMs(1 * MINUTE) >= 20_000);
  });
});
