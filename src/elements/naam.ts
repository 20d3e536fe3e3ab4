import type { StepContext } from '../form/step-context.js';

/** A person's name as Haal Centraal BRP structures it, from the answers at `path`. */
export const naamVan = (ctx: StepContext<unknown>, path: string) => ({
  voornamen: ctx.str(`${path}.voornamen`),
  voorvoegsel: ctx.str(`${path}.voorvoegsel`),
  geslachtsnaam: ctx.str(`${path}.geslachtsnaam`),
});
