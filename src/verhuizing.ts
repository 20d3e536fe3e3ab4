// `gemeente-formulieren/verhuizing`: the <gemeente-verhuizing> class and its types, without side effects
// (nothing is registered; import `gemeente-formulieren/verhuizing/define` for that). Only this form's
// code: a host that offers one form does not ship the other (issue 9).
export { GemeenteVerhuizing } from './elements/verhuizing/verhuizing.js';
export type { VerhuizingFormConfig } from './elements/verhuizing/config.js';
export {
  createVerhuizingSchema,
  type VerhuizingEnvelope,
  type VerhuizingGegevens,
  type VerhuizingInput,
} from './schemas/verhuizing.schema.js';
export * from './events/events.js';
