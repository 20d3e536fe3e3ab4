import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { StepContext } from '../../../form/step-context.js';
import type { VerhuizingFormConfig } from '../config.js';
import { hoofdbewonerApplies } from './hoofdbewoner.js';
import { machtigingenNodig } from './meeverhuizers.js';

// Step 5: which documents are asked, and which are required, is gemeente configuration; a machtiging
// follows from the co-movers, the main occupant's consent from step 4.
interface Gevraagd {
  soort: string;
  label: string;
  verplicht: boolean;
  aantal?: number;
}

const BIJ_WOONSITUATIE = { huur: 'huurcontract', koop: 'koopakte', zorginstelling: 'zorgovereenkomst' } as const;

export function gevraagdeBijlagen(ctx: StepContext<VerhuizingFormConfig>): Gevraagd[] {
  const list: Gevraagd[] = [];
  const soort = BIJ_WOONSITUATIE[ctx.str('woonsituatie.soort') as keyof typeof BIJ_WOONSITUATIE];
  if (soort && ctx.config.bijlagen[soort] !== 'uit') {
    list.push({ soort, label: `verhuizing.bijlagen.${soort}`, verplicht: ctx.config.bijlagen[soort] === 'verplicht' });
  }
  const machtigingen = machtigingenNodig(ctx);
  if (machtigingen > 0) list.push({ soort: 'machtiging', label: 'verhuizing.bijlagen.machtiging', verplicht: true, aantal: machtigingen });
  if (hoofdbewonerApplies(ctx) && ctx.str('hoofdbewoner.toestemming') === 'bijlage') {
    list.push({ soort: 'toestemming-hoofdbewoner', label: 'verhuizing.bijlagen.toestemmingHoofdbewoner', verplicht: true });
  }
  return list;
}

export const bijlagenStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'bijlagen',
  title: 'verhuizing.stap.bijlagen',
  paths: ['bijlagen'],
  applies: (ctx) => gevraagdeBijlagen(ctx).length > 0,
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
          label: b.label,
          optional: !b.verplicht,
          multiple: b.soort === 'machtiging',
          ...(b.aantal ? { hint: 'verhuizing.bijlagen.machtigingHint', hintParams: { aantal: b.aantal } } : {}),
        }),
      )}
      ${gevraagd.length ? nothing : ctx.edit(() => html`<p>${ctx.t('verhuizing.bijlagen.geen')}</p>`)}`;
  },
};
