import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import { addressBlock, addressFlowIssues } from '../../../form/address-block.js';
import { verhuizingMeldVenster } from '../../../schemas/verhuizing.schema.js';
import { isIsoDate } from '../../../schemas/amsterdam.js';
import type { VerhuizingFormConfig } from '../config.js';

// Step 1: the new address comes first, so a move to another gemeente is caught (Wet BRP art. 2.39
// lid 1) before anyone types personal details.
export const nieuwAdresStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'nieuw-adres',
  title: 'verhuizing.stap.nieuwAdres',
  paths: ['gegevens.nieuwAdres', 'gegevens.verhuisdatum', 'gegevens.woonsituatie', 'nieuwAdres'],
  render: (ctx) => {
    const datum = ctx.isoDate('verhuisdatum');
    const venster = isIsoDate(datum) ? verhuizingMeldVenster(datum, ctx.today, ctx.config) : null;
    const anderen = ctx.get('woonsituatie.anderenWonenOpAdres');
    return html`
      ${addressBlock(ctx, 'nieuwAdres', {
        lookupUrl: ctx.config.lookupUrl,
        gemeente: { code: ctx.config.gemeenteCode, naam: ctx.config.gemeenteNaam },
      })}
      ${ctx.date('verhuisdatum', { label: 'verhuizing.nieuwAdres.verhuisdatum', hint: 'verhuizing.nieuwAdres.verhuisdatumHint' })}
      ${ctx.edit(() =>
        venster && venster.status !== 'te-vroeg'
          ? html`<div role="status">
              ${venster.status === 'te-laat'
                ? html`<div class="warning">${ctx.t('verhuizing.nieuwAdres.teLaat', { datum: ctx.host.formatDate(venster.uiterlijkeMelddatum) })}</div>`
                : html`<p class="hint">${ctx.t('verhuizing.nieuwAdres.uiterlijk', { datum: ctx.host.formatDate(venster.uiterlijkeMelddatum) })}</p>`}
            </div>`
          : nothing,
      )}
      ${ctx.radio('woonsituatie.soort', {
        label: 'verhuizing.nieuwAdres.soort',
        options: [
          { value: 'huur', label: 'verhuizing.nieuwAdres.soortHuur' },
          { value: 'koop', label: 'verhuizing.nieuwAdres.soortKoop' },
          { value: 'inwonen', label: 'verhuizing.nieuwAdres.soortInwonen' },
          { value: 'zorginstelling', label: 'verhuizing.nieuwAdres.soortZorginstelling' },
          { value: 'anders', label: 'verhuizing.nieuwAdres.soortAnders' },
        ],
      })}
      ${ctx.yesNo('woonsituatie.anderenWonenOpAdres', { label: 'verhuizing.nieuwAdres.anderen' })}
      ${anderen === true ? ctx.yesNo('woonsituatie.bijPartner', { label: 'verhuizing.nieuwAdres.bijPartner' }) : nothing}
      ${ctx.text('woonsituatie.aantalBewoners', {
        label: 'verhuizing.nieuwAdres.aantalBewoners',
        hint: 'verhuizing.nieuwAdres.aantalBewonersHint',
        width: 'number',
        inputmode: 'numeric',
      })}`;
  },
  validate: (ctx) => addressFlowIssues(ctx, 'nieuwAdres', ctx.config.lookupUrl),
};
