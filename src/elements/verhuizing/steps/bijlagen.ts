import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { StepContext } from '../../../form/step-context.js';
import type { VerhuizingFormConfig } from '../config.js';
import { gevraagdeBijlagen as eisen } from '../../../schemas/verhuizing.rules.js';

// Step 5: which documents are asked, and which are required, is gemeente configuration; a machtiging
// follows from the co-movers, the main occupant's consent from step 4. The schema's own rule decides,
// so the form asks exactly what the receiver will require.
export function gevraagdeBijlagen(ctx: StepContext<VerhuizingFormConfig>) {
  return eisen(ctx.host.gegevens(), ctx.today, ctx.config);
}

export const bijlagenApplies = (ctx: StepContext<VerhuizingFormConfig>): boolean => gevraagdeBijlagen(ctx).length > 0;

export const bijlagenStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'bijlagen',
  title: 'verhuizing.stap.bijlagen',
  applies: bijlagenApplies,
  render: (ctx) => {
    const gevraagd = gevraagdeBijlagen(ctx);
    return html`
      ${ctx.edit(() => html`<p>${ctx.t('verhuizing.bijlagen.intro')}
        ${ctx.t('bijlage.uitleg', {
          perBestand: ctx.host.formatBytes(ctx.config.maxBestandsgrootte),
          totaal: ctx.host.formatBytes(ctx.config.maxTotaleGrootte),
        })}</p>`)}
      ${gevraagd.map((b) =>
        ctx.file(b.soort, {
          label: `verhuizing.bijlagen.${b.soort}`,
          optional: !b.verplicht,
          multiple: b.soort === 'machtiging' || b.soort === 'verklaring-hoofd-instelling',
          ...(b.aantal
            ? {
                hint: b.soort === 'machtiging' ? 'verhuizing.bijlagen.machtigingHint' : 'verhuizing.bijlagen.verklaringHint',
                hintParams: { aantal: b.aantal },
              }
            : {}),
        }),
      )}
      ${gevraagd.length ? nothing : ctx.edit(() => html`<p>${ctx.t('verhuizing.bijlagen.geen')}</p>`)}`;
  },
};
