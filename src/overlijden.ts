// `gemeente-formulieren/overlijden`: the <gemeente-overlijden> class and its types, without side effects
// (nothing is registered; import `gemeente-formulieren/overlijden/define` for that). Only this form's
// code: a host that offers one form does not ship the other (issue 9).
export { GemeenteOverlijden } from './elements/overlijden/overlijden.js';
export type { OverlijdenFormConfig } from './elements/overlijden/config.js';
export {
  createOverlijdenSchema,
  type OverlijdenEnvelope,
  type OverlijdenGegevens,
  type OverlijdenInput,
} from './schemas/overlijden.schema.js';
export * from './events/events.js';
