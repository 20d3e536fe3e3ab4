// <gemeente-overlijden> as data: steps, schema, payload mapping. Domain: ../shared/domain/overlijden.md.
import type { FormDefinition } from '../../form/definition.js';
import { overlijdenNl } from '../../i18n/locales/overlijden.nl.js';
import later from './later.js';
import { OVERLIJDEN_BIJLAGE_SOORTEN, OVERLIJDEN_VERSIE } from '../../schemas/overlijden.rules.js';
import { overlijdenAttributes, toOverlijdenConfig, type OverlijdenFormConfig } from './config.js';
import { startStep } from './steps/start.js';
import { laterStep } from '../../form/later-step.js';

export const overlijdenDefinition: FormDefinition<OverlijdenFormConfig> = {
  formulier: 'overlijden',
  versie: OVERLIJDEN_VERSIE,
  texts: { nl: overlijdenNl },
  languages: { en: () => import('../../i18n/packs/overlijden.en.js') },
  configAttributes: overlijdenAttributes,
  toConfig: toOverlijdenConfig,
  // The first step whole; the others as the first view knows them (their questions: later.ts).
  steps: [
    startStep,
    laterStep({ id: 'aangever', title: 'overlijden.stap.aangever' }),
    laterStep({ id: 'overledene', title: 'overlijden.stap.overledene' }),
    laterStep({ id: 'overlijden', title: 'overlijden.stap.overlijden' }),
    laterStep({ id: 'lijkbezorging', title: 'overlijden.stap.lijkbezorging' }),
    laterStep({ id: 'bijlagen', title: 'overlijden.stap.bijlagen' }),
  ],
  // No step applies by the answers, so the first view needs no payload mapping: it comes later too.
  later,
  declaration: { label: 'overlijden.verklaring.label', hint: 'overlijden.verklaring.hint' },
  // The deceased (with partner and parents), the doctor and the relative who authorised the funeral
  // director: never the citizen's own autofill (WCAG 1.3.5).
  aboutOthers: ['overledene', 'overlijden.schouwendArts', 'aangever.gemachtigdDoor'],
  attachmentKinds: OVERLIJDEN_BIJLAGE_SOORTEN,
};
