// The verhuizing's later half (form/later.ts): its payload schema (zod) and its steps whole. Left out of the classic
// script's first view and built into gemeente-verhuizing.later.js (vite.config.ts).
import type { FormLater } from '../../form/later.js';
import { createVerhuizingSchema } from '../../schemas/verhuizing.schema.js';
import type { VerhuizingFormConfig } from './config.js';
import { startStep } from './steps/start.js';
import { nieuwAdresStep } from './steps/nieuw-adres.js';
import { aangeverStep } from './steps/aangever.js';
import { meeverhuizersStep } from './steps/meeverhuizers.js';
import { hoofdbewonerStep } from './steps/hoofdbewoner.js';
import { bijlagenStep } from './steps/bijlagen.js';

const verhuizingLater: FormLater<VerhuizingFormConfig> | undefined = {
  createSchema: ({ today, config }) => createVerhuizingSchema({ today, config }),
  // Wet BRP's deadlines are counted in days: the schema depends on today, never on the time.
  schemaReadsNow: false,
  steps: [startStep, nieuwAdresStep, aangeverStep, meeverhuizersStep, hoofdbewonerStep, bijlagenStep],
};
export default verhuizingLater;
