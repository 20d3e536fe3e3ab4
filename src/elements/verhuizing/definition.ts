// <gemeente-verhuizing> as data: steps, schema, payload mapping. Domain: ../shared/domain/verhuizing.md.
import { html, type TemplateResult } from 'lit';
import type { FormDefinition } from '../../form/definition.js';
import { verhuizingNl } from '../../i18n/locales/verhuizing.nl.js';
import type { StepContext } from '../../form/step-context.js';
import { naamVan } from '../naam.js';
import { addressPayload } from '../../form/address-block.js';
import { createVerhuizingSchema, VERHUIZING_BIJLAGE_SOORTEN } from '../../schemas/verhuizing.schema.js';
import { toVerhuizingConfig, verhuizingAttributes, type VerhuizingFormConfig } from './config.js';
import { startStep } from './steps/start.js';
import { nieuwAdresStep } from './steps/nieuw-adres.js';
import { aangeverStep } from './steps/aangever.js';
import { meeverhuizersStep } from './steps/meeverhuizers.js';
import { hoofdbewonerApplies, hoofdbewonerStep } from './steps/hoofdbewoner.js';
import { bijlagenStep } from './steps/bijlagen.js';

type Ctx = StepContext<VerhuizingFormConfig>;

const naam = (ctx: Ctx, path: string) => naamVan(ctx as StepContext<unknown>, path);


function toGegevens(ctx: Ctx) {
  const anderen = ctx.bool('woonsituatie.anderenWonenOpAdres');
  const items = ctx.get('meeverhuizersJa') === true ? ((ctx.get('meeverhuizers') as unknown[] | undefined) ?? []) : [];
  return {
    nieuwAdres: addressPayload(ctx, 'nieuwAdres', ctx.config.lookupUrl, true),
    verhuisdatum: ctx.isoDate('verhuisdatum'),
    woonsituatie: {
      soort: ctx.str('woonsituatie.soort'),
      anderenWonenOpAdres: anderen,
      ...(anderen ? { bijPartner: ctx.bool('woonsituatie.bijPartner') } : {}),
      aantalBewoners: ctx.str('woonsituatie.aantalBewoners'),
    },
    aangever: {
      burgerservicenummer: ctx.str('aangever.burgerservicenummer'),
      naam: naam(ctx, 'aangever.naam'),
      geboortedatum: ctx.isoDate('aangever.geboortedatum'),
      email: ctx.str('aangever.email'),
      telefoonnummer: ctx.str('aangever.telefoonnummer'),
    },
    vorigAdres: addressPayload(ctx, 'vorigAdres', ctx.config.lookupUrl, false),
    meeverhuizers: items.map((_, i) => {
      const p = `meeverhuizers.${i}`;
      return {
        burgerservicenummer: ctx.str(`${p}.burgerservicenummer`),
        naam: naam(ctx, `${p}.naam`),
        geboortedatum: ctx.isoDate(`${p}.geboortedatum`),
        relatie: ctx.str(`${p}.relatie`),
        ...(ctx.get(`${p}.gezagBevestigd`) === true ? { gezagBevestigd: true } : {}),
        ...(typeof ctx.get(`${p}.zelfdeHuidigAdres`) === 'boolean' ? { zelfdeHuidigAdres: ctx.get(`${p}.zelfdeHuidigAdres`) } : {}),
      };
    }),
    hoofdbewoner: hoofdbewonerApplies(ctx)
      ? {
          naam: naam(ctx, 'hoofdbewoner.naam'),
          geboortedatum: ctx.isoDate('hoofdbewoner.geboortedatum'),
          email: ctx.str('hoofdbewoner.email'),
          telefoonnummer: ctx.str('hoofdbewoner.telefoonnummer'),
          toestemming: ctx.str('hoofdbewoner.toestemming'),
          ...(ctx.str('hoofdbewoner.toestemming') === 'niet-mogelijk' ? { toelichting: ctx.str('hoofdbewoner.toelichting') } : {}),
        }
      : null,
    verklaringNaarWaarheid: ctx.get('verklaringNaarWaarheid') === true,
  };
}

function confirmation(ctx: Ctx): TemplateResult {
  return html`<h3>${ctx.t('bevestiging.volgendeStappen')}</h3>
    <ul>
      <li>${ctx.t('verhuizing.bevestiging.controle')}</li>
      <li>${ctx.t('verhuizing.bevestiging.toekomst')}</li>
      <li>${ctx.t('verhuizing.bevestiging.email')}</li>
    </ul>`;
}

export const verhuizingDefinition: FormDefinition<VerhuizingFormConfig> = {
  formulier: 'verhuizing',
  texts: { nl: verhuizingNl },
  languages: { en: () => import('../../i18n/packs/verhuizing.en.js') },
  configAttributes: verhuizingAttributes,
  toConfig: toVerhuizingConfig,
  steps: [startStep, nieuwAdresStep, aangeverStep, meeverhuizersStep, hoofdbewonerStep, bijlagenStep],
  createSchema: ({ today, config }) => createVerhuizingSchema({ today, config }),
  toGegevens,
  declaration: { label: 'verhuizing.verklaring.label', hint: 'verhuizing.verklaring.hint' },
  confirmation,
  attachmentKinds: VERHUIZING_BIJLAGE_SOORTEN,
};
