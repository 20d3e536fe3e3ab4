import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { OverlijdenFormConfig } from '../config.js';

// Step 0. The aangifte goes to the gemeente where the person died (BW 1:19f); a stillbirth, a found
// body and a death abroad are other procedures: referral texts, no submission.
export const startStep: StepDefinition<OverlijdenFormConfig> = {
  id: 'start',
  title: 'overlijden.stap.start',
  render: (ctx) => html`
    ${ctx.edit(() => html`
      <p>${ctx.t('overlijden.start.intro')}</p>
      <h3>${ctx.t('overlijden.start.nodigTitel')}</h3>
      <ul>
        <li>${ctx.t('overlijden.start.nodig1')}</li>
        <li>${ctx.t('overlijden.start.nodig2')}</li>
        <li>${ctx.t('overlijden.start.nodig3')}</li>
      </ul>
      ${ctx.config.privacyUrl
        ? html`<p><a href=${ctx.config.privacyUrl} target="_blank" rel="noopener">${ctx.t('overlijden.start.privacy', { gemeente: ctx.config.gemeenteNaam })}</a></p>`
        : nothing}`)}
    ${ctx.radio('start.plaats', {
      label: 'overlijden.start.plaats',
      // A death in a moving vehicle counts where the body leaves it (BW 1:19g lid 1).
      hint: 'overlijden.start.plaatsHint',
      options: [
        { value: 'hier', label: ctx.t('overlijden.start.plaatsHier', { gemeente: ctx.config.gemeenteNaam }), raw: true },
        { value: 'andere-gemeente', label: 'overlijden.start.plaatsAndere' },
        { value: 'buitenland', label: 'overlijden.start.plaatsBuitenland' },
      ],
    })}
    ${ctx.radio('start.situatie', {
      label: 'overlijden.start.situatie',
      options: [
        { value: 'normaal', label: 'overlijden.start.situatieNormaal' },
        { value: 'levenloos-geboren', label: 'overlijden.start.situatieLevenloos' },
        { value: 'lijkvinding', label: 'overlijden.start.situatieLijkvinding' },
      ],
    })}
    ${ctx.str('start.plaats') === 'hier' && ctx.str('start.situatie') === 'normaal'
      ? ctx.yesNo('overlijden.natuurlijk', { label: 'overlijden.start.natuurlijk', hint: 'overlijden.start.natuurlijkHint' })
      : nothing}`,
  validate: (ctx) =>
    ['start.plaats', 'start.situatie']
      .filter((path) => !ctx.str(path))
      .map((path) => ({ path, key: 'fout.verplicht' })),
  referral: (ctx) => {
    const plaats = ctx.str('start.plaats');
    const situatie = ctx.str('start.situatie');
    if (plaats === 'andere-gemeente') return { title: 'overlijden.verwijzing.andereGemeenteTitel', body: 'overlijden.verwijzing.andereGemeente' };
    if (plaats === 'buitenland') return { title: 'overlijden.verwijzing.buitenlandTitel', body: 'overlijden.verwijzing.buitenland' };
    if (situatie === 'levenloos-geboren') return { title: 'overlijden.verwijzing.levenloosTitel', body: 'overlijden.verwijzing.levenloos' };
    if (situatie === 'lijkvinding') return { title: 'overlijden.verwijzing.lijkvindingTitel', body: 'overlijden.verwijzing.lijkvinding' };
    return null;
  },
};
