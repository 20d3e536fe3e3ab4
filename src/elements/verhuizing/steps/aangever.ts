import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import { addressBlock, addressFlowIssues } from '../../../form/address-block.js';
import { personBlock } from '../../../form/person-block.js';
import type { StepContext } from '../../../form/step-context.js';
import type { VerhuizingFormConfig } from '../config.js';
import { verhuistNietMee } from './namens.js';

// Step 2: the person reporting (16 or older, Wet BRP) and, when they move, their current address
// (art. 2.39 lid 3). Someone who reports a move they do not make gives their own details and contact;
// the movers' current addresses are asked with each mover (step 3). Each address is a fieldset with
// a legend (ctx.section), as in the death form, so a screen reader says whose "Postcode" it is.
export const aangeverStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'aangever',
  title: 'verhuizing.stap.aangever',
  render: (ctx) => {
    const namens = verhuistNietMee(ctx as StepContext<unknown>);
    return html`
      ${namens ? ctx.edit(() => html`<p>${ctx.t('verhuizing.aangever.namensUitleg')}</p>`) : nothing}
      ${personBlock(ctx, 'aangever', { self: true, hints: { bsn: 'verhuizing.aangever.bsnHint' } })}
      ${namens
        ? nothing
        : ctx.section(
            'verhuizing.aangever.vorigAdres',
            () => addressBlock(ctx, 'vorigAdres', { lookupUrl: ctx.config.lookupUrl }),
            'verhuizing.aangever.vorigAdresHint',
          )}
      ${ctx.text('aangever.email', {
        label: 'verhuizing.aangever.email', hint: 'verhuizing.aangever.emailHint', type: 'email', autocomplete: 'email', spellcheck: false,
      })}
      ${ctx.text('aangever.telefoonnummer', {
        label: 'verhuizing.aangever.telefoon', hint: 'verhuizing.aangever.telefoonHint', type: 'tel', autocomplete: 'tel',
        optional: !ctx.config.telefoonVerplicht,
      })}`;
  },
  validate: (ctx) => (verhuistNietMee(ctx as StepContext<unknown>) ? [] : addressFlowIssues(ctx, 'vorigAdres', ctx.config.lookupUrl)),
};
