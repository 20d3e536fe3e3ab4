// The verhuizing's later half (form/later.ts): its payload schema, with zod. Left out of the classic
// script's first view and built into gemeente-verhuizing.later.js (vite.config.ts).
import type { FormLater } from '../../form/later.js';
import { createVerhuizingSchema } from '../../schemas/verhuizing.schema.js';
import type { VerhuizingFormConfig } from './config.js';

const verhuizingLater: FormLater<VerhuizingFormConfig> | undefined = {
  createSchema: ({ today, config }) => createVerhuizingSchema({ today, config }),
};
export default verhuizingLater;
