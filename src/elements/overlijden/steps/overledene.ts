import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { StepContext } from '../../../form/step-context.js';
import { addressBlock, addressFlowIssues } from '../../../form/address-block.js';
import { personBlock } from '../../../form/person-block.js';
import { BURGERLIJKE_STATEN, partnerGevraagd } from '../../../schemas/overlijden.rules.js';
import type { OverlijdenFormConfig } from '../config.js';

type Ctx = StepContext<OverlijdenFormConfig>;

// The engine's person block (src/form/person-block.ts) asks the names, the BSN and the birth date of
// every person in both forms; here with the overlijden's own labels.
const naam = (ctx: Ctx, path: string, labels = 'overlijden.overledene') =>
  personBlock(ctx, path.replace(/\.naam$/, ''), {
    fields: ['naam'],
    labels: { voornamen: `${labels}.voornamen`, voorvoegsel: `${labels}.voorvoegsel`, geslachtsnaam: `${labels}.geslachtsnaam` },
    hints: { voorvoegsel: null },
  });

export const adresOnbekend = (ctx: Ctx) => ctx.get('overledene.bsnOnbekend') === true && ctx.get('overledene.adresOnbekend') === true;

// Step 2. Without a BSN (not registered in the BRP) the akte needs the parents' names.
export const overledeneStep: StepDefinition<OverlijdenFormConfig> = {
  id: 'overledene',
  title: 'overlijden.stap.overledene',
  render: (ctx) => {
    const onbekend = ctx.get('overledene.bsnOnbekend') === true;
    return html`
      ${onbekend ? nothing : personBlock(ctx, 'overledene', { fields: ['bsn'], labels: { bsn: 'overlijden.overledene.bsn' } })}
      ${ctx.checkbox('overledene.bsnOnbekend', { label: 'overlijden.overledene.bsnOnbekend' })}
      ${naam(ctx, 'overledene.naam')}
      ${ctx.radio('overledene.geslacht', {
        label: 'overlijden.overledene.geslacht',
        inline: true,
        options: [
          { value: 'vrouw', label: 'overlijden.overledene.geslachtVrouw' },
          { value: 'man', label: 'overlijden.overledene.geslachtMan' },
          { value: 'onbekend', label: 'overlijden.overledene.geslachtOnbekend' },
        ],
      })}
      ${personBlock(ctx, 'overledene', {
        fields: ['geboortedatum'],
        geboortedatumPath: 'overledene.geboorte.datum',
        labels: { geboortedatum: 'overlijden.overledene.geboortedatum' },
        hints: { geboortedatum: 'overlijden.overledene.geboortedatumHint' },
      })}
      ${ctx.text('overledene.geboorte.plaats', { label: 'overlijden.overledene.geboorteplaats' })}
      ${ctx.text('overledene.geboorte.land', { label: 'overlijden.overledene.geboorteland' })}
      ${ctx.section('overlijden.overledene.laatsteAdres', () => html`
        ${onbekend ? ctx.checkbox('overledene.adresOnbekend', { label: 'overlijden.overledene.adresOnbekend' }) : nothing}
        ${adresOnbekend(ctx) ? nothing : addressBlock(ctx as StepContext<unknown>, 'overledene.laatsteAdres', { lookupUrl: ctx.config.lookupUrl })}`)}
      ${ctx.radio('overledene.burgerlijkeStaat', {
        label: 'overlijden.overledene.burgerlijkeStaat',
        options: BURGERLIJKE_STATEN.map((value) => ({ value, label: `overlijden.overledene.staat.${value}` })),
      })}
      ${partnerGevraagd(ctx.get('overledene.burgerlijkeStaat'))
        ? ctx.section('overlijden.overledene.partnerTitel', () => html`
            ${naam(ctx, 'overledene.partner.naam')}
            ${ctx.date('overledene.partner.geboortedatum', { label: 'overlijden.overledene.partnerGeboortedatum' })}`,
            'overlijden.overledene.partnerHint')
        : nothing}
      ${onbekend
        ? html`${ctx.section('overlijden.overledene.ouder1', () => naam(ctx, 'overledene.ouders.0.naam'), 'overlijden.overledene.oudersHint')}
            ${ctx.section('overlijden.overledene.ouder2', () => html`
              ${ctx.text('overledene.ouders.1.naam.voornamen', { label: 'overlijden.overledene.voornamen', optional: true })}
              ${ctx.text('overledene.ouders.1.naam.voorvoegsel', { label: 'overlijden.overledene.voorvoegsel', width: 'short', optional: true })}
              ${ctx.text('overledene.ouders.1.naam.geslachtsnaam', { label: 'overlijden.overledene.geslachtsnaam', optional: true })}`)}`
        : nothing}`;
  },
  validate: (ctx) => (adresOnbekend(ctx) ? [] : addressFlowIssues(ctx as StepContext<unknown>, 'overledene.laatsteAdres', ctx.config.lookupUrl)),
};
