import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import { addressBlock, addressFlowIssues, chosenAddress } from '../../../form/address-block.js';
import { bijPartnerGevraagd, verhuizingMeldVenster } from '../../../schemas/verhuizing.rules.js';
import { isIsoDate } from '../../../schemas/amsterdam.js';
import type { VerhuizingFormConfig } from '../config.js';
import type { StepContext } from '../../../form/step-context.js';
import { verhuistNietMee } from './namens.js';

// Step 1: the new address comes first, so a move to another gemeente is caught (Wet BRP art. 2.39
// lid 1) before anyone types personal details.
/** Also the first view's (definition.ts): the same function, so the heading never differs. */
export const nieuwAdresTitel = (ctx: StepContext<VerhuizingFormConfig>) =>
  verhuistNietMee(ctx as StepContext<unknown>) ? 'verhuizing.stap.nieuwAdresNamens' : 'verhuizing.stap.nieuwAdres';

export const nieuwAdresStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'nieuw-adres',
  title: nieuwAdresTitel,
  render: (ctx) => {
    const datum = ctx.isoDate('verhuisdatum');
    const venster = isIsoDate(datum) ? verhuizingMeldVenster(datum, ctx.today, ctx.config) : null;
    // Someone who does not move is asked about "them", and is not counted among the residents.
    const namens = verhuistNietMee(ctx as StepContext<unknown>) ? 'Namens' : '';
    // "Gaat u wonen bij uw echtgenoot …?" only when the schema needs it (issue 6 items 4 and 6).
    return html`
      ${ctx.section('verhuizing.nieuwAdres.adres', () =>
        addressBlock(ctx, 'nieuwAdres', {
          lookupUrl: ctx.config.lookupUrl,
          gemeente: { code: ctx.config.gemeenteCode, naam: ctx.config.gemeenteNaam },
          autocompleteSection: 'nieuw',
        }),
      )}
      ${ctx.date('verhuisdatum', { label: 'verhuizing.nieuwAdres.verhuisdatum', hint: 'verhuizing.nieuwAdres.verhuisdatumHint', weekday: true })}
      ${ctx.edit(() =>
        // The deadline, or that it has passed and what that means (registered from the day of the
        // report): said through the engine's one live region when it appears or changes
        // (`data-announce`, src/form/announcer.ts) — a region inserted with its text is not read.
        venster && venster.status !== 'te-vroeg'
          ? html`<div data-announce="verhuizing.meldtermijn">
              ${venster.status === 'te-laat'
                ? html`<div class="warning">${ctx.t('verhuizing.nieuwAdres.teLaat', { datum: ctx.host.formatDate(venster.uiterlijkeMelddatum) })}</div>`
                : html`<p class="hint">${ctx.t('verhuizing.nieuwAdres.uiterlijk', { datum: ctx.host.formatDate(venster.uiterlijkeMelddatum) })}</p>`}
            </div>`
          : nothing,
      )}
      ${ctx.radio('woonsituatie.soort', {
        label: `verhuizing.nieuwAdres.soort${namens}`,
        options: [
          { value: 'huur', label: 'verhuizing.nieuwAdres.soortHuur' },
          { value: 'koop', label: 'verhuizing.nieuwAdres.soortKoop' },
          { value: 'inwonen', label: 'verhuizing.nieuwAdres.soortInwonen' },
          { value: 'zorginstelling', label: 'verhuizing.nieuwAdres.soortZorginstelling' },
          { value: 'anders', label: 'verhuizing.nieuwAdres.soortAnders' },
        ],
      })}
      ${ctx.yesNo('woonsituatie.anderenWonenOpAdres', { label: 'verhuizing.nieuwAdres.anderen' })}
      ${bijPartnerGevraagd(ctx.get('woonsituatie'), ctx.config) ? ctx.yesNo('woonsituatie.bijPartner', { label: `verhuizing.nieuwAdres.bijPartner${namens}` }) : nothing}
      ${ctx.text('woonsituatie.aantalBewoners', {
        label: `verhuizing.nieuwAdres.aantalBewoners${namens}`,
        hint: `verhuizing.nieuwAdres.aantalBewonersHint${namens}`,
        width: 'number',
        inputmode: 'numeric',
      })}`;
  },
  validate: (ctx) => addressFlowIssues(ctx, 'nieuwAdres', ctx.config.lookupUrl),
  // Wet BRP art. 2.39 lid 1: a move is reported to the gemeente of the new address. When the BAG
  // lookup places it in another gemeente, the form stops here and names that gemeente, before anyone
  // types personal details (the referral view adds the contact route).
  referral: (ctx) => {
    const gekozen = chosenAddress(ctx as StepContext<unknown>, 'nieuwAdres');
    if (!gekozen || gekozen.gemeentecode === ctx.config.gemeenteCode) return null;
    return {
      title: 'verhuizing.verwijzing.andereGemeenteTitel',
      body: 'verhuizing.verwijzing.andereGemeente',
      params: { andereGemeente: gekozen.gemeentenaam },
    };
  },
};
