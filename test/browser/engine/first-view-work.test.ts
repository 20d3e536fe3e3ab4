// What the first view does not do before its first field (issue 9): it asks no later step whether
// it applies. The verhuizing's attachment step applies by the schema's rule over the whole payload
// (its `applies` builds `gegevens`); "Stap 1 van 7" counts a later step by `mayApply` (or always),
// so that rule is first asked when the citizen moves on. The count itself is unchanged.
import { expect } from '@open-wc/testing';
import { root } from '../support/user.js';
import { untilStep, walk } from '../shared/flow.js';
import { verhuizingDefinition } from '../../../src/elements/verhuizing/definition.js';
import { createVerhuizing, verhuizingDriver } from '../verhuizing/driver.js';
import { createOverlijden } from '../overlijden/driver.js';
import type { FormElement } from '../shared/form-driver.js';

const stepCount = (el: FormElement) => (root(el).querySelector('.step-count')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the first view asks no later step whether it applies', () => {
  const payload = verhuizingDefinition.payload!;
  const original = payload.toGegevens;
  let calls = 0;
  beforeEach(() => {
    // A first visit: no draft of an earlier test file in this tab (a draft goes on where it was).
    sessionStorage.clear();
    calls = 0;
    payload.toGegevens = (ctx) => {
      calls++;
      return original(ctx);
    };
  });
  afterEach(() => {
    payload.toGegevens = original;
  });

  it('verhuizing: "Stap 1 van 7" without building the payload; moving on asks the attachment step', async () => {
    const el = await createVerhuizing({ endpoint: '/api/form' });
    expect(stepCount(el)).to.equal('Stap 1 van 7');
    expect(calls, 'gegevens built before the first field').to.equal(0);
    const [first, second] = verhuizingDriver.allSteps;
    await walk(el, [first!]);
    await untilStep(el, second!.heading.nl);
    expect(calls, 'the attachment step is asked once the citizen moves on').to.be.greaterThan(0);
    expect(stepCount(el)).to.equal('Stap 2 van 7');
  });

  it('overlijden: the first step shows its count as before', async () => {
    const el = await createOverlijden({ endpoint: '/api/form' });
    expect(stepCount(el)).to.match(/^Stap 1 van \d+$/);
  });
});
