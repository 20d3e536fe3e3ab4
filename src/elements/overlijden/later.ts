// The aangifte overlijden's later half (form/later.ts): its payload schema, with zod. Left out of the
// classic script's first view and built into gemeente-overlijden.later.js (vite.config.ts).
import type { FormLater } from '../../form/later.js';
import { createOverlijdenSchema } from '../../schemas/overlijden.schema.js';
import type { OverlijdenFormConfig } from './config.js';

const overlijdenLater: FormLater<OverlijdenFormConfig> | undefined = {
  createSchema: ({ today, now, config }) => createOverlijdenSchema({ today, now, config }),
};
export default overlijdenLater;
