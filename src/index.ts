// Side-effect-free exports: element classes, schemas, events and types. Registering the elements
// is the job of `define.ts`, so a CMS plugin can import the classes without defining tags.
export { defineOnce } from './internal/define-once.js';
export { GemeenteFormElement } from './form/form-element.js';
export { GemeenteVerhuizing } from './elements/verhuizing/verhuizing.js';
export { GemeenteOverlijden } from './elements/overlijden/overlijden.js';
export * from './events/events.js';
export * from './schemas/index.js';
