// A step after the first as the first view knows it (form/later.ts): its id, heading and whether it
// applies — enough for the order and "Stap 1 van 7" — and no questions. Those come with the later
// part (FormLater.steps), and the engine renders no step but the first before it is here.
import type { StepDefinition } from './definition.js';

const shells = new WeakSet<object>();

export function laterStep<C>(shell: Pick<StepDefinition<C>, 'id' | 'title' | 'applies' | 'mayApply'>): StepDefinition<C> {
  const step: StepDefinition<C> = {
    ...shell,
    render: () => {
      throw new Error(`gemeente-formulieren: step "${shell.id}" is rendered before the later part arrived`);
    },
  };
  shells.add(step);
  return step;
}

/** Whether `step` is a shell (the later part has it whole). */
export const isShell = (step: object): boolean => shells.has(step);
