import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { StepContext } from '../../../form/step-context.js';
import { doodsoorzaakViaGgdMogelijk, vereisteBijlagen, viaGgd } from '../../../schemas/overlijden.rules.js';
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
  render: (ctx: Ctx) => {
    const eisen = bijlageEisen(ctx);
    const gegevens = ctx.host.gegevens();
    // The GGD's lijkschouwer sends the A-form and the cause of death himself (a-formulier-via-ggd).
    const ggd = viaGgd(gegevens, ctx.config);
    return html`
      ${ctx.edit(() => html`<p>${ctx.t('overlijden.bijlagen.intro')}
        ${ctx.t('bijlage.uitleg', {
          perBestand: ctx.host.formatBytes(ctx.config.maxBestandsgrootte),
          totaal: ctx.host.formatBytes(ctx.config.maxTotaleGrootte),
        })}</p>`)}
      ${eisen.map((eis) =>
        ctx.file(eis.soort, {
          // One soort for the doctor's statement; its words follow the request (Wlb art. 17 lid 1).
          label: eis.verzoek === 'uitstel' ? 'overlijden.bijlagen.verklaring-arts-uitstel' : `overlijden.bijlagen.${eis.soort}`,
          ...(ggd && eis.soort === 'verklaring-van-overlijden' ? { hint: 'overlijden.bijlagen.aFormulierGgd' } : {}),
          optional: !eis.verplicht,
          multiple: eis.soort === 'overig',
        }),
      )}
      ${ctx.get('overlijden.natuurlijk') === true
        ? ctx.radio('doodsoorzaak', {
            label: 'overlijden.bijlagen.doodsoorzaak',
            hint: 'overlijden.bijlagen.doodsoorzaakHint',
            options: [
              { value: 'b-envelop', label: 'overlijden.bijlagen.doodsoorzaakEnvelop' },
              { value: 'digitaal', label: 'overlijden.bijlagen.doodsoorzaakDigitaal' },
              ...(doodsoorzaakViaGgdMogelijk(gegevens, ctx.config) ? [{ value: 'ggd', label: 'overlijden.bijlagen.doodsoorzaakGgd' }] : []),
            ],
          })
        : nothing}`;
  },
};
