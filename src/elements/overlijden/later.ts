// The aangifte overlijden's later half (form/later.ts): its payload schema (zod) and its steps whole. Left out of the
// classic script's first view and built into gemeente-overlijden.later.js (vite.config.ts).
import type { FormLater } from '../../form/later.js';
import { createOverlijdenSchema } from '../../schemas/overlijden.schema.js';
import type { OverlijdenFormConfig } from './config.js';
import { overlijdenPayload } from './payload.js';
import { startStep } from './steps/start.js';
import { aangeverStep } from './steps/aangever.js';
import { overledeneStep } from './steps/overledene.js';
import { overlijdenStep } from './steps/overlijden.js';
import { lijkbezorgingStep } from './steps/lijkbezorging.js';
import { bijlagenStep } from './steps/bijlagen.js';

const overlijdenLater: FormLater<OverlijdenFormConfig> | undefined = {
  createSchema: ({ today, now, config }) => createOverlijdenSchema({ today, now, config }),
  // "Is the funeral past?" compares its date and time with now: a schema per press.
  schemaReadsNow: true,
  payload: overlijdenPayload,
  steps: [startStep, aangeverStep, overledeneStep, overlijdenStep, lijkbezorgingStep, bijlagenStep],
};
export default overlijdenLater;
