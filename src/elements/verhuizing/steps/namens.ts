import type { StepContext } from '../../../form/step-context.js';
import type { AangifteContext } from '../../../schemas/verhuizing.rules.js';

// Whether the aangever reports a move they do not make themselves (Wet BRP art. 2.48 and 2.49: a
// parent, voogd, verzorger or curator, the head of a zorginstelling or a relative). Asked on the start
// step; `aangever.verhuistMee` in the payload (versie 2).
export function verhuistNietMee(ctx: StepContext<unknown>): boolean {
  return ctx.get('aangever.verhuistMee') === false;
}

/** The context the schema's relation rules need, from the answers (the same function decides). */
export function aangifteContextVan(ctx: StepContext<unknown>): AangifteContext {
  return {
    aangeverGeboortedatum: ctx.isoDate('aangever.geboortedatum'),
    verhuistMee: ctx.get('aangever.verhuistMee'),
    woonsituatie: ctx.get('woonsituatie.soort'),
  };
}
