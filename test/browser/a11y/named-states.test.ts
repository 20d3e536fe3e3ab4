// The named states cover each form's definition: every step (empty and with errors) and every
// referral the definition's texts name. A step or referral added to a form without a named state
// makes this test red, so the axe sweep, the screenshots and the demo cannot silently miss it.
import { expect } from '@open-wc/testing';
import { verhuizingDefinition } from '../../../src/elements/verhuizing/definition.js';
import { overlijdenDefinition } from '../../../src/elements/overlijden/definition.js';
import type { FormDefinition } from '../../../src/form/definition.js';
import { clickIO, createStateElement, FORMS, leaveStates, NAMED_STATES, type FormId } from './named-states.js';

/** Every key below `<form>.verwijzing` that ends in "Titel": the title of a referral or stop page. */
function referralTitles(definition: FormDefinition<unknown>): string[] {
  const texts = definition.texts.nl as Record<string, Record<string, Record<string, string>>>;
  const verwijzing = texts[definition.formulier]?.['verwijzing'] ?? {};
  return Object.keys(verwijzing)
    .filter((k) => k.endsWith('Titel'))
    .map((k) => `${definition.formulier}.verwijzing.${k}`);
}


const definitions = [verhuizingDefinition, overlijdenDefinition] as unknown as FormDefinition<unknown>[];

describe('named states', () => {
  for (const definition of definitions) {
    const form = definition.formulier as FormId;
    describe(form, () => {
      it('lists the definition\'s steps in its order', () => {
        expect(FORMS[form].steps).to.deep.equal(definition.steps.map((s) => s.id));
      });

      it('has an empty and an errors state for every step of the definition', () => {
        for (const step of definition.steps) {
          for (const kind of ['step', 'step-errors']) {
            expect(
              NAMED_STATES.some((s) => s.form === form && s.step === step.id && s.kind === kind),
              `${form} step "${step.id}" has no "${kind}" state`,
            ).to.equal(true);
          }
        }
      });

      it('has a state for every referral title in the form\'s texts', () => {
        const titles = referralTitles(definition);
        expect(titles.length).to.be.greaterThan(0);
        for (const key of titles) {
          expect(NAMED_STATES.some((s) => s.form === form && s.referral === key), `referral "${key}" has no named state`).to.equal(true);
        }
      });

      it('reaches every referral and stop page it names (its title on screen, not a step)', async function () {
        this.timeout(60000);
        await import('../../../src/define.js');
        const texts = definition.texts.nl as Record<string, unknown>;
        const template = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], texts) as string;
        for (const state of NAMED_STATES.filter((s) => s.form === form && s.referral)) {
          const parent = document.createElement('div');
          document.body.append(parent);
          try {
            const el = await createStateElement(state, parent);
            await state.enter(el, clickIO);
            const title = el.shadowRoot!.querySelector('h2.step-title')?.textContent?.trim();
            const expected = template(state.referral!).replace('{{gemeente}}', 'Utrecht').replace('{{andereGemeente}}', 'Rotterdam');
            expect(title, state.id).to.equal(expected);
          } finally {
            leaveStates();
            parent.remove();
          }
        }
      });

      it('has the check page, the confirmation, the configuration error and every send failure', () => {
        const ids = NAMED_STATES.filter((s) => s.form === form).map((s) => s.id);
        for (const id of ['controleren', 'controleren/fouten', 'bevestiging', 'configuratiefout', ...['401', '409', '413', '4xx', 'pogingen-op', 'offline'].map((x) => `verzenden/${x}`)]) {
          expect(ids, id).to.include(`${form}/${id}`);
        }
      });
    });
  }

  it('gives every state a unique id', () => {
    const ids = NAMED_STATES.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});
