import { html } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import { addressBlock, addressFlowIssues } from '../../../form/address-block.js';
import type { VerhuizingFormConfig } from '../config.js';

// Step 2: the person reporting (16 or older, Wet BRP) and the current address (art. 2.39 lid 3).
export const aangeverStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'aangever',
  title: 'verhuizing.stap.aangever',
  paths: ['gegevens.aangever', 'gegevens.vorigAdres', 'vorigAdres'],
  render: (ctx) => html`
    ${ctx.text('aangever.burgerservicenummer', {
      label: 'verhuizing.aangever.bsn', hint: 'verhuizing.aangever.bsnHint', width: 'bsn', inputmode: 'numeric', spellcheck: false,
    })}
    ${ctx.text('aangever.naam.voornamen', { label: 'verhuizing.aangever.voornamen', autocomplete: 'given-name' })}
    ${ctx.text('aangever.naam.voorvoegsel', {
      label: 'verhuizing.aangever.voorvoegsel', hint: 'verhuizing.aangever.voorvoegselHint', width: 'short', optional: true,
    })}
    ${ctx.text('aangever.naam.geslachtsnaam', { label: 'verhuizing.aangever.geslachtsnaam', autocomplete: 'family-name' })}
    ${ctx.date('aangever.geboortedatum', {
      label: 'verhuizing.aangever.geboortedatum', hint: 'verhuizing.aangever.geboortedatumHint', autocomplete: 'bday',
    })}
    ${ctx.edit(() => html`<h3>${ctx.t('verhuizing.aangever.vorigAdres')}</h3>
      <p class="hint">${ctx.t('verhuizing.aangever.vorigAdresHint')}</p>`)}
    ${addressBlock(ctx, 'vorigAdres', { lookupUrl: ctx.config.lookupUrl })}
    ${ctx.text('aangever.email', {
      label: 'verhuizing.aangever.email', hint: 'verhuizing.aangever.emailHint', type: 'email', autocomplete: 'email', spellcheck: false,
    })}
    ${ctx.text('aangever.telefoonnummer', {
      label: 'verhuizing.aangever.telefoon', hint: 'verhuizing.aangever.telefoonHint', type: 'tel', autocomplete: 'tel',
      optional: !ctx.config.telefoonVerplicht,
    })}`,
  validate: (ctx) => addressFlowIssues(ctx, 'vorigAdres', ctx.config.lookupUrl),
};
