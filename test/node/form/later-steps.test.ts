// The first view's steps (later-step.ts shells) and the later part's whole steps (form/later.ts)
// must be the same steps: the same ids in the same order, with the very same title, applies and
// mayApply functions, so "Stap 1 van 7" and every heading are the same before and after the later
// file arrives. And each form has its payload mapping in exactly one of the two places.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { verhuizingDefinition } from '../../../src/elements/verhuizing/definition.js';
import { overlijdenDefinition } from '../../../src/elements/overlijden/definition.js';
import type { FormDefinition } from '../../../src/form/definition.js';

const definitions = [verhuizingDefinition, overlijdenDefinition] as unknown as FormDefinition<unknown>[];

for (const definition of definitions) {
  describe(`${definition.formulier}: first view and later part`, () => {
    const whole = definition.later!.steps;

    test('the same steps in the same order', () => {
      assert.deepEqual(definition.steps.map((s) => s.id), whole.map((s) => s.id));
    });

    test('the first step is whole in the first view; the others share title, applies and mayApply', () => {
      assert.equal(definition.steps[0], whole[0], 'the first step is the same object');
      definition.steps.slice(1).forEach((shell, i) => {
        const step = whole[i + 1]!;
        assert.equal(shell.title, step.title, `${step.id}: title`);
        assert.equal(shell.applies, step.applies, `${step.id}: applies`);
        assert.equal(shell.mayApply, step.mayApply, `${step.id}: mayApply`);
        assert.equal(shell.validate, undefined, `${step.id}: no questions in the first view`);
        assert.throws(() => shell.render({} as never), /before the later part arrived/, `${step.id}: a shell is never rendered`);
      });
    });

    test('the payload mapping is in exactly one place', () => {
      assert.ok(Boolean(definition.payload) !== Boolean(definition.later!.payload), 'definition.payload xor later.payload');
    });
  });
}
