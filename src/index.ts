// Side-effect-free exports: element classes, schemas, events and types. Registering the elements
// is the job of `define.ts`, so a CMS plugin can import the classes without defining tags.
export { defineOnce } from './internal/define-once.js';
export * from './schemas/index.js';
