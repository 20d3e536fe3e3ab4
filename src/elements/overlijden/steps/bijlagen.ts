import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { StepContext } from '../../../form/step-context.js';
import { vereisteBijlagen } from '../../../schemas/overlijden.rules.js';
import type { OverlijdenFormConfig } from '../config.js';
import { overlijdenAntwoorden } from './overlijden.js';
import { lijkbezorgingAntwoorden } from './lijkbezorging.js';

type Ctx = StepContext<OverlijdenFormConfig>;

/**
 * The attachments these answers need. The payload input keeps times as typed ("23.30"), which the
 * schema normalises but the rule function cannot read: give it the times as HH:MM, as the window on
 * the earlier steps reads them — or a bespoediging's doctor's statement is labelled "(niet verplicht)"
 * while "Volgende" then demands it.
 */
export function bijlageEisen(ctx: Ctx) {
  const gegevens = ctx.host.gegevens() as Record<string, Record<string, unknown>>;
  return vereisteBijlagen(
    {
      ...gegevens,
      overlijden: { ...gegevens['overlijden'], ...overlijdenAntwoorden(ctx) },
      lijkbezorging: { ...gegevens['lijkbezorging'], ...lijkbezorgingAntwoorden(ctx) },
    },
    ctx.config,
  );
}

// Step 5. Which documents are required follows from the answers by the same rule function the schema
// uses: the A-form for a natural death (Wlb art. 7), the doctor's statement for bespoediging (art. 17),
// the will for a body donated to science. The cause of death (B-form) never travels with the aangifte
// (Wlb art. 12a): only how it reaches CBS.
export const bijlagenStep: StepDefinition<OverlijdenFormConfig> = {
  id: 'bijlagen',
  title: 'overlijden.stap.bijlagen',
  paths: ['bijlagen', 'gegevens.doodsoorzaak'],
  render: (ctx: Ctx) => {
    const eisen = bijlageEisen(ctx);
    return html`
      ${ctx.edit(() => html`<p>${ctx.t('overlijden.bijlagen.intro')}
        ${ctx.t('bijlage.uitleg', {
          perBestand: ctx.host.formatBytes(ctx.config.maxBestandsgrootte),
          totaal: ctx.host.formatBytes(ctx.config.maxTotaleGrootte),
        })}</p>`)}
      ${eisen.map((eis) =>
        ctx.file(eis.soort, { label: `overlijden.bijlagen.${eis.soort}`, optional: !eis.verplicht, multiple: eis.soort === 'overig' }),
      )}
      ${ctx.get('overlijden.natuurlijk') === true
        ? ctx.radio('doodsoorzaak', {
            label: 'overlijden.bijlagen.doodsoorzaak',
            hint: 'overlijden.bijlagen.doodsoorzaakHint',
            options: [
              { value: 'b-envelop', label: 'overlijden.bijlagen.doodsoorzaakEnvelop' },
              { value: 'digitaal', label: 'overlijden.bijlagen.doodsoorzaakDigitaal' },
            ],
          })
        : nothing}`;
  },
};
