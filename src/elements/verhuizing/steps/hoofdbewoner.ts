import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import { hoofdbewonerVanToepassing } from '../../../schemas/verhuizing.rules.js';
import type { StepContext } from '../../../form/step-context.js';
import { personBlock } from '../../../form/person-block.js';
import type { VerhuizingFormConfig } from '../config.js';
import { contactRouteView } from '../../../form/views/contact-route.js';

// Step 4, only when it applies (gemeente policy, not law): others already live at the new address and
// the citizen is not joining their own spouse/partner. With policy "optioneel" the citizen may say the
// consent cannot be had — a legal duty to report must never be blocked by a policy. With "verplicht"
// that answer is not offered, so the step names the way out instead: the gemeente's contact route
// (issue 6 item 4, the same template as every referral, item 16).
export function hoofdbewonerApplies(ctx: StepContext<VerhuizingFormConfig>): boolean {
  return hoofdbewonerVanToepassing(ctx.get('woonsituatie'), ctx.config) === true;
}

/** Undecided while "Wonen er al andere mensen …" (and "bij uw partner") are open: counted until then. */
export function hoofdbewonerMayApply(ctx: StepContext<VerhuizingFormConfig>): boolean {
  return hoofdbewonerVanToepassing(ctx.get('woonsituatie'), ctx.config) !== false;
}

export const hoofdbewonerStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'hoofdbewoner',
  title: 'verhuizing.stap.hoofdbewoner',
  applies: hoofdbewonerApplies,
  mayApply: hoofdbewonerMayApply,
  render: (ctx) => {
    const options = [{ value: 'bijlage', label: 'verhuizing.hoofdbewoner.toestemmingBijlage' }];
    if (ctx.config.hoofdbewoner === 'optioneel') {
      options.push({ value: 'niet-mogelijk', label: 'verhuizing.hoofdbewoner.toestemmingNietMogelijk' });
    }
    return html`
      ${ctx.edit(() => html`<p>${ctx.t('verhuizing.hoofdbewoner.uitleg')}</p>`)}
      ${personBlock(ctx, 'hoofdbewoner', {
        fields: ['naam', 'geboortedatum'],
        labels: {
          voornamen: 'verhuizing.hoofdbewoner.voornamen',
          voorvoegsel: 'verhuizing.hoofdbewoner.voorvoegsel',
          geslachtsnaam: 'verhuizing.hoofdbewoner.geslachtsnaam',
          geboortedatum: 'verhuizing.hoofdbewoner.geboortedatum',
        },
        hints: { voorvoegsel: null },
      })}
      ${ctx.edit(() => html`<p class="hint">${ctx.t('verhuizing.hoofdbewoner.contactHint')}</p>`)}
      ${ctx.text('hoofdbewoner.email', { label: 'verhuizing.hoofdbewoner.email', type: 'email', optional: true, spellcheck: false })}
      ${ctx.text('hoofdbewoner.telefoonnummer', { label: 'verhuizing.hoofdbewoner.telefoon', type: 'tel', optional: true })}
      ${ctx.radio('hoofdbewoner.toestemming', {
        label: 'verhuizing.hoofdbewoner.toestemming',
        options: options.map((o) => o.value === 'niet-mogelijk' ? { ...o, hint: 'verhuizing.hoofdbewoner.toestemmingNietMogelijkHint' } : o),
      })}
      ${ctx.str('hoofdbewoner.toestemming') === 'niet-mogelijk'
        ? ctx.text('hoofdbewoner.toelichting', { label: 'verhuizing.hoofdbewoner.toelichting', multiline: true })
        : nothing}
      ${ctx.config.hoofdbewoner === 'verplicht'
        ? ctx.edit(
            () => html`<p>${ctx.t('verhuizing.hoofdbewoner.geenToestemmingVerplicht')}</p>
              ${contactRouteView((key, options) => ctx.t(key, options), ctx.config.contact)}`,
          )
        : nothing}`;
  },
};
