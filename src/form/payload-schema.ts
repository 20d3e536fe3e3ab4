// The payload schema a press validates against. Building a zod schema is most of a step change's
// validation (issue 9: a CPU profile of "Volgende" with 10 co-movers at CPU 4× put zod's schema
// construction at ≈ 25 of its ≈ 260 ms), so a form whose schema does not read the time
// (FormLater.schemaReadsNow === false) gets one per day and configuration: a new day (a page left
// open past midnight) or a changed attribute (a new config object) builds it again. A form that
// reads `now` (the overlijden: "is the funeral past?") gets a fresh one at every press.
import type { EnvelopeSchema } from './definition.js';
import type { FormLater } from './later.js';
import { whenIdle } from '../internal/when-idle.js';

/**
 * Keyed by the element's config object: each element has its own (and so one form), and a re-parse
 * of its attributes makes a new one.
 */
const built = new WeakMap<object, { today: string; schema: EnvelopeSchema }>();

export function payloadSchema<C>(form: FormLater<C>, args: { today: string; now: Date; config: C }): EnvelopeSchema {
  const { today, config } = args;
  if (form.schemaReadsNow !== false || typeof config !== 'object' || config === null) return form.createSchema(args);
  const last = built.get(config);
  if (last?.today === today) return last.schema;
  const schema = form.createSchema(args);
  built.set(config, { today, schema });
  return schema;
}

/**
 * Builds it when the browser is idle, so the first "Volgende" after the later part arrived finds it
 * ready (nothing to build for a form that reads the time: its schema is per press anyway).
 */
export function preparePayloadSchema<C>(form: FormLater<C>, args: () => { today: string; now: Date; config: C }): void {
  if (form.schemaReadsNow !== false) return;
  whenIdle(() => void payloadSchema(form, args()));
}
