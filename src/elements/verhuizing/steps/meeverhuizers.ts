import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import { repeatingGroup } from '../../../form/repeating-group.js';
import { beoordeelMeeverhuizer } from '../../../schemas/verhuizing.rules.js';
import { ageOn, isIsoDate } from '../../../schemas/amsterdam.js';
import type { StepContext } from '../../../form/step-context.js';
import type { VerhuizingFormConfig } from '../config.js';

// Step 3: co-movers. Who may report for whom follows from the relation and the birth date (never asked
// separately): the same rule function as the schema decides, so the form asks exactly what the
// receiver will require (gezag for a child under 16, a machtiging for anyone else).
function persoon(ctx: StepContext<VerhuizingFormConfig>, path: string) {
  const answers = {
    relatie: ctx.get(`${path}.relatie`),
    geboortedatum: ctx.isoDate(`${path}.geboortedatum`),
    gezagBevestigd: ctx.get(`${path}.gezagBevestigd`),
    zelfdeHuidigAdres: ctx.get(`${path}.zelfdeHuidigAdres`),
  };
  const aangeverGeboortedatum = ctx.isoDate('aangever.geboortedatum');
  const beoordeling = beoordeelMeeverhuizer(answers, aangeverGeboortedatum, ctx.today, ctx.config);
  const geboortedatum = answers.geboortedatum;
  const kindOnder16 = answers.relatie === 'kind' && isIsoDate(geboortedatum) && ageOn(geboortedatum, ctx.today) < 16;
  const volwassenKind = answers.relatie === 'kind' && isIsoDate(geboortedatum) && ageOn(geboortedatum, ctx.today) >= 18;
  const vraagZelfdeAdres = ctx.config.ouderKindZelfdeAdres && (volwassenKind || answers.relatie === 'ouder');
  return html`
    ${ctx.text(`${path}.burgerservicenummer`, { label: 'verhuizing.aangever.bsn', width: 'bsn', inputmode: 'numeric', spellcheck: false })}
    ${ctx.text(`${path}.naam.voornamen`, { label: 'verhuizing.aangever.voornamen' })}
    ${ctx.text(`${path}.naam.voorvoegsel`, { label: 'verhuizing.aangever.voorvoegsel', width: 'short', optional: true })}
    ${ctx.text(`${path}.naam.geslachtsnaam`, { label: 'verhuizing.aangever.geslachtsnaam' })}
    ${ctx.date(`${path}.geboortedatum`, { label: 'verhuizing.aangever.geboortedatum', hint: 'verhuizing.aangever.geboortedatumHint' })}
    ${ctx.radio(`${path}.relatie`, {
      label: 'verhuizing.meeverhuizers.relatie',
      options: [
        { value: 'echtgenoot', label: 'verhuizing.meeverhuizers.relatieEchtgenoot' },
        { value: 'kind', label: 'verhuizing.meeverhuizers.relatieKind' },
        { value: 'ouder', label: 'verhuizing.meeverhuizers.relatieOuder' },
        { value: 'anders', label: 'verhuizing.meeverhuizers.relatieAnders' },
      ],
    })}
    ${kindOnder16
      ? ctx.checkbox(`${path}.gezagBevestigd`, { label: 'verhuizing.meeverhuizers.gezag', hint: 'verhuizing.meeverhuizers.gezagHint' })
      : nothing}
    ${vraagZelfdeAdres ? ctx.yesNo(`${path}.zelfdeHuidigAdres`, { label: 'verhuizing.meeverhuizers.zelfdeHuidigAdres' }) : nothing}
    ${ctx.edit(() =>
      beoordeling === 'machtiging-nodig' ? html`<p class="panel" role="status">${ctx.t('verhuizing.meeverhuizers.machtiging')}</p>` : nothing,
    )}`;
}

export const meeverhuizersStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'meeverhuizers',
  title: 'verhuizing.stap.meeverhuizers',
  paths: ['gegevens.meeverhuizers', 'meeverhuizers', 'meeverhuizersJa'],
  render: (ctx) => html`
    ${ctx.edit(() => html`<p>${ctx.t('verhuizing.meeverhuizers.uitleg')}</p>`)}
    ${ctx.yesNo('meeverhuizersJa', { label: 'verhuizing.meeverhuizers.vraag' })}
    ${ctx.get('meeverhuizersJa') === true
      ? repeatingGroup(ctx as StepContext<unknown>, 'meeverhuizers', {
          itemLabel: 'groep.persoon',
          addLabel: 'groep.toevoegen',
          removeLabel: 'groep.verwijderen',
          removedMessage: 'groep.verwijderd',
          empty: () => ({}),
          renderItem: (path) => persoon(ctx, path),
        })
      : nothing}`,
  validate: (ctx) => (typeof ctx.get('meeverhuizersJa') === 'boolean' ? [] : [{ path: 'meeverhuizersJa', key: 'fout.verplicht' }]),
};
