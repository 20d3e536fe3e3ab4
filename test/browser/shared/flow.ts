// Walking a form's steps like a citizen: fill with the keyboard, press "Volgende", check the heading.
import { press, root, tick, until } from '../support/user.js';
import type { FormElement, StepDriver } from './form-driver.js';

const title = (el: FormElement) => (root(el).querySelector('.step-title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summary = (el: FormElement) => [...root(el).querySelectorAll('.error-summary li')].map((l) => l.textContent?.trim()).join(' | ');

export async function untilStep(el: FormElement, heading: string): Promise<void> {
  await until(() => title(el).startsWith(heading)).catch(() => {
    throw new Error(`Expected step "${heading}", got "${title(el)}"; errors: ${summary(el)}`);
  });
}

/** Fills each step and presses "Volgende" after it. */
export async function walk(el: FormElement, steps: StepDriver[]): Promise<void> {
  for (const step of steps) {
    await untilStep(el, step.heading.nl);
    await step.fill(el);
    await press(el, 'Volgende');
    await tick(el);
  }
}

/** Fills `steps` and stops on the check page. */
export async function walkToCheck(el: FormElement, steps: StepDriver[]): Promise<void> {
  await walk(el, steps);
  await untilStep(el, 'Controleer uw gegevens');
}
